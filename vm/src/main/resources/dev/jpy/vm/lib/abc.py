# jpy's abc module (run by dev.jpy.vm.builtins.AbcModule): ABCMeta, ABC and abstractmethod, with
# CPython 3.13's instantiation check and message. A class matches an ABC when it inherits from it, when
# the ABC's __subclasshook__ says so, or when it is registered with the ABC or with an ABC below it.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if getattr(value, '__isabstractmethod__', False)}
        for base in bases:
            for name in getattr(base, '__abstractmethods__', ()):
                if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_below = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_below.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        missing = sorted(cls.__abstractmethods__)
        if missing:
            s = '' if len(missing) == 1 else 's'
            names = ', '.join(repr(m) for m in missing)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} without an implementation "
                            f"for abstract method{s} {names}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = cls.__subclasshook__(subclass)
        if hook is not NotImplemented:
            return bool(hook)
        for r in cls._abc_registry:
            if r in subclass.__mro__ or isinstance(r, ABCMeta) and r.__subclasscheck__(subclass):
                return True
        for below in cls._abc_below:
            if below.__subclasscheck__(subclass):
                return True
        return False

    def __subclasshook__(cls, subclass):
        return NotImplemented


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0



# The three deprecated abstract decorators. CPython makes them subclasses of classmethod, staticmethod and property;
# jpy cannot subclass those builtin types yet, so each makes the builtin descriptor around an abstract function.
class abstractclassmethod:
    """A classmethod that is also abstract (deprecated since 3.3: use classmethod over abstractmethod)."""
    __isabstractmethod__ = True

    def __new__(cls, callable):
        callable.__isabstractmethod__ = True
        return classmethod(callable)


class abstractstaticmethod:
    """A staticmethod that is also abstract (deprecated since 3.3: use staticmethod over abstractmethod)."""
    __isabstractmethod__ = True

    def __new__(cls, callable):
        callable.__isabstractmethod__ = True
        return staticmethod(callable)


class abstractproperty:
    """A property that is also abstract (deprecated since 3.3: use property over abstractmethod)."""
    __isabstractmethod__ = True

    def __new__(cls, fget=None, fset=None, fdel=None, doc=None):
        if fget is not None:
            fget.__isabstractmethod__ = True
        return property(fget, fset, fdel, doc)
