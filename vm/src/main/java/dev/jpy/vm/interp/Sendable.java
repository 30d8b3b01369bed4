package dev.jpy.vm.interp;

import dev.jpy.vm.builtins.Args;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/**
 * What SEND and throw() delegation drive: generators, coroutines and the awaitables of coroutines and async
 * generators. {@link #send} and {@link #throwIn} return the next yielded value, or null once finished, after
 * which {@link #result} is the return value (what StopIteration carries).
 */
public interface Sendable {
    Object send(Object value);

    Object throwIn(PyRaise e);

    void close();

    Object result();

    /** The StopIteration that send() raises in Python once this has finished. */
    default PyRaise stop() {
        Object r = result();
        return new PyBaseException(Types.STOP_ITERATION, r == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(r)).raise();
    }

    /** Python's send/throw/close (and __next__ and __iter__ when iterable) on a type whose instances are Sendable. */
    static void install(PyType t, boolean iterable) {
        Args.method(t, "send", (a, k) -> {
            Args.methodCount("send", a, k, 1, 1);
            Sendable g = (Sendable) a[0];
            Object y = g.send(a[1]);
            if (y == null) throw g.stop();
            return y;
        });
        Args.method(t, "throw", (a, k) -> {
            Args.methodCount("throw", a, k, 1, 3);
            Sendable g = (Sendable) a[0];
            Object y = g.throwIn(new PyRaise(thrown(a)));
            if (y == null) throw g.stop();
            return y;
        });
        Args.method(t, "close", (a, k) -> { ((Sendable) a[0]).close(); return PyNone.NONE; });
        if (!iterable) return;
        Args.method(t, "__iter__", (a, k) -> a[0]);
        Args.method(t, "__next__", (a, k) -> {
            Sendable g = (Sendable) a[0];
            Object y = g.send(PyNone.NONE);
            if (y == null) throw g.stop();
            return y;
        });
    }

    /** The exception throw(typ[, val[, tb]]) raises: an instance, or the type called with the value. */
    private static PyBaseException thrown(Object[] a) {
        if (a.length > 2 && a[2] != PyNone.NONE && a[1] instanceof PyType t) {
            if (a[2] instanceof PyBaseException e && e.type().isSubtype(t)) return e;
            return Rare.instantiate(dev.jpy.vm.object.Ops.call(t, a[2] instanceof PyTuple tup ? tup.items : new Object[] {a[2]}));
        }
        return Rare.instantiate(a[1]);
    }
}
