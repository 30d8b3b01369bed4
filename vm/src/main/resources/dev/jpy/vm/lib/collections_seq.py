# The sequence half of jpy's collections module: deque and namedtuple, with CPython 3.13's reprs and
# messages (run after collections.py, in the same module globals).
_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
                       'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
                       'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
                       'try', 'while', 'with', 'yield'])


class deque:
    """A double-ended queue: the items are _items[_head:], so both ends take amortized O(1)."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _view(self):
        return self._items[self._head:]

    def _set(self, items):
        self._items = items
        self._head = 0

    def append(self, x):
        self._items.append(x)
        m = self._maxlen
        if m is not None and len(self._items) - self._head > m:
            self.popleft()

    def appendleft(self, x):
        if self._head == 0:
            pad = max(8, len(self._items))
            self._items[0:0] = [None] * pad
            self._head = pad
        self._head -= 1
        self._items[self._head] = x
        m = self._maxlen
        if m is not None and len(self._items) - self._head > m:
            self.pop()

    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def pop(self):
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        x = self._items.pop()
        if len(self._items) == self._head:
            self._set([])
        return x

    def popleft(self):
        items, head = self._items, self._head
        if len(items) == head:
            raise IndexError('pop from an empty deque')
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            self._set([])
        elif head > 32 and head * 2 > len(items):
            del items[:head]
            self._head = 0
        else:
            self._head = head
        return x

    def clear(self):
        self._set([])

    def copy(self):
        return self.__class__(self._view(), self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._view().count(x)

    def index(self, x, *args):
        try:
            return self._view().index(x, *args)
        except ValueError:
            raise ValueError(f'{x!r} is not in deque') from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        v = self._view()
        v.insert(i, x)
        self._set(v)

    def remove(self, value):
        v = self._view()
        try:
            v.remove(value)
        except ValueError:
            raise ValueError(f'{value!r} is not in deque') from None
        self._set(v)

    def reverse(self):
        v = self._view()
        v.reverse()
        self._set(v)

    def rotate(self, n=1):
        if not isinstance(n, int):
            raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
        v = self._view()
        if v:
            n %= len(v)
            if n:
                self._set(v[-n:] + v[:-n])

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f'sequence index must be integer, not {type(i).__name__!r}')
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return i + self._head

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) != self._head

    def __iter__(self):
        return iter(self._view())

    def __reversed__(self):
        return reversed(self._view())

    def __contains__(self, x):
        return x in self._view()

    def _cmp(self, other):
        return isinstance(other, deque)

    def __eq__(self, other):
        return self._view() == other._view() if self._cmp(other) else NotImplemented

    def __ne__(self, other):
        return self._view() != other._view() if self._cmp(other) else NotImplemented

    def __lt__(self, other):
        return self._view() < other._view() if self._cmp(other) else NotImplemented

    def __le__(self, other):
        return self._view() <= other._view() if self._cmp(other) else NotImplemented

    def __gt__(self, other):
        return self._view() > other._view() if self._cmp(other) else NotImplemented

    def __ge__(self, other):
        return self._view() >= other._view() if self._cmp(other) else NotImplemented

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return self.__class__(self._view() + other._view(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return self.__class__(self._view() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._view() * n
        self._set([])
        self.extend(items)
        return self

    def __repr__(self):
        if self._maxlen is None:
            return f'{type(self).__name__}({self._view()!r})'
        return f'{type(self).__name__}({self._view()!r}, maxlen={self._maxlen})'


def _names_list(names):
    if len(names) == 1:
        return repr(names[0])
    if len(names) == 2:
        return f'{names[0]!r} and {names[1]!r}'
    return ', '.join(repr(n) for n in names[:-1]) + f', and {names[-1]!r}'


def _nt_new(cls, *args, **kwargs):
    fields = cls._fields
    where = f'{cls.__name__}.__new__()'
    if len(args) > len(fields):
        raise TypeError(f'{where} takes {len(fields) + 1} positional arguments but {len(args) + 1} were given')
    values = dict(zip(fields, args))
    for k, v in kwargs.items():
        if k not in fields:
            raise TypeError(f'{where} got an unexpected keyword argument {k!r}')
        if k in values:
            raise TypeError(f'{where} got multiple values for argument {k!r}')
        values[k] = v
    defaults = cls._field_defaults
    missing = [f for f in fields if f not in values and f not in defaults]
    if missing:
        s = '' if len(missing) == 1 else 's'
        raise TypeError(f'{where} missing {len(missing)} required positional argument{s}: {_names_list(missing)}')
    return tuple.__new__(cls, [values[f] if f in values else defaults[f] for f in fields])


def _nt_make(cls, iterable):
    values = tuple(iterable)
    if len(values) != len(cls._fields):
        raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(values)}')
    return tuple.__new__(cls, values)


def _nt_replace(self, /, **kwds):
    fields = self._fields
    unknown = [k for k in kwds if k not in fields]
    if unknown:
        raise TypeError(f'Got unexpected field names: {unknown!r}')
    return self._make([kwds.get(f, v) for f, v in zip(fields, self)])


def _nt_asdict(self):
    return dict(zip(self._fields, self))


def _nt_getnewargs(self):
    return tuple(self)


def _nt_set(self, value):
    raise AttributeError("can't set attribute")


def _nt_del(self):
    raise AttributeError("can't delete attribute")


def _nt_repr(self):
    inner = ', '.join(f'{f}={v!r}' for f, v in zip(self._fields, self))
    return f'{type(self).__name__}({inner})'


def _check_name(name):
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
    if name in _KEYWORDS:
        raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        _check_name(name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    ns = {
        '__slots__': (),
        '_fields': tuple(field_names),
        '_field_defaults': field_defaults,
        '__match_args__': tuple(field_names),
        '__module__': module if module is not None else '__main__',
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__new__': _nt_new,
        '_make': classmethod(_nt_make),
        '_replace': _nt_replace,
        '_asdict': _nt_asdict,
        '__getnewargs__': _nt_getnewargs,
        '__repr__': _nt_repr,
    }
    for index, name in enumerate(field_names):
        ns[name] = property(_itemgetter(index), _nt_set, _nt_del, f'Alias for field number {index}')
    return type(typename, (tuple,), ns)
