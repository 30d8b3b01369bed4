package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Numbers;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyIter;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.List;

/** The itertools module: the infinite and the terminating iterators (the combinatoric ones are in ItertoolsCombinatorics). */
final class ItertoolsModule implements NativeModule {
    @Override public String name() { return "itertools"; }

    /** A builtin iterator type of a native module (its instances are {@link PyIter}s). */
    static PyType type(PyDict d, String module, String name, PyBuiltin.Body constructor) {
        PyType t = new PyType(name, new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);
        t.module = module;
        t.constructor = constructor;
        Args.method(t, "__iter__", (a, k) -> a[0]);
        Args.method(t, "__next__", (a, k) -> {
            Object v = Ops.next(a[0]);
            if (v == null) throw stop();
            return v;
        });
        if (d != null) d.put(name, t);
        return t;
    }

    static dev.jpy.vm.object.PyRaise stop() {
        return new dev.jpy.vm.object.PyBaseException(Types.STOP_ITERATION, PyTuple.EMPTY).raise();
    }

    /** "cycle expected 1 argument, got 0": the count check of itertools' positional-only constructors. */
    static void exact(String name, Object[] a, PyTuple k, int min, int max) {
        if (k != null && k.items.length > 0) throw Errors.type(name + "() takes no keyword arguments");
        int n = a.length;
        if (n >= min && n <= max) return;
        String what = min == max ? "" : n < min ? "at least " : "at most ";
        int want = n < min ? min : max;
        throw Errors.type(name + " expected " + what + want + " argument" + (want == 1 ? "" : "s") + ", got " + n);
    }

    /** A required argument given by position or keyword ("repeat() missing required argument 'object' (pos 1)"). */
    static Object required(String fname, Object[] a, PyTuple k, int pos, String name) {
        Object v = pos < Args.npos(a, k) ? a[pos] : Args.kw(a, k, name);
        if (v == null) throw Errors.type(fname + "() missing required argument '" + name + "' (pos " + (pos + 1) + ")");
        return v;
    }

    static Object optional(Object[] a, PyTuple k, int pos, String name) {
        return pos < Args.npos(a, k) ? a[pos] : Args.kw(a, k, name);
    }

    @Override public void init(PyDict d) {
        type(d, "itertools", "count", ItertoolsModule::count);
        type(d, "itertools", "repeat", ItertoolsModule::repeat);
        PyType cycle = type(d, "itertools", "cycle", null);
        cycle.constructor = (a, k) -> {
            exact("cycle", a, k, 1, 1);
            Object it = Ops.iter(a[0]);
            return new PyIter(cycle) {
                final List<Object> saved = new ArrayList<>();
                int i = -1;

                @Override public Object next() {
                    if (i < 0) {
                        Object v = Ops.next(it);
                        if (v != null) { saved.add(v); return v; }
                        if (saved.isEmpty()) return null;
                        i = 0;
                    }
                    Object v = saved.get(i);
                    i = (i + 1) % saved.size();
                    return v;
                }
            };
        };
        PyType accumulate = type(d, "itertools", "accumulate", null);
        accumulate.constructor = (a, k) -> {
            Args.onlyKeywords("accumulate", k, "iterable", "func", "initial");
            Object it = Ops.iter(required("accumulate", a, k, 0, "iterable"));
            Object f = optional(a, k, 1, "func"), initial = Args.kw(a, k, "initial");
            Object func = f == PyNone.NONE ? null : f;
            return new PyIter(accumulate) {
                Object total = initial == PyNone.NONE ? null : initial;
                boolean first = true;

                @Override public Object next() {
                    if (first && total != null) { first = false; return total; }
                    first = false;
                    Object v = Ops.next(it);
                    if (v == null) return null;
                    total = total == null ? v : func == null ? Arith.binary(Numbers.ADD, total, v) : Ops.call(func, total, v);
                    return total;
                }
            };
        };
        PyType chain = type(d, "itertools", "chain", null);
        chain.constructor = (a, k) -> {
            Args.count("chain", a, k, 0, Integer.MAX_VALUE);
            return chainOf(chain, PyIter.ofArray(a, a.length, Types.TUPLE_ITERATOR));
        };
        chain.put("from_iterable", new dev.jpy.vm.object.PyProperty(dev.jpy.vm.object.PyProperty.Kind.CLASSMETHOD,
                new PyBuiltin("from_iterable", false, (a, k) -> chainOf(chain, Ops.iter(a[1])))));
        PyType compress = type(d, "itertools", "compress", null);
        compress.constructor = (a, k) -> {
            Args.onlyKeywords("compress", k, "data", "selectors");
            Object data = Ops.iter(required("compress", a, k, 0, "data")), sel = Ops.iter(required("compress", a, k, 1, "selectors"));
            return new PyIter(compress) {
                @Override public Object next() {
                    for (Object v, s; (v = Ops.next(data)) != null && (s = Ops.next(sel)) != null; ) if (Ops.truthy(s)) return v;
                    return null;
                }
            };
        };
        predicateIterators(d);
        PyType starmap = type(d, "itertools", "starmap", null);
        starmap.constructor = (a, k) -> {
            exact("starmap", a, k, 2, 2);
            Object f = a[0], it = Ops.iter(a[1]);
            return new PyIter(starmap) {
                @Override public Object next() {
                    Object v = Ops.next(it);
                    return v == null ? null : Ops.call(f, Ops.toList(v).toArray(), null);
                }
            };
        };
        PyType pairwise = type(d, "itertools", "pairwise", null);
        pairwise.constructor = (a, k) -> {
            exact("pairwise", a, k, 1, 1);
            Object it = Ops.iter(a[0]);
            return new PyIter(pairwise) {
                Object prev;

                @Override public Object next() {
                    if (prev == null && (prev = Ops.next(it)) == null) return null;
                    Object v = Ops.next(it);
                    if (v == null) return null;
                    PyTuple r = PyTuple.of(prev, v);
                    prev = v;
                    return r;
                }
            };
        };
        PyType batched = type(d, "itertools", "batched", null);
        batched.constructor = (a, k) -> {
            Args.onlyKeywords("batched", k, "iterable", "n");
            Object it = Ops.iter(required("batched", a, k, 0, "iterable"));
            long n = Ops.index(required("batched", a, k, 1, "n"));
            if (n < 1) throw Errors.value("n must be at least one");
            return new PyIter(batched) {
                @Override public Object next() {
                    List<Object> b = new ArrayList<>();
                    for (Object v; b.size() < n && (v = Ops.next(it)) != null; ) b.add(v);
                    return b.isEmpty() ? null : PyTuple.of(b.toArray());
                }
            };
        };
        ItertoolsSlicing.install(d);
        ItertoolsCombinatorics.install(d);
    }

