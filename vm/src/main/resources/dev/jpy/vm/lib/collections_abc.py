# jpy's collections.abc (run by dev.jpy.vm.builtins.CollectionsAbcModule): the abstract base classes,
# enough for isinstance/issubclass checks of builtins and of classes that define the protocol methods.
# An ABC matches a class that inherits from it, one registered with it (or with an ABC below it), or one
# whose MRO defines all of its structural methods.


class ABCMeta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        cls._abc_registry = []
        cls._abc_below = []
        for b in bases:
            if isinstance(b, ABCMeta):
                b._abc_below.append(cls)
        abstract = set()
        for k, v in ns.items():
            if getattr(v, '__isabstractmethod__', False):
                abstract.add(k)
        cls.__abstractmethods__ = frozenset(abstract)
        return cls

    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in subclass.__mro__:
            return True
        names = cls.__dict__.get('_abc_methods')
        if names and all(_defines(subclass, n) for n in names):
            return True
        for r in cls._abc_registry:
            if r in subclass.__mro__:
                return True
        for below in cls._abc_below:
            if below.__subclasscheck__(subclass):
                return True
        return False


def _defines(cls, name):
    for c in cls.__mro__:
        if name in c.__dict__:
            return c.__dict__[name] is not None
    return False


def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f


class Hashable(metaclass=ABCMeta):
    _abc_methods = ('__hash__',)


class Iterable(metaclass=ABCMeta):
    _abc_methods = ('__iter__',)

    def __class_getitem__(cls, item):
        return cls


class Iterator(Iterable):
    _abc_methods = ('__iter__', '__next__')

    def __iter__(self):
        return self


class Reversible(Iterable):
    _abc_methods = ('__reversed__', '__iter__')


class Generator(Iterator):
    _abc_methods = ('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(metaclass=ABCMeta):
    _abc_methods = ('__len__',)


class Container(metaclass=ABCMeta):
    _abc_methods = ('__contains__',)


class Callable(metaclass=ABCMeta):
    _abc_methods = ('__call__',)


class Collection(Sized, Iterable, Container):
    _abc_methods = ('__len__', '__iter__', '__contains__')


class Sequence(Reversible, Collection):
    _abc_methods = None

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
    pass


class MappingView(Sized):
    _abc_methods = None


class KeysView(MappingView, Set):
    pass


class ItemsView(MappingView, Set):
    pass


class ValuesView(MappingView, Collection):
    pass


class Awaitable(metaclass=ABCMeta):
    _abc_methods = ('__await__',)


class AsyncIterable(metaclass=ABCMeta):
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


def _register_collections():
    import collections as c
    MutableSequence.register(c.deque)
    MutableMapping.register(c._DictBase)
    MutableMapping.register(c.ChainMap)
    Sequence.register(c._NamedTuple)


_register_collections()
