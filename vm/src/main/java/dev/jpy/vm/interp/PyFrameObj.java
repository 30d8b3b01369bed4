package dev.jpy.vm.interp;

import dev.jpy.marshal.model.LocalKind;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyCell;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyProperty;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Repr;
import dev.jpy.vm.object.Types;

/**
 * A frame object as Python sees it (sys._getframe(), tb.tb_frame, generator.gi_frame): a view of a running or
 * suspended Frame, made only when asked for and then kept on the Frame, so the same frame gives the same object.
 */
public final class PyFrameObj extends PyObject {
    public static final PyType TYPE = new PyType("frame", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);

    final Frame frame;

    PyFrameObj(Frame frame) { this.frame = frame; }

    @Override public PyType type() { return TYPE; }

    /** The frame object of f, or None for no frame. */
    public static Object of(Frame f) {
        if (f == null) return PyNone.NONE;
        if (f.view == null) f.view = new PyFrameObj(f);
        return f.view;
    }

    static void getter(PyType t, String name, PyBuiltin.Body body) {
        t.put(name, new PyProperty(PyProperty.Kind.PROPERTY, new PyBuiltin(name, false, body)));
    }

    /** locals() of a function frame: a snapshot of its bound local, cell and free variables. */
    public static PyDict fastLocals(Frame f) {
        PyDict d = new PyDict();
        for (int i = 0; i < f.code.nlocalsplus; i++) {
            Object v = f.s[i];
            if (v instanceof PyCell c && (f.code.kinds[i] & (LocalKind.CELL | LocalKind.FREE)) != 0) v = c.value;
            if (v != null) d.put(f.code.code.localName(i), v);
        }
        return d;
    }

    private static Frame frame(Object[] a) { return ((PyFrameObj) a[0]).frame; }

    private static int line(Frame f) { return f.code.lineOf(f.lasti); }

    static {
        getter(TYPE, "f_lineno", (a, k) -> PyInt.of(line(frame(a))));
        getter(TYPE, "f_code", (a, k) -> frame(a).code);
        getter(TYPE, "f_back", (a, k) -> of(frame(a).back));
        getter(TYPE, "f_globals", (a, k) -> frame(a).globals);
        getter(TYPE, "f_builtins", (a, k) -> frame(a).builtins);
        getter(TYPE, "f_locals", (a, k) -> frame(a).locals != null ? frame(a).locals : fastLocals(frame(a)));
        getter(TYPE, "f_lasti", (a, k) -> PyInt.of(2L * frame(a).lasti));
        getter(TYPE, "f_trace", (a, k) -> PyNone.NONE);
        PyBuiltin repr = new PyBuiltin("__repr__", true, (a, k) -> {
            Frame f = frame(a);
            return new PyStr("<frame at " + Repr.address(a[0]) + ", file " + Repr.repr(new PyStr(f.code.filename)) + ", line " + line(f)
                    + ", code " + f.code.name + ">");
        });
        repr.owner = "frame";
        TYPE.put("__repr__", repr);
        PyBuiltin clear = new PyBuiltin("clear", true, (a, k) -> PyNone.NONE);
        clear.owner = "frame";
        TYPE.put("clear", clear);
    }
}
