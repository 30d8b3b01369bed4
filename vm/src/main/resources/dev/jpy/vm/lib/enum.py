"""jpy's enum: EnumType, Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, with CPython 3.13's reprs, lookups,
iteration order, aliases and flag composition.

Run by dev.jpy.vm.builtins.EnumModule (through PySource) as the body of the native 'enum' module.
"""
import types as _types

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "auto", "unique",
           "global_enum", "verify", "member", "nonmember"]

_DESCRIPTORS = (_types.FunctionType, _types.BuiltinFunctionType, property, classmethod, staticmethod)


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = 0

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # the class body has no _EnumDict here, so `RW = R | W` between autos is kept as an expression and computed
    # when the members are made, after R and W have their values
    def __or__(self, other):
        return _AutoExpr(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoExpr(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoExpr(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoExpr(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, other, self)


class _AutoExpr(auto):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    @property
    def value(self):
        return self.op(_resolved(self.left), _resolved(self.right))


def _resolved(v):
    return v.value if isinstance(v, auto) else v


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_" + cls_name.lstrip("_") + "__"
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    if isinstance(obj, _DESCRIPTORS):
        return True
    return hasattr(type(obj), "__get__") or hasattr(type(obj), "__set__") or hasattr(type(obj), "__delete__")


def _signed_bits(n, width):
    """A number as enum's error messages show it: '0b0 0101' (sign bit, then the bits padded to width)."""
    if n >= 0:
        return "0b0 " + format(n, "b").zfill(width)
    return "0b1 " + format((1 << width) + n, "b").zfill(width)


def _is_single_bit(n):
    return n > 0 and n & (n - 1) == 0


def _find_member_type(bases):
    for base in bases:
        for t in base.__mro__:
            if t is object or isinstance(t, EnumType):
                continue
            if "__new__" in t.__dict__ or t in (int, str, float):
                return t
    return object


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(mcls, cls_name, bases, classdict, *, boundary=None, _simple=False, **kwds):
        names = []
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == "_ignore_":
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if isinstance(value, member):
                names.append((key, value.value))
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key) or _is_descriptor(value):
                body[key] = value
                continue
            names.append((key, value))
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls_name, base))
        member_type = _find_member_type(bases)
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_member_type_"] = member_type
        enum_class = super().__new__(mcls, cls_name, bases, body, **kwds)
        new_member = classdict.get("__new__")
        if new_member is None:
            new_member = member_type.__new__ if member_type is not object else None
        enum_class._new_member_ = new_member
        _prefer_enum_methods(enum_class, bases, classdict, member_type)
        last_values = []
        for key, value in names:
            if isinstance(value, _AutoExpr):
                value = value.value
            elif isinstance(value, auto):
                if value.value is None:
                    value.value = enum_class._generate_next_value_(key, 1, len(enum_class._member_names_), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple([enum_class._generate_next_value_(key, 1, len(enum_class._member_names_), last_values[:])
                               if isinstance(v, auto) else v for v in value])
            last_values.append(value)
            enum_class._add_member_(key, value)
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if cls._new_member_ is None:
            obj = object.__new__(cls)
            if not hasattr(obj, "_value_"):
                obj._value_ = value
        else:
            obj = cls._new_member_(cls, *args)
            if not hasattr(obj, "_value_"):
                obj._value_ = value if cls._member_type_ is object else cls._member_type_(*args)
        value = obj._value_
        obj._name_ = name
        obj.__objclass__ = cls
        obj._sort_order_ = len(cls._member_names_)
        init = cls.__dict__.get("__init__") or _mro_lookup(cls, "__init__")
        if init is not None:
            init(obj, *args)
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                cls._member_map_[name] = existing
                setattr(cls, name, existing)
                return
        if cls._is_flag_ and not _is_single_bit(value) and value != 0:
            pass
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = obj
        try:
            cls._value2member_map_[value] = obj
        except TypeError:
            pass
        setattr(cls, name, obj)

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        classdict = {}
        if isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
            last = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                classdict[name] = value
        elif isinstance(names, dict):
            classdict.update(names)
        else:
            for name, value in names:
                classdict[name] = value
        classdict["__module__"] = module if module is not None else "__main__"
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return False

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _types.MappingProxyType(dict(cls._member_map_))

    def __repr__(cls):
        if cls._is_flag_:
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType


def _prefer_enum_methods(enum_class, bases, classdict, member_type):
    """With a data type mixed in (int in IntEnum), its __new__, __repr__, ... come before Enum's in the MRO: the
    enum class gets Enum's value lookup as __new__, and its enum base's methods where the data type's would win."""
    first_enum = next((b for b in reversed(bases) if isinstance(b, EnumType)), None)
    if first_enum is None or member_type is object:
        return
    if "__new__" not in classdict:
        enum_class.__new__ = Enum.__new__
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name in classdict:
            continue
        owner = next(c for c in enum_class.__mro__ if name in c.__dict__)
        if owner is object or owner in member_type.__mro__:
            setattr(enum_class, name, getattr(first_enum, name))
    if enum_class._is_flag_:
        for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
            if name not in classdict:
                setattr(enum_class, name, getattr(Flag, name))


def _mro_lookup(cls, name):
    for base in cls.__mro__[1:]:
        if base is object or base is Enum or base is Flag:
            continue
        if base.__module__ == "builtins":
            continue
        if name in base.__dict__:
            return base.__dict__[name]
    return None


class _EnumBase:
    _is_flag_ = False


class Enum(_EnumBase, metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return last_values[-1] + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    def __str__(self):
        return self._member_type_.__str__(self._value_) if self._member_type_ is not object else str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags."""
    _is_flag_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if v > 0:
                high = max(high, v.bit_length())
        return 2 ** high

    @classmethod
    def _all_bits_(cls):
        bits = 0
        for m in cls._member_map_.values():
            bits |= m._value_
        return bits

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._all_bits_()
        if value < 0 or value & ~mask:
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _signed_bits(value, width), _signed_bits(mask, width)))
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._decompose_(value)]
        pseudo._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _decompose_(cls, value):
        return [cls._member_map_[n] for n in cls._member_names_ if cls._member_map_[n]._value_ & value
                and cls._member_map_[n]._value_ & value == cls._member_map_[n]._value_]

    def __iter__(self):
        return iter(self.__class__._decompose_(self._value_))

    def __len__(self):
        return len(self.__class__._decompose_(self._value_))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def _operand_(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        v = self._operand_(other)
        return NotImplemented if v is None else self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._operand_(other)
        return NotImplemented if v is None else self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._operand_(other)
        return NotImplemented if v is None else self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._all_bits_() & ~self._value_)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    return cls


def verify(*checks):
    return lambda cls: cls
