"""The class-syntax record types of jpy's typing: NamedTuple (a collections.namedtuple with annotations and
defaults) and TypedDict (a dict type with required and optional keys; its instances are plain dicts).

Run by dev.jpy.vm.builtins.TypingModule (through PySource) after lib/typing.py, in the same module globals.
"""


def _make_namedtuple(name, fields, module, defaults=()):
    import collections
    nm_tpl = collections.namedtuple(name, [n for n, t in fields], defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(fields)
    return nm_tpl


_NAMEDTUPLE_SKIP = frozenset(["__module__", "__qualname__", "__annotations__", "__firstlineno__",
                              "__static_attributes__", "__doc__", "__orig_bases__", "__classcell__"])


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, "s" if len(default_names) > 1 else "", ", ".join(default_names)))
        nm_tpl = _make_namedtuple(typename, list(types.items()), ns.get("__module__", "__main__"),
                                  [ns[n] for n in default_names])
        for key, val in ns.items():
            if key in nm_tpl._fields:
                continue
            if key not in _NAMEDTUPLE_SKIP or key == "__doc__" and val is not None:
                setattr(nm_tpl, key, val)
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    return _make_namedtuple(typename, [(n, t) for n, t in fields], _caller_module())


def _caller_module():
    try:
        return _sys._getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


def _unwrap_qualifier(tp):
    if isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired, ReadOnly):
        return tp.__origin__, tp.__args__[0]
    return None, tp


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        annotations, required, optional = {}, set(), set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        for key, tp in own.items():
            qualifier, _ = _unwrap_qualifier(tp)
            annotations[key] = tp
            if qualifier is Required or qualifier is None and total:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        body = dict(ns)
        body["__annotations__"] = annotations
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), body)
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, instance):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


def TypedDict(typename, fields=None, /, *, total=True):
    ns = {"__annotations__": dict(fields or {}), "__module__": _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)
