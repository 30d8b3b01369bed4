"""jpy's weakref, second part: WeakValueDictionary (with KeyedRef), WeakKeyDictionary and WeakSet.

Run by dev.jpy.vm.builtins.WeakrefModule after weakref.py, in the same module globals. As in CPython, the refs they store
call back to remove an entry when its object dies; jpy's callbacks run when weakref next looks, so the containers
also drop dead entries whenever they count, iterate or read.
"""
from collections.abc import MutableMapping as _MutableMapping


def _remover(container):
    """The callback of a weak container's stored refs: drops the dead entry (holding the container only weakly)."""
    selfref = ref(container)

    def remove(wr):
        c = selfref()
        if c is not None:
            c._discard(wr)
    return remove


class KeyedRef(ref):
    """A ref that remembers the key it is stored under."""

    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _WeakMapping(_MutableMapping):
    """What the two weak dictionaries share: the dict of their entries, copies, | and repr."""

    def __repr__(self):
        return "<%s at %s>" % (self.__class__.__name__, _addr(self))

    def __len__(self):
        self._prune()
        return len(self.data)

    def __iter__(self):
        for k, _ in self.items():
            yield k

    def keys(self):
        for k, _ in self.items():
            yield k

    def values(self):
        for _, v in self.items():
            yield v

    def copy(self):
        new = self.__class__()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[deepcopy(key, memo)] = deepcopy(value, memo)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, (dict, _WeakMapping)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, _WeakMapping)):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        selfref = ref(self)

        def remove(wr):
            s = selfref()
            if s is not None and s.data.get(wr.key) is wr:
                del s.data[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def _prune(self):
        _poll()
        for k in [k for k, wr in self.data.items() if wr() is None]:
            del self.data[k]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __setitem__(self, key, value):
        _poll()
        self.data[key] = KeyedRef(value, self._remove, key)

    def items(self):
        self._prune()
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def itervaluerefs(self):
        self._prune()
        yield from list(self.data.values())

    def valuerefs(self):
        self._prune()
        return list(self.data.values())

    def popitem(self):
        self._prune()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self._remove = _remover(self)
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _prune(self):
        _poll()
        for k in [k for k in self.data if k() is None]:
            del self.data[k]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        _poll()
        self.data[ref(key, self._remove)] = value

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        self._prune()
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def _discard(self, wr):
        self.data.pop(wr, None)

    def keyrefs(self):
        self._prune()
        return list(self.data)

    def popitem(self):
        self._prune()
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)


class WeakSet:
    """A set whose elements are held weakly: an element goes when it dies."""

    def __init__(self, data=None):
        self._remove = _remover(self)
        self.data = set()
        if data is not None:
            self.update(data)

    def _prune(self):
        _poll()
        for r in [r for r in self.data if r() is None]:
            self.data.discard(r)

    def __iter__(self):
        self._prune()
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        self._prune()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        _poll()
        self.data.add(ref(item, self._remove))

    def _discard(self, wr):
        self.data.discard(wr)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        self._prune()
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(_GenericAlias)
