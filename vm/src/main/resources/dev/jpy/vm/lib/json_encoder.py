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
        yield self.encode(o)


def dumps(obj, *, cls=None, **kw):
    if cls is None:
        return _dumps_native(obj, **kw)
    return cls(**kw).encode(obj)


def dump(obj, fp, *, cls=None, **kw):
    if cls is None:
        return _dump_native(obj, fp, **kw)
    for chunk in cls(**kw).iterencode(obj):
        fp.write(chunk)
