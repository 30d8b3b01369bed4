"""The smaller names of jpy's typing: AnyStr, Text, the Supports* runtime protocols, assert_never, overload
registry stubs and dataclass_transform.

Run by dev.jpy.vm.builtins.TypingModule (through PySource) after lib/typing.py, in the same module globals.
"""

AnyStr = TypeVar("AnyStr", bytes, str)
Text = str


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: " + value)


def get_overloads(func):
    return []


def clear_overloads():
    pass


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False, frozen_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default, "kw_only_default": kw_only_default,
            "frozen_default": frozen_default, "field_specifiers": field_specifiers, "kwargs": kwargs}
        return cls_or_fn
    return decorator


def _supports(name, method):
    def stub(self):
        ...
    stub.__name__ = method
    proto = _ProtocolMeta(name, (Protocol,), {method: stub, "__slots__": (), "__module__": "typing",
                                              "__qualname__": name})
    proto._is_runtime_protocol = True
    return proto


SupportsInt = _supports("SupportsInt", "__int__")
SupportsFloat = _supports("SupportsFloat", "__float__")
SupportsComplex = _supports("SupportsComplex", "__complex__")
SupportsBytes = _supports("SupportsBytes", "__bytes__")
SupportsIndex = _supports("SupportsIndex", "__index__")
SupportsAbs = _supports("SupportsAbs", "__abs__")
SupportsRound = _supports("SupportsRound", "__round__")
