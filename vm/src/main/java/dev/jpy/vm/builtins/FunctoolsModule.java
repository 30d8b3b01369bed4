package dev.jpy.vm.builtins;

import dev.jpy.vm.run.ImportSystem;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFunction;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The functools module (a native stand-in for the pure-Python one): reduce, partial, wraps, lru_cache, cache here; the rest in lib/functools.py. */
final class FunctoolsModule implements NativeModule {
    @Override public String name() { return "functools"; }

    @Override public void init(PyDict d) {
        Args.def(d, "reduce", FunctoolsModule::reduce);
        cmpToKey(d);
        Args.def(d, "partial", FunctoolsModule::partial);
        Args.def(d, "wraps", (a, k) -> {
            Args.count("wraps", a, k, 1, 1);
            Object wrapped = a[0];
            return new PyBuiltin("update_wrapper", false, (b, kk) -> update(b[0], wrapped));
        });
        Args.def(d, "lru_cache", (a, k) -> {
            Object max = a.length > 0 && Args.npos(a, k) > 0 ? a[0] : Args.kw(a, k, "maxsize");
            if (max != null && max != PyNone.NONE && !(max instanceof PyInt)) return cached(max, 128, false);
            long limit = max == null ? 128 : max == PyNone.NONE ? -1 : Math.max(0, Ops.index(max));
            Object typedArg = Args.npos(a, k) > 1 ? a[1] : Args.kw(a, k, "typed");
            boolean typed = typedArg != null && Ops.truthy(typedArg);
            return new PyBuiltin("decorating_function", false, (b, kk) -> cached(b[0], limit, typed));
        });
        Args.def(d, "cache", (a, k) -> { Args.count("cache", a, k, 1, 1); return cached(a[0], -1, false); });
        PySource.run("functools", d);
    }

