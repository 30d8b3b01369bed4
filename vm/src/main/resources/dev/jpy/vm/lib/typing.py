"""jpy's typing: the PEP 695 runtime objects (TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic) and the
common special forms (Callable, Protocol, Optional, Union, ...) with get_type_hints.

Run by dev.jpy.vm.builtins.TypingModule (through PySource) as the body of the native 'typing' module; the interpreter's type-parameter
intrinsics call the _make_* functions below. _union is injected by TypingModule before this runs.
"""
import abc as _abc
import sys as _sys
import types as _types

TYPE_CHECKING = False
_GenericAliasType = _types.GenericAlias


class _NoDefaultType:
    __slots__ = ()

    def __repr__(self):
        return "typing.NoDefault"


NoDefault = _NoDefaultType()


def _type_repr(obj):
    if obj is ...:
        return "..."
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasType):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is None:
        return "None"
    if isinstance(obj, tuple):
        return "[" + ", ".join([_type_repr(a) for a in obj]) + "]"
    return repr(obj)


class _Lazy:
    """A value given either directly or as a function evaluated on first use (PEP 695 lazy evaluation)."""

    def __init__(self, value, evaluate):
        self.value = value
        self.evaluate = evaluate

    def get(self):
        if self.evaluate is not None:
            self.value = self.evaluate()
            self.evaluate = None
        return self.value


class _TypeParam:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @property
    def __default__(self):
        return self._default.get()

    def has_default(self):
        return self._default.evaluate is not None or self._default.value is not NoDefault

    def __reduce__(self):
        return self.__name__

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        return ("+" if self.__covariant__ else "-" if self.__contravariant__ else "~") + self.__name__


class TypeVar(_TypeParam):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False,
                 default=NoDefault):
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._bound = _Lazy(bound, None)
        self._constraints = _Lazy(tuple(constraints), None)
        self._default = _Lazy(default, None)

    @property
    def __bound__(self):
        return self._bound.get()

    @property
    def __constraints__(self):
        return self._constraints.get()


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + ".args"


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + ".kwargs"


class ParamSpec(_TypeParam):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False,
                 default=NoDefault):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._default = _Lazy(default, None)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple(_TypeParam):
    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self._default = _Lazy(default, None)

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class TypeAliasType:
    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__type_params__ = type_params
        self.__parameters__ = type_params
        self._value = _Lazy(value, None)
        self.__module__ = "typing"

    @property
    def __value__(self):
        return self._value.get()

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        return _GenericAliasType(self, params)

    def __or__(self, right):
        return _union(self, right)

    def __ror__(self, left):
        return _union(left, self)

    def __repr__(self):
        return self.__name__


# ---------------------------------------------------------------- what the interpreter's intrinsics call

def _make_typevar(name, bound, constraints):
    tv = TypeVar(name, infer_variance=True)
    if bound is not None:
        tv._bound = _Lazy(None, bound)
    if constraints is not None:
        tv._constraints = _Lazy((), constraints)
    return tv


def _make_paramspec(name):
    return ParamSpec(name, infer_variance=True)


def _make_typevartuple(name):
    return TypeVarTuple(name)


def _set_default(param, evaluate):
    param._default = _Lazy(NoDefault, evaluate)
    return param


def _make_typealias(name, type_params, evaluate, module):
    alias = TypeAliasType(name, None, type_params=() if type_params is None else type_params)
    alias._value = _Lazy(None, evaluate)
    alias.__module__ = module
    return alias


def _subscript_generic(params):
    return _GenericAlias(Generic, _unpack_params(params))


def _unpack_params(params):
    out = []
    for p in params:
        if isinstance(p, TypeVarTuple):
            out.append(Unpack[p])
        else:
            out.append(p)
    return tuple(out)


# ---------------------------------------------------------------- generic aliases and special forms

def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, _TypeParam):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, "__parameters__", ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