    private static PyIter chainOf(PyType chain, Object sources) {
        return new PyIter(chain) {
            Object cur;

            @Override public Object next() {
                while (true) {
                    if (cur == null) {
                        Object src = Ops.next(sources);
                        if (src == null) return null;
                        cur = Ops.iter(src);
                    }
                    Object v = Ops.next(cur);
                    if (v != null) return v;
                    cur = null;
                }
            }
        };
    }

    /** dropwhile, takewhile and filterfalse. */
    private static void predicateIterators(PyDict d) {
        PyType dropwhile = type(d, "itertools", "dropwhile", null);
        dropwhile.constructor = (a, k) -> {
            exact("dropwhile", a, k, 2, 2);
            Object f = a[0], it = Ops.iter(a[1]);
            return new PyIter(dropwhile) {
                boolean dropping = true;

                @Override public Object next() {
                    for (Object v; (v = Ops.next(it)) != null; ) {
                        if (!dropping || !Ops.truthy(Ops.call(f, v))) { dropping = false; return v; }
                    }
                    return null;
                }
            };
        };
        PyType takewhile = type(d, "itertools", "takewhile", null);
        takewhile.constructor = (a, k) -> {
            exact("takewhile", a, k, 2, 2);
            Object f = a[0], it = Ops.iter(a[1]);
            return new PyIter(takewhile) {
                boolean done;

                @Override public Object next() {
                    if (done) return null;
                    Object v = Ops.next(it);
                    if (v != null && Ops.truthy(Ops.call(f, v))) return v;
                    done = true;
                    return null;
                }
            };
        };
        PyType filterfalse = type(d, "itertools", "filterfalse", null);
        filterfalse.constructor = (a, k) -> {
            exact("filterfalse", a, k, 2, 2);
            Object f = a[0], it = Ops.iter(a[1]);
            return new PyIter(filterfalse) {
                @Override public Object next() {
                    for (Object v; (v = Ops.next(it)) != null; ) {
                        if (!Ops.truthy(f == PyNone.NONE ? v : Ops.call(f, v))) return v;
                    }
                    return null;
                }
            };
        };
    }

    private static Object count(Object[] a, PyTuple k) {
        Args.onlyKeywords("count", k, "start", "step");
        if (a.length > 2) throw Errors.type("count() takes at most 2 arguments (" + a.length + " given)");
        Object start = optional(a, k, 0, "start"), step = optional(a, k, 1, "step");
        Object s0 = start == null ? PyInt.of(0) : start, st = step == null ? PyInt.of(1) : step;
        for (Object x : new Object[] {s0, st}) {
            if (!(x instanceof PyInt || x instanceof PyFloat || x instanceof dev.jpy.vm.object.PyComplex || x instanceof PyInstance)) {
                throw Errors.type("a number is required");
            }
        }
        boolean showStep = !(st instanceof PyInt i && !(st instanceof dev.jpy.vm.object.PyBool) && i.isSmall() && i.v == 1);
        return new PyIter(currentType("count")) {
            Object cur = s0;

            @Override public Object next() {
                Object v = cur;
                cur = Arith.binary(Numbers.ADD, cur, st);
                return v;
            }

            @Override public String repr() {
                return "count(" + Ops.repr(cur) + (showStep ? ", " + Ops.repr(st) : "") + ")";
            }
        };
    }

    private static Object repeat(Object[] a, PyTuple k) {
        Args.onlyKeywords("repeat", k, "object", "times");
        if (a.length > 2) throw Errors.type("repeat() takes at most 2 arguments (" + a.length + " given)");
        Object obj = required("repeat", a, k, 0, "object"), times = optional(a, k, 1, "times");
        long n = times == null ? -1 : Math.max(0, Ops.index(times));
        return new PyIter(currentType("repeat")) {
            long left = n;

            @Override public Object next() {
                if (left == 0) return null;
                if (left > 0) left--;
                return obj;
            }

            @Override public String repr() { return "repeat(" + Ops.repr(obj) + (left >= 0 ? ", " + left : "") + ")"; }
        };
    }

    /** The type object of this run's itertools module (count and repeat are made before they know it). */
    static PyType currentType(String name) {
        return (PyType) ModuleRegistry.load("itertools").dict.get(name);
    }
}
