# The Python half of jpy's functools (run by dev.jpy.vm.builtins.FunctoolsModule after its Java names reduce,
# wraps, lru_cache, cache and cmp_to_key): partial (a class, replacing the Java one), update_wrapper, total_ordering, cached_property,
# singledispatch, singledispatchmethod and partialmethod, with CPython 3.13's behaviour and messages.
from types import GenericAlias, MappingProxyType, UnionType

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


class partial:
    """partial(func, *args, **keywords): a callable with the given leading arguments and keywords filled in."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial) and type(func) is partial:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func, self.args, self.keywords = func, args, keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)] + [repr(x) for x in self.args] + [f"{k}={v!r}" for k, v in self.keywords.items()]
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(parts)})"

    __class_getitem__ = classmethod(GenericAlias)


def _derived(root, name, negate, join):
    """An ordering method made from the root one: [not] root(self, other) [and self != other | or self == other]."""
    def method(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if join == 'and':
            return result and self != other
        if join == 'or':
            return result or self == other
        return result
    method.__name__ = method.__qualname__ = name
    return method


_CONVERT = {
    '__lt__': [('__gt__', True, 'and'), ('__le__', False, 'or'), ('__ge__', True, None)],
    '__le__': [('__ge__', True, 'or'), ('__lt__', False, 'and'), ('__gt__', True, None)],
    '__gt__': [('__lt__', True, 'and'), ('__ge__', False, 'or'), ('__le__', True, None)],
    '__ge__': [('__le__', True, 'or'), ('__gt__', False, 'and'), ('__lt__', True, None)],
}


def total_ordering(cls):
    roots = {op for op in _CONVERT if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for name, negate, join in _CONVERT[root]:
        if name not in roots:
            setattr(cls, name, _derived(root, name, negate, join))
    return cls


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} instance to cache "
                            f"{self.attrname!r} property.") from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val

    __class_getitem__ = classmethod(GenericAlias)


def _dispatch_types(cls):
    if isinstance(cls, UnionType):
        return cls.__args__
    return (cls,)


def singledispatch(func):
    registry = {}
    cache = {}

    def dispatch(cls):
        impl = cache.get(cls)
        if impl is None:
            impl = next((registry[c] for c in cls.__mro__ if c in registry), None)
            if impl is None or impl is registry[object]:
                abcs = [k for k in registry if k is not object and k not in cls.__mro__ and issubclass(cls, k)]
                if abcs:
                    impl = registry[abcs[0]]
            cache[cls] = impl
        return impl

    def register(cls, func=None):
        if isinstance(cls, (type, UnionType)):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. Use either "
                                "`@register(some_class)` or plain `@register` on an annotated function.")
            func = cls
            argname, cls = next(iter(ann.items()))
            if not isinstance(cls, (type, UnionType)):
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        for c in _dispatch_types(cls):
            registry[c] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = getattr(self.func, '__isabstractmethod__', False)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        args = [repr(self.func)] + [repr(a) for a in self.args]
        args += [f"{k}={v!r}" for k, v in self.keywords.items()]
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(args)})"

    def __get__(self, obj, cls=None):
        if obj is None:
            def _method(cls_or_self, /, *args, **keywords):
                return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
            return _method
        return partial(self.func.__get__(obj, cls), *self.args, **self.keywords)
