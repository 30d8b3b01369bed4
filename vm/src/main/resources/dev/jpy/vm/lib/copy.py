# jpy's copy module (run by dev.jpy.vm.builtins.CopyModule): shallow and deep copies of builtin containers
# and of instances (through __copy__/__deepcopy__, __getnewargs__, or a new object with a copied __dict__ and
# __slots__ values).


class Error(Exception):
    pass


error = Error

_ATOMIC = frozenset([type(None), int, float, bool, complex, str, bytes, range, type(len), type(lambda: 0),
                     type(Ellipsis), type(NotImplemented), property])


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        y = copier(memo) if copier is not None else _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)  # keep x alive, as CPython does
    return y


_PLAIN = (object, dict, list, tuple, set, frozenset)


def _reconstruct(x, memo):
    """A new object of x's class with x's state; memo is None for a shallow copy."""
    cls = type(x)
    deep = memo is not None
    for k in cls.__mro__:
        if k not in _PLAIN and '__reduce__' in k.__dict__:
            return _from_reduce(x, k.__dict__['__reduce__'](x), memo)
    newargs = getattr(x, '__getnewargs__', None)
    if newargs is not None:
        args = newargs()
        if deep:
            args = deepcopy(args, memo)
        y = cls(*args)
        if deep:
            memo[id(x)] = y
        return y
    y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state, slots = getstate(), None
    else:
        state, slots = getattr(x, '__dict__', None), _slot_state(x)
    if state or slots:
        if deep:
            state, slots = deepcopy(state, memo), deepcopy(slots, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate((state, slots) if slots else state)
        else:
            for k, v in (state or {}).items():
                setattr(y, k, v)
            for k, v in (slots or {}).items():
                setattr(y, k, v)
    if isinstance(x, dict):  # a dict or list subclass: its items too, as copyreg's dictitems and listitems
        _fill(y, None, iter(dict.items(x)), memo)
    elif isinstance(x, list):
        _fill(y, iter(list.__iter__(x)), None, memo)
    return y


def _slot_state(x):
    """The values of x's __slots__ members by name (private names mangled), as object.__getstate__ gives them."""
    state = {}
    for c in type(x).__mro__:
        names = c.__dict__.get('__slots__', ())
        for name in (names,) if isinstance(names, str) else names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__') and c.__name__.lstrip('_'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            try:
                state[name] = getattr(x, name)
            except AttributeError:
                pass
    return state


def _from_reduce(x, rv, memo):
    """The copy that x.__reduce__()'s (callable, args, state, listitems, dictitems) describes."""
    deep = memo is not None
    args = deepcopy(rv[1], memo) if deep else rv[1]
    y = rv[0](*args)
    if deep:
        memo[id(x)] = y
    state = rv[2] if len(rv) > 2 else None
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    _fill(y, rv[3] if len(rv) > 3 else None, rv[4] if len(rv) > 4 else None, memo)
    return y


def _fill(y, listitems, dictitems, memo):
    deep = memo is not None
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for k, v in dictitems:
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
