# jpy's csv module (run by dev.jpy.vm.builtins.CsvModule): reader and writer with the state machine, quoting rules
# and messages of CPython 3.13's _csv, the dialect registry, DictReader and DictWriter (no Sniffer yet).

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)
__version__ = "1.0"
__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "excel", "excel_tab", "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect", "DictReader", "DictWriter", "unix_dialect"]


class Error(Exception):
    pass


Error.__module__ = '_csv'
_limit = 128 * 1024
_dialects = {}


class Dialect:
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        try:
            _Params(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError(f'"{name}" must be string{" or None" if allow_none else ""}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class _Params:
    """The checked parameters of one reader or writer: a dialect's attributes overridden by keyword arguments."""

    def __init__(self, dialect='excel', **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        get = lambda name, default: kw[name] if name in kw else getattr(dialect, name, default)
        self.delimiter = _char('delimiter', get('delimiter', ','), False)
        if 'quotechar' in kw and kw['quotechar'] is None and 'quoting' not in kw:
            kw['quoting'] = QUOTE_NONE
        self.quoting = get('quoting', QUOTE_MINIMAL)
        if self.quoting not in range(6):
            raise TypeError('bad "quoting" value')
        self.quotechar = _char('quotechar', get('quotechar', '"'), True)
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        self.escapechar = _char('escapechar', get('escapechar', None), True)
        self.doublequote = bool(get('doublequote', True))
        self.skipinitialspace = bool(get('skipinitialspace', False))
        self.lineterminator = get('lineterminator', '\r\n')
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.strict = bool(get('strict', False))
        if self.delimiter == ' ' and self.skipinitialspace:
            raise ValueError('bad delimiter value')


def register_dialect(name, dialect=None, **kw):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    base = _Params(dialect if dialect is not None else 'excel', **kw)
    d = Dialect.__new__(Dialect)
    for k in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'lineterminator', 'quoting', 'strict'):
        object.__setattr__(d, k, getattr(base, k))
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _limit
    old = _limit
    if len(args) > 1:
        raise TypeError(f'field_size_limit expected at most 1 argument, got {len(args)}')
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit = args[0]
    return old


_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD, \
    _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)
_EOL = None


class reader:
    def __init__(self, csvfile, dialect='excel', **kw):
        self._it = iter(csvfile)
        self.dialect = _Params(dialect, **kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save(self):
        p = self.dialect
        field = ''.join(self._field)
        if self._unquoted and p.quoting in (QUOTE_NOTNULL, QUOTE_STRINGS) and not field:
            self._fields.append(None)
        elif self._unquoted and field and p.quoting in (QUOTE_NONNUMERIC, QUOTE_STRINGS):
            self._fields.append(float(field))
        else:
            self._fields.append(field)
        self._field = []
        self._unquoted = True

    def _add(self, c):
        if len(self._field) >= _limit:
            raise Error(f'field larger than field limit ({_limit})')
        self._field.append(c)

    def _process(self, c):
        p, s = self.dialect, self._state
        if s == _START_RECORD:
            if c is _EOL:
                return
            if c in '\n\r':
                self._state = _EAT_CRNL
                return
            s = self._state = _START_FIELD
        if s == _START_FIELD:
            if c is _EOL or c in '\n\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == p.quotechar and p.quoting != QUOTE_NONE:
                self._unquoted = False
                self._state = _IN_QUOTED_FIELD
            elif c == p.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and p.skipinitialspace:
                pass
            elif c == p.delimiter:
                self._save()
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif s == _ESCAPED_CHAR:
            if c is not _EOL and c in '\n\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif s == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            self._state = _IN_FIELD
            self._process(c)
        elif s == _IN_FIELD:
            if c is _EOL or c in '\n\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == p.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == p.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
        elif s == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == p.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == p.quotechar and p.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if p.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif s == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif s == _QUOTE_IN_QUOTED_FIELD:
            if p.quoting != QUOTE_NONE and c == p.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == p.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c in '\n\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not p.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{p.delimiter}' expected after '{p.quotechar}'")
        elif s == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif c not in '\n\r':
                raise Error("new-line character seen in unquoted field - do you need to open the file with newline=''?")

    def __next__(self):
        self._fields, self._field, self._state, self._unquoted = [], [], _START_RECORD, True
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error(f'iterator should return strings, not {type(line).__name__} '
                            '(the file should be opened in text mode)')
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        return self._fields


class writer:
    def __init__(self, fileobj, dialect='excel', **kw):
        self._write = fileobj.write
        self.dialect = _Params(dialect, **kw)

    def _field(self, value, only):
        p = self.dialect
        if p.quoting == QUOTE_NONNUMERIC:
            t = type(value)
            quoted = not (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__') or
                          isinstance(value, complex))
        elif p.quoting == QUOTE_ALL:
            quoted = True
        elif p.quoting == QUOTE_STRINGS:
            quoted = isinstance(value, str)
        elif p.quoting == QUOTE_NOTNULL:
            quoted = value is not None
        else:
            quoted = False
        text = '' if value is None else value if isinstance(value, str) else str(value)
        out = []
        for c in text:
            escape = False
            if c in (p.delimiter, p.escapechar, p.quotechar) or c in p.lineterminator or c in '\n\r':
                if p.quoting == QUOTE_NONE:
                    escape = True
                elif c == p.quotechar:
                    if p.doublequote:
                        out.append(c)
                    else:
                        escape = True
                elif c == p.escapechar:
                    escape = True
                if not escape:
                    quoted = True
                if escape:
                    if p.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(p.escapechar)
            out.append(c)
        if not text and only:
            if p.quoting == QUOTE_NONE or value is None and p.quoting in (QUOTE_STRINGS, QUOTE_NOTNULL):
                raise Error('single empty field record must be quoted')
            quoted = True
        body = ''.join(out)
        return f'{p.quotechar}{body}{p.quotechar}' if quoted else body

    def writerow(self, row):
        try:
            values = list(row)
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        line = self.dialect.delimiter.join(self._field(v, len(values) == 1) for v in values)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf, lr = len(self.fieldnames), len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