    private static Object reduce(Object[] a, PyTuple k) {
        Args.count("reduce", a, k, 2, 3);
        Object it = Ops.iter(a[1]), acc = a.length > 2 ? a[2] : Ops.next(it);
        if (acc == null) throw Errors.type("reduce() of empty iterable with no initial value");
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) acc = Ops.call(a[0], acc, x);
        return acc;
    }

    private static Object partial(Object[] a, PyTuple k) {
        int npos = Args.npos(a, k);
        if (npos < 1) throw Errors.type("type 'partial' takes at least one argument");
        Object fn = a[0];
        Object[] pre = java.util.Arrays.copyOfRange(a, 1, npos);
        Map<Object, Object> preKw = keywords(a, k);
        PyBuiltin p = new PyBuiltin("partial", false, (b, kk) -> {
            int n = Args.npos(b, kk);
            Map<Object, Object> kw = new LinkedHashMap<>(preKw);
            kw.putAll(keywords(b, kk));
            List<Object> args = new ArrayList<>(List.of(pre));
            args.addAll(List.of(b).subList(0, n));
            args.addAll(kw.values());
            return Ops.call(fn, args.toArray(), kw.isEmpty() ? null : PyTuple.of(kw.keySet().toArray()));
        });
        p.attrs = new PyDict();
        p.attrs.put("func", fn);
        p.attrs.put("args", PyTuple.of(pre));
        PyDict kws = new PyDict();
        preKw.forEach(kws.map::put);
        p.attrs.put("keywords", kws);
        return p;
    }

    /** The keyword arguments of a native call, in order. */
    private static Map<Object, Object> keywords(Object[] a, PyTuple k) {
        Map<Object, Object> kw = new LinkedHashMap<>();
        if (k == null) return kw;
        int base = a.length - k.items.length;
        for (int i = 0; i < k.items.length; i++) kw.put(k.items[i], a[base + i]);
        return kw;
    }

    private static Object update(Object wrapper, Object wrapped) {
        if (wrapper instanceof PyFunction w) {
            if (wrapped instanceof PyBuiltin b) {
                w.name = b.name;
                w.qualname = b.name;
            }
            if (wrapped instanceof PyFunction f) {
                w.name = f.name;
                w.qualname = f.qualname;
                w.doc = f.doc;
                if (f.dict != null) {
                    if (w.dict == null) w.dict = new PyDict();
                    w.dict.map.putAll(f.dict.map);
                }
            }
            if (!(wrapped instanceof PyFunction) && !(wrapped instanceof PyBuiltin b && b.attrs == null)) { // lru_cache's wrapper
                Object doc = Ops.getattrOrNull(wrapped, new PyStr("__doc__"));
                if (doc != null) w.doc = doc;
                if (Ops.getattrOrNull(wrapped, new PyStr("__qualname__")) instanceof PyStr q) w.qualname = q.s;
            }
            if (w.dict == null) w.dict = new PyDict();
            w.dict.put("__wrapped__", wrapped);
        }
        return wrapper;
    }

    /** The lru_cache wrapper of fn; with typed, arguments of different types (1 and 1.0) are cached apart. */
    private static Object cached(Object fn, long limit, boolean typed) {
        Map<Object, Object> cache = limit < 0 ? new HashMap<>() : new LinkedHashMap<>(16, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<Object, Object> e) { return size() > limit; }
        };
        long[] stats = new long[2];
        PyBuiltin w = new PyBuiltin(fn instanceof PyFunction f ? f.name : "lru_cache_wrapper", false, (b, kk) -> {
            Object key = kk == null ? PyTuple.of(b.clone()) : PyTuple.of(PyTuple.of(b.clone()), kk);
            // as CPython's key: one exact int or str argument is its own key (so f(1) and f(1.0) are cached apart)
            if (!typed && kk == null && b.length == 1 && (b[0].getClass() == PyInt.class || b[0].getClass() == PyStr.class)) key = b[0];
            if (typed) {
                Object[] types = new Object[b.length];
                for (int i = 0; i < b.length; i++) types[i] = ((dev.jpy.vm.object.PyObject) b[i]).type();
                key = PyTuple.of(key, PyTuple.of(types));
            }
            Object r = cache.get(key);
            if (r == null) {
                stats[1]++;
                r = Ops.call(fn, b, kk);
                if (limit != 0) cache.put(key, r);
            } else {
                stats[0]++;
            }
            return r;
        });
        w.attrs = new PyDict();
        for (String name : new String[] {"__module__", "__qualname__", "__doc__"}) { // update_wrapper's assignments
            Object v = Ops.getattrOrNull(fn, new PyStr(name));
            if (v != null) w.attrs.put(name, v);
        }
        w.attrs.put("__wrapped__", fn);
        w.attrs.put("cache_info", new PyBuiltin("cache_info", false, (b, kk) -> {
            return Ops.call(cacheInfoType(), PyInt.of(stats[0]), PyInt.of(stats[1]), limit < 0 ? PyNone.NONE : PyInt.of(limit), PyInt.of(cache.size()));
        }));
        w.attrs.put("cache_parameters", new PyBuiltin("cache_parameters", false, (b, kk) -> {
            PyDict params = new PyDict();
            params.put("maxsize", limit < 0 ? PyNone.NONE : PyInt.of(limit));
            params.put("typed", dev.jpy.vm.object.PyBool.of(typed));
            return params;
        }));
        w.attrs.put("cache_clear", new PyBuiltin("cache_clear", false, (b, kk) -> {
            cache.clear();
            stats[0] = stats[1] = 0;
            return PyNone.NONE;
        }));
        return w;
    }

    private static Object cacheInfo;

    /** functools' CacheInfo: collections.namedtuple('CacheInfo', 'hits misses maxsize currsize'), made on first use. */
    private static synchronized Object cacheInfoType() {
        if (cacheInfo == null) {
            Object nt = Ops.getattr(ImportSystem.importModule("collections", new PyDict(), PyNone.NONE, 0), new PyStr("namedtuple"));
            cacheInfo = Ops.call(nt, new PyStr("CacheInfo"), new PyStr("hits misses maxsize currsize"));
        }
        return cacheInfo;
    }

    /** cmp_to_key(mycmp): a key class whose rich comparisons ask mycmp (a functools.KeyWrapper per value). */
    private static void cmpToKey(PyDict d) {
        PyDict ns = new PyDict();
        ns.put("__module__", new PyStr("functools"));
        dev.jpy.vm.object.PyType keyType = (dev.jpy.vm.object.PyType) Ops.call(dev.jpy.vm.object.Types.TYPE, new PyStr("KeyWrapper"),
                PyTuple.of(dev.jpy.vm.object.Types.OBJECT), ns);
        String[] ops = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < ops.length; i++) {
            int op = i;
            Args.method(keyType, ops[i], (a, k) -> {
                var self = (dev.jpy.vm.object.PyInstance) a[0];
                if (!(a[1] instanceof dev.jpy.vm.object.PyInstance other) || other.type() != keyType) throw Errors.type("other argument must be K instance");
                long c = Ops.index(Ops.call(self.dict.get("cmp"), self.dict.get("obj"), other.dict.get("obj")));
                return dev.jpy.vm.object.PyBool.of(switch (op) {
                    case 0 -> c < 0;
                    case 1 -> c <= 0;
                    case 2 -> c == 0;
                    case 3 -> c != 0;
                    case 4 -> c > 0;
                    default -> c >= 0;
                });
            });
        }
        Args.def(d, "cmp_to_key", (a, k) -> {
            Args.count("cmp_to_key", a, k, 1, 1);
            Object cmp = a[0];
            return new PyBuiltin("K", false, (b, kk) -> {
                Args.count("K", b, kk, 1, 1);
                var w = new dev.jpy.vm.object.PyInstance(keyType);
                w.dict.put("obj", b[0]);
                w.dict.put("cmp", cmp);
                return w;
            });
        });
    }
}
