# json.JSONEncoder and the cls= argument of json.dumps/json.dump (run by dev.jpy.vm.builtins.JsonModule after its
# Java dumps/dump/loads/load are in the module globals). An encoder object keeps CPython's attributes and hands the
# work to the Java encoder, with its default() method as the fallback for objects JSON has no form for.
_dumps_native, _dump_native = dumps, dump


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return _dumps_native(o, skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii,
                             check_circular=self.check_circular, allow_nan=self.allow_nan, sort_keys=self.sort_keys,
                             indent=self.indent, separators=(self.item_separator, self.key_separator),
                             default=self.default)

    def iterencode(self, o, _one_shot=False):
        """The JSON text in the chunks CPython's pure-Python encoder yields (json.encoder._make_iterencode)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _Chunks(self, indent).value(o, 0)


class _Chunks:
    """One iterencode walk: containers open, items and closers as separate chunks, scalars by the native encoder."""

    def __init__(self, enc, indent):
        self.enc, self.indent = enc, indent
        self.markers = {} if enc.check_circular else None

    def scalar(self, o):
        return _dumps_native(o, ensure_ascii=self.enc.ensure_ascii, allow_nan=self.enc.allow_nan)

    def is_scalar(self, o):
        return isinstance(o, (str, int, float)) or o is None

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        if self.is_scalar(o):
            yield self.scalar(o)
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.enter(o)
            yield from self.value(self.enc.default(o), level)
            self.leave(o)

    def opening(self, level):
        if self.indent is None:
            return None, self.enc.item_separator
        newline = '\n' + self.indent * (level + 1)
        return newline, self.enc.item_separator + newline

    def array(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        newline, separator = self.opening(level)
        buf = '[' + (newline or '')
        for i, v in enumerate(lst):
            if i:
                buf = separator
            if self.is_scalar(v):
                yield buf + self.scalar(v)
            else:
                yield buf
                yield from self.value(v, level + 1)
        if newline is not None:
            yield '\n' + self.indent * level
        yield ']'
        self.leave(lst)

    def key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float) or k is True or k is False or k is None:
            return self.scalar(k)
        if isinstance(k, int):
            return int.__repr__(k)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def object(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        yield '{'
        newline, separator = self.opening(level)
        if newline is not None:
            yield newline
        first = True
        for k, v in (sorted(dct.items()) if self.enc.sort_keys else dct.items()):
            k = self.key(k)
            if k is None:
                continue
            if not first:
                yield separator
            first = False
            yield self.scalar(k)
            yield self.enc.key_separator
            if self.is_scalar(v):
                yield self.scalar(v)
            else:
                yield from self.value(v, level + 1)
        if newline is not None:
            yield '\n' + self.indent * level
        yield '}'
        self.leave(dct)


def dumps(obj, *, cls=None, **kw):
    if cls is None:
        return _dumps_native(obj, **kw)
    return cls(**kw).encode(obj)


def dump(obj, fp, *, cls=None, **kw):
    if cls is None:
        return _dump_native(obj, fp, **kw)
    for chunk in cls(**kw).iterencode(obj):
        fp.write(chunk)
