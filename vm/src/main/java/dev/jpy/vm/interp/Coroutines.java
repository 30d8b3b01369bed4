package dev.jpy.vm.interp;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.vm.builtins.Args;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyCodeObj;
import dev.jpy.vm.object.PyFunction;
import dev.jpy.vm.object.PyIter;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** The await machinery: GET_AWAITABLE, async with / async for opcodes, CLEANUP_THROW, the coroutine type and types.coroutine. */
public final class Coroutines {
    private Coroutines() {}

    public static final PyType WRAPPER = new PyType("coroutine_wrapper", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);

    /** The coroutine-only opcodes; returns the new sp. */
    static int execute(Frame f, Opcode op, int arg, int sp) {
        Object[] s = f.s;
        switch (op) {
            case GET_AWAITABLE -> s[sp - 1] = awaitable(s[sp - 1], arg);
            case GET_AITER -> s[sp - 1] = aiter(s[sp - 1]);
            case GET_ANEXT -> { s[sp] = anext(s[sp - 1]); sp++; }
            case END_ASYNC_FOR -> {
                PyBaseException e = (PyBaseException) s[sp - 1];
                if (!e.type().isSubtype(Types.STOP_ASYNC_ITERATION)) throw new PyRaise(e, true);
                s[--sp] = null;
                s[--sp] = null;
            }
            case BEFORE_ASYNC_WITH -> {
                Object mgr = s[sp - 1];
                PyType t = ((PyObject) mgr).type();
                if (t.lookup("__aenter__") == null) throw Errors.type("'" + t.name + "' object does not support the asynchronous context manager protocol");
                if (t.lookup("__aexit__") == null) {
                    throw Errors.type("'" + t.name + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                }
                s[sp - 1] = Ops.getattr(mgr, dev.jpy.vm.object.PyStr.intern("__aexit__"));
                s[sp++] = Ops.callSpecial(mgr, "__aenter__");
            }
            case CLEANUP_THROW -> {
                PyBaseException e = (PyBaseException) s[sp - 1];
                if (!e.type().isSubtype(Types.STOP_ITERATION)) throw new PyRaise(e, true);
                Object[] args = e.args.items;
                s[sp - 3] = PyNone.NONE;
                s[sp - 2] = args.length > 0 ? args[0] : PyNone.NONE;
                s[--sp] = null;
            }
            default -> throw Errors.raise(Types.SYSTEM_ERROR, "jpy cannot execute " + op + " yet");
        }
        return sp;
    }

    /** True for coroutines and generator-based (types.coroutine) coroutines: what await takes as it is. */
    static boolean isCoroutine(Object o) {
        return o instanceof Generator g && (g.kind == Generator.Kind.COROUTINE || g.iterableCoroutine());
    }

    /** GET_AWAITABLE: the iterator await drives; where says what produced it (1 __aenter__, 2 __aexit__). */
    static Object awaitable(Object o, int where) {
        PyType t = ((PyObject) o).type();
        if (!isCoroutine(o) && t.lookup("__await__") == null) {
            if (where == 1 || where == 2) {
                throw Errors.type("'async with' received an object from " + (where == 1 ? "__aenter__" : "__aexit__")
                        + " that does not implement __await__: " + t.name);
            }
        }
        Object it = awaitableIter(o);
        if (it instanceof Generator g && g.kind == Generator.Kind.COROUTINE && g.delegate() != null) {
            throw Errors.raise(Types.RUNTIME_ERROR, "coroutine is being awaited already");
        }
        return it;
    }

    /** CPython's _PyCoro_GetAwaitableIter: a coroutine itself, else what __await__ returns, checked. */
    static Object awaitableIter(Object o) {
        if (isCoroutine(o)) return o;
        Object r = Ops.callSpecial(o, "__await__");
        if (r == null) throw Errors.type("object " + Errors.typeName(o) + " can't be used in 'await' expression");
        if (isCoroutine(r)) throw Errors.type("__await__() returned a coroutine");
        if (!isIterator(r)) throw Errors.type("__await__() returned non-iterator of type '" + Errors.typeName(r) + "'");
        return r;
    }

    static boolean isIterator(Object o) {
        return o instanceof PyIter it ? it.iterable() : ((PyObject) o).type().lookup("__next__") != null;
    }

    private static Object aiter(Object o) {
        PyType t = ((PyObject) o).type();
        if (t.lookup("__aiter__") == null) throw Errors.type("'async for' requires an object with __aiter__ method, got " + t.name);
        Object it = Ops.callSpecial(o, "__aiter__");
        if (((PyObject) it).type().lookup("__anext__") == null) {
            throw Errors.type("'async for' received an object from __aiter__ that does not implement __anext__: " + Errors.typeName(it));
        }
        return it;
    }

    private static Object anext(Object aiter) {
        if (aiter instanceof Generator g && g.kind == Generator.Kind.ASYNC_GENERATOR) return new AsyncGen.ASend(g, PyNone.NONE);
        PyType t = ((PyObject) aiter).type();
        if (t.lookup("__anext__") == null) throw Errors.type("'async for' requires an iterator with __anext__ method, got " + t.name);
        Object next = Ops.callSpecial(aiter, "__anext__");
        try {
            return awaitableIter(next);
        } catch (PyRaise e) {
            PyBaseException te = new PyBaseException(Types.TYPE_ERROR, dev.jpy.vm.object.PyTuple.of(
                    new dev.jpy.vm.object.PyStr("'async for' received an invalid object from __anext__: " + Errors.typeName(next))));
            te.cause = e.exc;
            te.context = e.exc;
            te.suppressContext = true;
            throw te.raise();
        }
    }

    /** coroutine.__await__(): an iterator over the coroutine. */
    static final class Wrapper extends PyIter implements Sendable {
        final Generator coro;

        Wrapper(Generator coro) {
            super(WRAPPER);
            this.coro = coro;
        }

        @Override public Object next() { return coro.send(PyNone.NONE); }

        @Override public Object send(Object value) { return coro.send(value); }

        @Override public Object throwIn(PyRaise e) { return coro.throwIn(e); }

        @Override public void close() { coro.close(); }

        @Override public Object result() { return coro.result(); }
    }

    /** types.coroutine(func): a generator function made awaitable (its code gets CO_ITERABLE_COROUTINE); others as they are. */
    public static Object typesCoroutine(Object func) {
        if (!Ops.callable(func)) throw Errors.type("types.coroutine() expects a callable");
        if (!(func instanceof PyFunction fn)) return func;
        PyCode c = fn.code.code;
        if ((c.flags() & (Generator.CO_COROUTINE | Generator.CO_ITERABLE_COROUTINE)) != 0 || (c.flags() & Generator.CO_GENERATOR) == 0) return func;
        PyCode marked = new PyCode(c.argCount(), c.posOnlyArgCount(), c.kwOnlyArgCount(), c.stackSize(), c.flags() | Generator.CO_ITERABLE_COROUTINE,
                c.code(), c.consts(), c.names(), c.localsPlusNames(), c.localsPlusKinds(), c.filename(), c.name(), c.qualname(), c.firstLineNo(),
                c.lineTable(), c.exceptionTable());
        PyFunction out = new PyFunction(new PyCodeObj(marked, fn.code.instr, fn.code.consts, fn.code.names), fn.globals);
        out.defaults = fn.defaults;
        out.kwdefaults = fn.kwdefaults;
        out.annotations = fn.annotations;
        out.closure = fn.closure;
        out.name = fn.name;
        out.qualname = fn.qualname;
        out.doc = fn.doc;
        out.dict = fn.dict;
        return out;
    }

    static void install() {
        Sendable.install(Generator.COROUTINE, false);
        GeneratorThrow.install(Generator.COROUTINE, "cr_");
        PyFrameObj.getter(Generator.COROUTINE, "cr_origin", (a, k) -> PyNone.NONE);
        Args.method(Generator.COROUTINE, "__await__", (a, k) -> new Wrapper((Generator) a[0]));
        Sendable.install(WRAPPER, true);
    }
}
