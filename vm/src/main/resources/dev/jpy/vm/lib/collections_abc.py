# jpy's collections.abc (run by dev.jpy.vm.builtins.CollectionsAbcModule): the abstract base classes,
# enough for isinstance/issubclass checks of builtins and of classes that define the protocol methods
# (abc.ABCMeta does the matching), with the mixin methods of Sequence, Mapping and MutableMapping.


from abc import ABCMeta, abstractmethod

_MARKER = object()


def _defines(cls, name):
    for c in cls.__mro__:
        if name in c.__dict__:
            return c.__dict__[name] is not None
    return False


class _Structural(metaclass=ABCMeta):
    """The one-trick ABCs match any class whose MRO defines their _abc_methods (their own, not inherited)."""
    _abc_methods = None

    @classmethod
    def __subclasshook__(cls, subclass):
        names = cls.__dict__.get('_abc_methods')
        if names and all(_defines(subclass, n) for n in names):
            return True
        return NotImplemented


class Hashable(_Structural):
    _abc_methods = ('__hash__',)


class Iterable(_Structural):
    _abc_methods = ('__iter__',)

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    def __class_getitem__(cls, item):
        return cls


class Iterator(Iterable):
    _abc_methods = ('__iter__', '__next__')

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    _abc_methods = ('__reversed__', '__iter__')


class Generator(Iterator):
    _abc_methods = ('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(_Structural):
    _abc_methods = ('__len__',)

    @abstractmethod
    def __len__(self):
        return 0


class Container(_Structural):
    _abc_methods = ('__contains__',)

    @abstractmethod
    def __contains__(self, x):
        return False


class Callable(_Structural):
    _abc_methods = ('__call__',)


class Collection(Sized, Iterable, Container):
    _abc_methods = ('__len__', '__iter__', '__contains__')


class Sequence(Reversible, Collection):
    _abc_methods = None

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value):
        for i, v in enumerate(self):
            if v is value or v == value:
                return i
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    pass


class Set(Collection):
    _abc_methods = None


class MutableSet(Set):
    pass


class Mapping(Collection):
    _abc_methods = None

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]


class MutableMapping(Mapping):
    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MARKER):
        try:
            value = self[key]
        except KeyError:
            if default is _MARKER:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Sized):
    _abc_methods = None


class KeysView(MappingView, Set):
    pass


class ItemsView(MappingView, Set):
    pass


class ValuesView(MappingView, Collection):
    pass


class Awaitable(_Structural):
    _abc_methods = ('__await__',)


class AsyncIterable(_Structural):
    _abc_methods = ('__aiter__',)


class AsyncIterator(AsyncIterable):
    _abc_methods = ('__aiter__', '__anext__')


def _register_builtins():
    for t in (tuple, str, range, bytes):
        Sequence.register(t)
    MutableSequence.register(list)
    Set.register(frozenset)
    MutableSet.register(set)
    MutableMapping.register(dict)
    KeysView.register(type({}.keys()))
    ItemsView.register(type({}.items()))
    ValuesView.register(type({}.values()))
    for it in (iter([]), iter(()), iter(range(0)), iter(''), iter({}), iter(set()), enumerate(()), zip(), map(len, ()),
               filter(None, ()), reversed([])):
        Iterator.register(type(it))
    for t in (int, float, complex, str, bytes, tuple, frozenset, type, range, type(None), bool):
        Hashable.register(t)
    for t in (type, type(len), type(lambda: 0), type([].append)):
        Callable.register(t)

    def gen():
        yield
    Generator.register(type(gen()))


_register_builtins()

# collections registers its deque and ChainMap here when it loads (lib/collections_user.py).
