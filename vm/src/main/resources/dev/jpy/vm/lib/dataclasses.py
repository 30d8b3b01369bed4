# jpy's dataclasses module (run by dev.jpy.vm.builtins.DataclassesModule): @dataclass generates __init__
# from source as CPython does (compiled by jpy through the native _exec), so its argument errors are
# CPython's; repr, eq, order, hash and frozen follow CPython 3.13's rules and messages.
import copy as _copy


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()
_HAS_DEFAULT_FACTORY = object()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return f'Field(name={self.name!r},type={self.type!r},default={self.default!r},default_factory={self.default_factory!r},' \
               f'init={self.init!r},repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},' \
               f'kw_only={self.kw_only!r},_field_type={self._field_type})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None,
          kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _unhashable(value):
    return type(value) in (list, dict, set) or getattr(type(value), '__hash__', 0) is None


def _resolve(tp, cls):
    """An annotation, or for a string annotation the object its head names in the class's module ("InitVar[int]")."""
    if isinstance(tp, str):
        head = tp.strip().split("[", 1)[0].strip()
        module, _, name = head.rpartition(".")
        import sys
        namespace = getattr(sys.modules.get(cls.__module__), "__dict__", {}) if hasattr(sys, "modules") else {}
        target = namespace.get(module) if module else namespace.get(name)
        tp = getattr(target, name, None) if module else target
    return tp


def _is_classvar(tp, cls):
    form = getattr(tp, "__origin__", tp)
    return type(form).__name__ == "_SpecialForm" and getattr(form, "_name", None) == "ClassVar"


def _collect_fields(cls, kw_only):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        for f in getattr(base, '__dataclass_fields__', {}).values():
            fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    for name, tp in annotations.items():
        resolved = _resolve(tp, cls)
        if resolved is KW_ONLY or resolved is _KW_ONLY_TYPE:
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f._field_type = (_FIELD_CLASSVAR if _is_classvar(resolved, cls) else
                         _FIELD_INITVAR if resolved is InitVar or isinstance(resolved, InitVar) else _FIELD)
        if f.kw_only is MISSING:
            f.kw_only = kw_only if f._field_type is not _FIELD_CLASSVAR else MISSING
        f.name = name
        f.type = tp
        if f._field_type is not _FIELD and f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
        if f._field_type is _FIELD and f.default is not MISSING and _unhashable(f.default):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    return fields


def _set_new(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _make_init(cls, fields, frozen, globals_):
    init_fields = [f for f in fields.values() if f.init and f._field_type is not _FIELD_CLASSVAR]
    std = [f for f in init_fields if not f.kw_only]
    kw = [f for f in init_fields if f.kw_only]
    seen_default = None
    for f in std:
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default is not None:
                raise TypeError(f'non-default argument {f.name!r} follows default argument {seen_default.name!r}')
        else:
            seen_default = f
    ns = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY, '__dataclass_builtins_object__': object}

    def param(f):
        if f.default_factory is not MISSING:
            return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'
        if f.default is not MISSING:
            ns[f'__dataclass_dflt_{f.name}__'] = f.default
            return f'{f.name}=__dataclass_dflt_{f.name}__'
        return f.name

    params = ['self'] + [param(f) for f in std] + (['*'] + [param(f) for f in kw] if kw else [])
    body = []
    for f in fields.values():
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            ns[f'__dataclass_factory_{f.name}__'] = f.default_factory
            factory = f'__dataclass_factory_{f.name}__()'
            value = f'{factory} if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}' if f.init else factory
        elif f.init:
            value = f.name
        else:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})')
        else:
            body.append(f'self.{f.name} = {value}')
    if hasattr(cls, '__post_init__'):
        initvars = [f.name for f in fields.values() if f._field_type is _FIELD_INITVAR]
        body.append(f'self.__post_init__({", ".join(initvars)})')
    source = f'def __init__({", ".join(params)}):\n' + ''.join(f'    {line}\n' for line in body or ['pass'])
    _exec(source, ns)
    fn = ns['__init__']
    fn.__qualname__ = f'{cls.__qualname__}.__init__'
    return fn


def _tuple_of(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = all_fields
    fields = {name: f for name, f in all_fields.items() if f._field_type is _FIELD}
    compared = [f for f in fields.values() if f.compare]
    if init:
        _set_new(cls, '__init__', _make_init(cls, all_fields, frozen, None))
    if repr:
        shown = [f for f in fields.values() if f.repr]

        def __repr__(self):
            inner = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown)
            return f'{self.__class__.__qualname__}({inner})'
        __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
        _set_new(cls, '__repr__', __repr__)
    if eq:
        def __eq__(self, other):
            if self is other:
                return True
            if other.__class__ is self.__class__:
                return _tuple_of(self, compared) == _tuple_of(other, compared)
            return NotImplemented
        _set_new(cls, '__eq__', __eq__)
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, test in [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                           ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]:
            def method(self, other, test=test):
                if other.__class__ is self.__class__:
                    return test(_tuple_of(self, compared), _tuple_of(other, compared))
                return NotImplemented
            if _set_new(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    hashed = [f for f in fields.values() if (f.compare if f.hash is None else f.hash)]
    has_hash = '__hash__' in cls.__dict__ and not (eq and cls.__dict__['__hash__'] is None and '__eq__' in cls.__dict__)
    if unsafe_hash:
        if has_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = lambda self: hash(_tuple_of(self, hashed))
    elif eq and frozen:
        if not has_hash:
            cls.__hash__ = lambda self: hash(_tuple_of(self, hashed))
    elif eq and not has_hash:
        cls.__hash__ = None
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            try:
                del self.__dict__[name]
            except KeyError:
                raise AttributeError(name) from None
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if match_args:
        _set_new(cls, '__match_args__', tuple(f.name for f in all_fields.values()
                                              if f.init and not f.kw_only and f._field_type is not _FIELD_CLASSVAR))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        if weakref_slot and not slots:
            raise TypeError('weakref_slot is True but slots is False')
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
        cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                                                    slots, weakref_slot)
        return _add_slots(cls, weakref_slot, frozen) if slots else cls
    return wrap if cls is None else wrap(cls)


class _DataclassParams:
    """The arguments @dataclass was given (a class's __dataclass_params__)."""
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots',
                 'weakref_slot')

    def __init__(self, *values):
        for name, value in zip(self.__slots__, values):
            setattr(self, name, value)

    def __repr__(self):
        return '_DataclassParams(' + ','.join(f'{name}={getattr(self, name)!r}' for name in self.__slots__) + ')'


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)  # the instance may be frozen


def _add_slots(cls, weakref_slot, frozen):
    """The class made again with __slots__ for its fields (less the slots its bases already have), as CPython does."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__', ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    names = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(n for n in names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if frozen:
        cls.__getstate__ = _dataclass_getstate
        cls.__setstate__ = _dataclass_setstate
    return cls


def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_instance(obj):
    return not isinstance(obj, type) and hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, False)


def _convert(obj, factory, as_dict):
    if _is_instance(obj):
        if as_dict:
            return factory([(f.name, _convert(getattr(obj, f.name), factory, True)) for f in fields(obj)])
        return factory([_convert(getattr(obj, f.name), factory, False) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False,
                   module=None):
    namespace = {} if namespace is None else dict(namespace)
    annotations, defaults = {}, {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    namespace.update(defaults)
    if module is None:
        import sys
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    namespace['__module__'] = module
    cls = type(cls_name, tuple(bases), namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