class _GenericAlias:
    def __init__(self, origin, args, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name

    def __repr__(self):
        head = "typing." + self._name if self._name else _type_repr(self.__origin__)
        args = self.__args__
        if self._name == "Optional":
            args = [a for a in args if a is not type(None)]
        return head + "[" + ", ".join([_type_repr(a) for a in args]) + "]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            if self.__origin__ is Union and isinstance(other, _types.UnionType):
                return set(self.__args__) == set(other.__args__)
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self.__origin__ is not Union:
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return any(issubclass(cls, arg) for arg in self.__args__)

    def __getitem__(self, args):
        params = self.__parameters__
        if not params:
            raise TypeError("%r is not a generic class" % (self,))
        args = _prepare_args(params, args)
        if len(args) != len(params):
            raise TypeError("Too %s arguments for %r; actual %d, expected %s%d" % (
                "many" if len(args) > len(params) else "few", self, len(args),
                "" if len(args) > len(params) else "at least ", len(params)))
        mapping = list(zip(params, args))
        new = []
        for a in self.__args__:
            v = _substitute(a, mapping)
            # a ParamSpec (or a Concatenate) of a Callable or Concatenate replaced by an argument list: its items
            if isinstance(v, tuple) and (isinstance(self, _CallableAlias) or self.__origin__ is Concatenate) and not isinstance(a, tuple):
                new.extend(v)
            else:
                new.append(v)
        if self.__origin__ is Concatenate and isinstance(self.__args__[-1], ParamSpec):
            return tuple(new)
        return self.__class__(self.__origin__, tuple(new), self._name)

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


def _is_param_expr(arg):
    return (arg is ... or isinstance(arg, (tuple, list, ParamSpec))
            or isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


def _prepare_args(params, args):
    """The arguments of a subscription as a tuple, with a ParamSpec's argument list as a tuple (PEP 612: when the
    only parameter is a ParamSpec, Z[int, str] is Z[[int, str]])."""
    if not isinstance(args, tuple):
        args = (args,)
    for i, p in enumerate(params):
        if isinstance(p, ParamSpec) and i < len(args) + (len(params) == 1):
            if len(params) == 1 and (not args or not _is_param_expr(args[0])):
                return (args,)
            if isinstance(args[i], list):
                args = (*args[:i], tuple(args[i]), *args[i + 1:])
    return args


def _substitute(arg, mapping):
    for param, value in mapping:
        if arg is param:
            return value
    inner = getattr(arg, "__parameters__", ()) if not isinstance(arg, type) else ()
    if inner:
        subs = tuple([_substitute(p, mapping) for p in inner])
        return arg[subs[0] if len(subs) == 1 else subs]
    return arg


class _SpecialForm:
    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __getitem__(self, params):
        return self._getitem(self, params)

    def __repr__(self):
        return "typing." + self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _plain_form(form, params):
    return _GenericAlias(form, params, form._name)


def _union_form(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = type(None) if p is None else p
        inner = p.__args__ if isinstance(p, _GenericAlias) and p.__origin__ is Union else (p,)
        for q in inner:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        return _GenericAlias(Union, tuple(flat), "Optional")
    return _GenericAlias(Union, tuple(flat), "Union")


def _optional_form(form, param):
    return Union[param, None]


Any = _SpecialForm("Any", _plain_form)
Union = _SpecialForm("Union", _union_form)
Optional = _SpecialForm("Optional", _optional_form)
ClassVar = _SpecialForm("ClassVar", _plain_form)
Final = _SpecialForm("Final", _plain_form)
Literal = _SpecialForm("Literal", _plain_form)
Unpack = _SpecialForm("Unpack", _plain_form)
Concatenate = _SpecialForm("Concatenate", _plain_form)
TypeGuard = _SpecialForm("TypeGuard", _plain_form)
TypeIs = _SpecialForm("TypeIs", _plain_form)
Self = _SpecialForm("Self", _plain_form)
Never = _SpecialForm("Never", _plain_form)
NoReturn = _SpecialForm("NoReturn", _plain_form)
LiteralString = _SpecialForm("LiteralString", _plain_form)
TypeAlias = _SpecialForm("TypeAlias", _plain_form)
Annotated = _SpecialForm("Annotated", _plain_form)
Required = _SpecialForm("Required", _plain_form)
NotRequired = _SpecialForm("NotRequired", _plain_form)
ReadOnly = _SpecialForm("ReadOnly", _plain_form)


def _is_param_list(arg):
    """True for a Callable's argument part that is not a list of types: ..., a ParamSpec or a Concatenate."""
    return arg is ... or isinstance(arg, ParamSpec) or isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        args, result = self.__args__[:-1], self.__args__[-1]
        if len(args) == 1 and _is_param_list(args[0]):
            inner = _type_repr(args[0])
        else:
            inner = "[" + ", ".join([_type_repr(a) for a in args]) + "]"
        return "typing.Callable[" + inner + ", " + _type_repr(result) + "]"


def _callable_form(form, params):
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    from collections.abc import Callable as origin
    args, result = params
    result = type(None) if result is None else result
    if isinstance(args, list):
        return _CallableAlias(origin, tuple(type(None) if a is None else a for a in args) + (result,), "Callable")
    return _CallableAlias(origin, (args, result), "Callable")


Callable = _SpecialForm("Callable", _callable_form)


def _alias_form(origin):
    return lambda form, params: _GenericAlias(origin, params, form._name)


List = _SpecialForm("List", _alias_form(list))
Dict = _SpecialForm("Dict", _alias_form(dict))
Set = _SpecialForm("Set", _alias_form(set))
FrozenSet = _SpecialForm("FrozenSet", _alias_form(frozenset))
Tuple = _SpecialForm("Tuple", _alias_form(tuple))
Type = _SpecialForm("Type", _alias_form(type))
for _name in ("Iterable", "Iterator", "Sequence", "Mapping", "MutableMapping", "MutableSequence", "Generator",
              "AsyncIterator", "AsyncIterable", "Awaitable", "Coroutine", "Hashable", "Sized", "Container",
              "Collection", "Reversible", "AbstractSet", "MutableSet", "DefaultDict", "OrderedDict", "Counter",
              "Deque", "ChainMap", "AsyncGenerator", "ContextManager", "AsyncContextManager"):
    globals()[_name] = _SpecialForm(_name, _plain_form)


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, _TypeParam) and not (isinstance(p, _GenericAlias) and p.__origin__ is Unpack):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            params = _prepare_args(getattr(cls, "__parameters__", ()), params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, (_GenericAlias, _GenericAliasType)):
                for p in base.__parameters__:
                    if p not in params:
                        params.append(p)
        cls.__parameters__ = tuple(params)


_NOT_PROTOCOL_MEMBERS = frozenset([
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__", "__new__", "__slots__",
    "__subclasshook__", "__weakref__", "__class_getitem__", "__match_args__", "__static_attributes__",
    "__firstlineno__", "__parameters__", "__orig_bases__", "__type_params__", "__qualname__", "__init_subclass__",
    "_is_protocol", "_is_runtime_protocol", "__orig_class__", "__protocol_attrs__", "__classcell__"])


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
            if not attr.startswith("_abc_") and attr not in _NOT_PROTOCOL_MEMBERS:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(_abc.ABCMeta):
    """isinstance() and issubclass() against a protocol check its members, for @runtime_checkable protocols."""

    def _protocol_check(cls):
        if not cls.__dict__.get("_is_protocol", False) or cls.__name__ == "Protocol":
            return False
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        return True

    def __instancecheck__(cls, instance):
        if not cls._protocol_check():
            return super().__instancecheck__(instance)
        if _abc.ABCMeta.__subclasscheck__(cls, type(instance)):
            return True
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls._protocol_check():
            return super().__subclasscheck__(other)
        if not isinstance(other, type):
            raise TypeError("issubclass() arg 1 must be a class")
        attrs = _protocol_attrs(cls)
        if any(not callable(getattr(cls, attr, None)) for attr in attrs):
            raise TypeError("Protocols with non-method members don't support issubclass(). Non-method members: "
                            + str(sorted(a for a in attrs if not callable(getattr(cls, a, None))))[1:-1] + ".")
        return all(any(attr in base.__dict__ for base in other.__mro__) for attr in attrs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def _no_init_or_replace_init(self, *args, **kwargs):
    """The __init__ of a protocol: a protocol cannot be instantiated; a concrete subclass gets the next __init__ of its MRO."""
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


def runtime_checkable(cls):
    if not isinstance(cls, _ProtocolMeta) or not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % (cls,))
    cls._is_runtime_protocol = True
    return cls


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @typing.overload-decorated functions outside a stub "
        "module should always be followed by an implementation that is not @typing.overload-decorated.")


def overload(func):
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def override(method):
    return method


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def _strip_extras(tp):
    if isinstance(tp, _GenericAlias) and tp.__origin__ is Annotated:
        return _strip_extras(tp.__args__[0])
    return tp


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = _type_hints(obj, globalns, localns)
    if include_extras:
        return hints
    return {name: _strip_extras(tp) for name, tp in hints.items()}


def _type_hints(obj, globalns, localns):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            module = getattr(_sys, "modules", {}).get(base.__module__)
            gns = globalns if globalns is not None else (module.__dict__ if module is not None else {})
            lns = dict(base.__dict__) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, gns, lns)
        return hints
    if isinstance(obj, _types.ModuleType):
        gns = obj.__dict__ if globalns is None else globalns
        ann = obj.__dict__.get("__annotations__", {})
    else:
        gns = getattr(obj, "__globals__", {}) if globalns is None else globalns
        ann = getattr(obj, "__annotations__", None)
        if ann is None:
            raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    lns = gns if localns is None else localns
    return {name: _eval_hint(value, gns, lns) for name, value in ann.items()}


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    args = getattr(tp, "__args__", ())
    if isinstance(tp, _CallableAlias) and not (len(args) == 2 and _is_param_list(args[0])):
        return (list(args[:-1]), args[-1])
    return args

