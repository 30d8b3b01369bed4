# jpy's string module (run by dev.jpy.vm.builtins.StringModule): the constants, capwords, Template and Formatter
# ($name, ${name}, $$), with CPython 3.13's results and messages; the placeholders are scanned by hand
# (jpy has no re module yet).
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset('_' + ascii_letters)
_ID_REST = frozenset('_' + ascii_letters + digits)


def _ident_end(s, i):
    """The end of an identifier starting at i, or i when there is none."""
    if i < len(s) and s[i] in _ID_START:
        i += 1
        while i < len(s) and s[i] in _ID_REST:
            i += 1
    return i


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (start, end, kind, name) for each placeholder: kind is 'escaped', 'named' or 'invalid'."""
        s, d = self.template, self.delimiter
        i = s.find(d)
        while i >= 0:
            j = i + len(d)
            if s.startswith(d, j):
                yield i, j + len(d), 'escaped', None
                j += len(d)
            elif s.startswith('{', j) and _ident_end(s, j + 1) > j + 1 and s.startswith('}', _ident_end(s, j + 1)):
                e = _ident_end(s, j + 1)
                yield i, e + 1, 'named', s[j + 1:e]
                j = e + 1
            elif _ident_end(s, j) > j:
                e = _ident_end(s, j)
                yield i, e, 'named', s[j:e]
                j = e
            else:
                yield i, j, 'invalid', None
            i = s.find(d, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _substitute(self, mapping, kws, safe):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged
        out, last = [], 0
        for start, end, kind, name in self._scan():
            out.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(self.template[start:end])
                else:
                    out.append(str(mapping[name]))
            elif safe:
                out.append(self.template[start:end])
            else:
                self._invalid(start + len(self.delimiter))
        out.append(self.template[last:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for _, _, kind, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in self._scan():
            if kind == 'named' and name not in ids:
                ids.append(name)
        return ids


def _parse_field(s, i):
    """Parses the field after the '{' at s[i-1]: returns (end, field_name, format_spec, conversion)."""
    n, start, c = len(s), i, ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    else:
        c = ''
    name = s[start:i - 1] if c else s[start:i]
    if c not in (':', '!'):
        if c != '}':
            raise ValueError("expected '}' before end of string")
        return i, name, '', None
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == '}':
                return i, name, '', conversion
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start, depth = i, 1
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return i, name, s[spec_start:i - 1], conversion
    raise ValueError("unmatched '{' in format spec")


def _formatter_parser(s):
    """What _string.formatter_parser yields: (literal_text, field_name, format_spec, conversion) for each piece."""
    i, n = 0, len(s)
    while i < n:
        start, c = i, ''
        while i < n:
            c = s[i]
            i += 1
            if c in '{}':
                break
        else:
            c = ''
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if c == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if not c:
            yield s[start:i], None, None, None
            return
        if s[i] == c:
            i += 1
            yield s[start:i - 1], None, None, None
            continue
        literal = s[start:i - 1]
        i, name, spec, conversion = _parse_field(s, i)
        yield literal, name, spec, conversion


def _field_key(text):
    return int(text) if text.isdigit() else text


def _formatter_field_name_split(name):
    """What _string.formatter_field_name_split returns: the first part (an int when all digits) and a lazy iterator of
    (is_attr, key) pairs, which raises on a malformed rest only when it gets there."""
    i, n = 0, len(name)
    while i < n and name[i] not in '.[':
        i += 1
    return _field_key(name[:i]), _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield True, name[start:i]
        else:
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield False, _field_key(name[start:i])
            i += 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args, recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
