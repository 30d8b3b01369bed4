"""jpy's weakref, first part: ref (ReferenceType), proxy (ProxyType, CallableProxyType), getweakrefcount, getweakrefs,
WeakMethod and finalize.

Run by dev.jpy.vm.builtins.WeakrefModule (through PySource) as the body of the native 'weakref' module, followed by
weakref_containers.py (WeakValueDictionary, WeakKeyDictionary, WeakSet). The natives: _check(obj) raises CPython's
TypeError for an object weak references cannot point at; _cell(obj, owner=None) gives a callable answering obj, or
None once the JVM has collected it (and, with an owner, reports the owner through _collected(scan) after that);
_addr(obj) is the address reprs show.

Where jpy differs from CPython: an object dies when the JVM's garbage collector finds it unreachable, not at the
moment its last reference goes (``del x`` does not kill it at once). A ref answers its object for as long as the
object is reachable; callbacks and finalizers run when weakref next looks after the collection (a new ref, an
operation of a weak container, gc.collect(), which asks the JVM for a full collection first); finalizers still alive
at exit run then (atexit=True), as in CPython.
"""
import sys as _sys
from types import GenericAlias as _GenericAlias

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceError", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

_get = object.__getattribute__  # reads a ref's or a proxy's own slots (a proxy forwards plain attribute reads)
_registry = {}  # id(referent) -> cells of the refs and proxies to it (weak: a registry entry keeps no ref alive)
_made = [0]


def _poll(scan=False):
    """Runs the callbacks of the refs whose referents the JVM has collected (scan: look at every ref, not the queue)."""
    for r in _collected(scan):
        cb = _get(r, '_callback')
        object.__setattr__(r, '_callback', None)
        if cb is not None:
            try:
                cb(r)
            except Exception:
                _unraisable("Exception ignored while calling weakref callback %r" % (cb,))


def _unraisable(what):
    import traceback
    print(what + ":", file=_sys.stderr)
    traceback.print_exc()


def _refs_of(ob):
    """The live refs and proxies to ob, oldest first (dropping what has died from ob's registry entry)."""
    cells = _registry.get(id(ob))
    if not cells:
        return []
    live, keep = [], []
    for c in cells:
        r = c()
        target = _get(r, '_cell')() if r is not None else None
        if target is not None:
            keep.append(c)
            if target is ob:
                live.append(r)
    if keep:
        cells[:] = keep
    else:
        del _registry[id(ob)]
    return live


def _register(ob, r):
    _registry.setdefault(id(ob), []).append(_cell(r))
    _made[0] += 1
    if _made[0] % 512 == 0:
        for key in list(_registry):
            cells = [c for c in _registry[key] if c() is not None and _get(c(), '_cell')() is not None]
            if cells:
                _registry[key] = cells
            else:
                del _registry[key]


def _basic(cls, ob, callback):
    """An existing callback-less ref or proxy of exactly cls to ob, which CPython hands out again."""
    if callback is None:
        for r in _refs_of(ob):
            if type(r) is cls and _get(r, '_callback') is None:
                return r
    return None


class ReferenceType:
    """ref(object[, callback]): a weak reference; calling it gives the object, or None once it is gone."""

    __slots__ = ('_cell', '_callback', '_hash')

    def __new__(cls, ob, callback=None, /):
        _check(ob)
        _poll()
        if cls is ReferenceType and (r := _basic(cls, ob, callback)) is not None:
            return r
        self = object.__new__(cls)
        self._callback = callback
        self._hash = None
        self._cell = _cell(ob, self if callback is not None else None)
        _register(ob, self)
        return self

    def __init__(self, ob, callback=None, /):
        pass

    def __call__(self):
        return self._cell()

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            ob = self._cell()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self._cell(), other._cell()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self._cell(), other._cell()
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        ob = self._cell()
        if ob is None:
            return "<weakref at %s; dead>" % _addr(self)
        name = getattr(ob, '__name__', None)
        tail = " (%s)" % name if isinstance(name, str) else ""
        return "<weakref at %s; to '%s' at %s%s>" % (_addr(self), type(ob).__name__, _addr(ob), tail)

    __class_getitem__ = classmethod(_GenericAlias)


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


def _target(p):
    ob = _get(p, '_cell')()
    if ob is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return ob


class ProxyType:
    """proxy(object[, callback]): stands for the object (attributes and operators) while it lives."""

    __slots__ = ('_cell', '_callback')

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        ob = _target(self)
        return "<weakproxy at %s; to '%s' at %s>" % (_addr(self), type(ob).__name__, _addr(ob))

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __reversed__(self):
        return reversed(_target(self))


def _forward(name):
    def method(self, *args):
        return getattr(_target(self), name)(*args)
    method.__name__ = name
    return method


for _name in ('len', 'contains', 'getitem', 'setitem', 'delitem', 'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'neg', 'pos',
              'abs', 'invert', 'int', 'float', 'index', 'bytes'):
    setattr(ProxyType, '__%s__' % _name, _forward('__%s__' % _name))
for _name in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift',
              'and', 'or', 'xor'):
    for _form in ('__%s__', '__r%s__') if _name == 'divmod' else ('__%s__', '__r%s__', '__i%s__'):
        setattr(ProxyType, _form % _name, _forward(_form % _name))
del _name, _form


class CallableProxyType(ProxyType):
    """A proxy to a callable object: calling it calls the object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None, /):
    """A proxy to ob (a CallableProxyType when ob is callable)."""
    _check(ob)
    _poll()
    cls = CallableProxyType if callable(ob) else ProxyType
    if (p := _basic(cls, ob, callback)) is not None:
        return p
    p = object.__new__(cls)
    object.__setattr__(p, '_callback', callback)
    object.__setattr__(p, '_cell', _cell(ob, p if callback is not None else None))
    _register(ob, p)
    return p


def getweakrefcount(ob, /):
    """The number of weak references and proxies to ob."""
    return len(_refs_of(ob))


def getweakrefs(ob, /):
    """The weak references and proxies to ob: in CPython's order, the callback-less ref, then the callback-less
    proxy, then the others, the newest first."""
    refs = _refs_of(ob)
    basic = [r for r in refs if type(r) in (ReferenceType, ProxyType, CallableProxyType) and _get(r, '_callback') is None]
    basic.sort(key=lambda r: type(r) is not ReferenceType)
    return basic + [r for r in reversed(refs) if not any(r is b for b in basic)]


class WeakMethod(ref):
    """A weak reference to a bound method: it lives while both the object and the function do."""

    __slots__ = ("_func_ref",)

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            a, b = self._cell(), other._cell()
            if a is None or b is None:
                return self is other
            return a == b and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self.__eq__(other)
        return NotImplemented

    __hash__ = ref.__hash__


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj dies, when called, or at exit."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index = [0]
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            try:
                import atexit
                atexit.register(finalize._exitfunc)
            except ImportError:
                pass
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._index[0]
        finalize._index[0] += 1
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %s; dead>' % (type(self).__name__, _addr(self))
        return '<%s object at %s; for %r at %s>' % (type(self).__name__, _addr(self), type(obj).__name__, _addr(obj))

    @classmethod
    def _exitfunc(cls):
        """At exit: the finalizers still pending with atexit set, the newest first."""
        try:
            _poll(True)
            pending = sorted((i.index, f) for f, i in cls._registry.items() if i.atexit)
            for _, f in reversed(pending):
                try:
                    f()
                except Exception:
                    _sys.excepthook(*_sys.exc_info())
        finally:
            finalize._shutdown = True
