package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Repr;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * {@code weakref}: ref, proxy, the weak dictionaries, WeakSet and finalize in Python (lib/weakref.py) over natives that
 * hold a {@link WeakReference}. An object dies when the JVM's collector finds it unreachable, not when its last
 * reference goes away as in CPython: a ref answers its object while the object is reachable, and the callbacks of
 * dead objects' refs run when weakref next looks (a new ref, a weak container's operation, {@code gc.collect()}).
 */
final class WeakrefModule implements NativeModule {
    /** The builtin types CPython gives a weak-reference list; instances of classes are judged by __weakref__. */
    private static final Set<String> WEAKREFABLE = Set.of("type", "function", "builtin_function_or_method", "method",
            "set", "frozenset", "module", "generator", "coroutine", "async_generator", "code", "functools.partial",
            "re.Pattern");

    @Override public String name() { return "weakref"; }

    /** A weak reference to a referent, naming the Python ref whose callback must run when the referent dies. */
    private static final class Tracked extends WeakReference<Object> {
        final Object owner;
        final long seq;
        boolean reported;

        Tracked(Object referent, Object owner, ReferenceQueue<Object> queue, long seq) {
            super(referent, owner == null ? null : queue);
            this.owner = owner;
            this.seq = seq;
        }
    }

    @Override public void init(PyDict d) {
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        Set<Tracked> watched = Collections.newSetFromMap(new WeakHashMap<>());
        long[] made = {0};
        Args.def(d, "_check", (a, k) -> {
            if (!weakrefable(a[0])) throw Errors.type("cannot create weak reference to " + dev.jpy.vm.object.Ops.repr(new PyStr(Errors.typeName(a[0]))) + " object");
            return PyNone.NONE;
        });
        Args.def(d, "_cell", (a, k) -> {
            Tracked t = new Tracked(a[0], a.length > 1 && a[1] != PyNone.NONE ? a[1] : null, queue, made[0]++);
            if (t.owner != null) watched.add(t);
            return new PyBuiltin("_cell", false, (b, kk) -> {
                Object o = t.get();
                return o == null ? PyNone.NONE : o;
            });
        });
        Args.def(d, "_collected", (a, k) -> {
            List<Tracked> dead = new ArrayList<>();
            boolean scan = a.length > 0 && a[0] != PyNone.NONE && dev.jpy.vm.object.Ops.truthy(a[0]);
            if (scan) {
                for (Tracked t : new ArrayList<>(watched)) if (t.refersTo(null)) report(t, dead);
            }
            for (Object r; (r = queue.poll()) != null; ) report((Tracked) r, dead);
            dead.sort((x, y) -> Long.compare(y.seq, x.seq)); // the newest ref's callback first, as CPython
            List<Object> owners = new ArrayList<>();
            for (Tracked t : dead) owners.add(t.owner);
            return new PyList(owners);
        });
        Args.def(d, "_addr", (a, k) -> new PyStr(Repr.address(a[0])));
        PySource.run("weakref", d);
        PySource.run("weakref_containers", d);
    }

    private static void report(Tracked t, List<Tracked> dead) {
        if (t.reported) return;
        t.reported = true;
        dead.add(t);
    }

    /** Whether CPython lets a weak reference point at o. */
    static boolean weakrefable(Object o) {
        PyType t = ((PyObject) o).type();
        for (PyType c : t.mro) {
            if (c.heap ? c.dict.get("__weakref__") != null : WEAKREFABLE.contains(c.name)) return true;
        }
        return false;
    }
}
