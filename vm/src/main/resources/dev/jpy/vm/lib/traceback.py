# jpy's traceback module (run by dev.jpy.vm.builtins.TracebackModule after it defined _format_exception,
# _format_exception_only, _format_frame, _getline and _positions): FrameSummary, StackSummary, walk_tb/walk_stack and
# the extract/format/print functions with CPython 3.13's results. Exceptions are formatted by jpy's own
# uncaught-exception printer, so format_exception(e) is what an uncaught e prints.
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last', 'print_stack', 'print_tb',
           'clear_frames', 'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_lines', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None, end_lineno=None,
                 colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._lines = line
        if lookup_line:
            self.line
        self.locals = {k: _safe_string(v, 'local', func=repr) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._lines is None and self.lineno is not None and self.end_lineno is not None:
            self._lines = "\n".join(_getline(self.filename, n).rstrip()
                                    for n in range(self.lineno, self.end_lineno + 1)) + "\n"
        if self._lines is None:
            return None
        return self._lines.partition("\n")[0].strip()


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        positions = _positions(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _limit(limit):
    """The limit in effect: the argument, else sys.tracebacklimit (negative counts as 0)."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _limited(frames, limit):
    limit = _limit(limit)
    if limit is None:
        return list(frames)
    frames = list(frames)
    return frames[:limit] if limit >= 0 else frames[limit:]


class StackSummary(list):
    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        return klass._extract_from_extended_frame_gen(((f, (n, None, None, None)) for f, n in frame_gen), limit=limit,
                                                      lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in _limited(frame_gen, limit):
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                                       locals=f.f_locals if capture_locals else None,
                                       end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary, **kwargs):
        fs = frame_summary
        if fs.colno is not None and fs.lineno is not None:
            text = _format_frame(fs.filename, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.name)
        else:
            text = '  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)
            if fs.line:
                text += '    {}\n'.format(fs.line)
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                text += '    {name} = {value}\n'.format(name=name, value=value)
        return text

    def format(self, **kwargs):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            if last_file is None or last_file != fs.filename or last_line is None or last_line != fs.lineno \
                    or last_name is None or last_name != fs.name:
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
                last_file, last_line, last_name = fs.filename, fs.lineno, fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_with_full_positions(tb), limit=limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True, **kwargs):
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if tb is value.__traceback__:
        return _format_exception(value, chain, _limit(limit))
    saved = value.__traceback__
    value.__traceback__ = tb  # the printer reads the exception's own traceback: show the one given for the while
    try:
        return _format_exception(value, chain, _limit(limit))
    finally:
        value.__traceback__ = saved


def format_exception_only(exc, /, value=_sentinel, *, show_group=False, **kwargs):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _format_exception_only(value)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True, **kwargs):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc"):
        raise ValueError("no last exception")
    print_exception(sys.last_exc, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    while tb is not None:
        tb.tb_frame.clear()
        tb = tb.tb_next


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True, capture_locals=False,
                 compact=False, max_group_width=15, max_group_depth=10, **kwargs):
        self._exc = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        cause, context = exc_value.__cause__, exc_value.__context__
        self.__cause__ = TracebackException.from_exception(cause) if cause is not None else None
        self.__context__ = TracebackException.from_exception(context) if context is not None and cause is None else None
        self.__suppress_context__ = exc_value.__suppress_context__
        self.exceptions = ([TracebackException.from_exception(e) for e in exc_value.exceptions]
                           if isinstance(exc_value, BaseExceptionGroup) else None)
        if isinstance(exc_value, SyntaxError):
            self.filename, self.lineno, self.offset = exc_value.filename, exc_value.lineno, exc_value.offset
            self.text, self.msg = exc_value.text, exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        t = self.exc_type
        mod, name = t.__module__, t.__qualname__
        return name if mod in ("__main__", "builtins") else mod + "." + name

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, **kwargs):
        return iter(_format_exception_only(self._exc))

    def format(self, *, chain=True, **kwargs):
        return iter(_format_exception(self._exc, chain, _limit(self._limit)))

    def print(self, *, file=None, chain=True, **kwargs):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
