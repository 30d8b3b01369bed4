package dev.jpy.vm.interp;

import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyProperty;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** A frame object as Python sees it (sys._getframe(), generator.gi_frame): a view of a running or suspended Frame. */
public final class PyFrameObj extends PyObject {
    public static final PyType TYPE = new PyType("frame", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);

    final Frame frame;

    PyFrameObj(Frame frame) { this.frame = frame; }

    @Override public PyType type() { return TYPE; }

    /** The frame object of f, or None for no frame. */
    public static Object of(Frame f) {
        if (f == null) return PyNone.NONE;
        return new PyFrameObj(f);
    }

    static void getter(PyType t, String name, PyBuiltin.Body body) {
        t.put(name, new PyProperty(PyProperty.Kind.PROPERTY, new PyBuiltin(name, false, body)));
    }

    static {
        getter(TYPE, "f_lineno", (a, k) -> { Frame f = ((PyFrameObj) a[0]).frame; return PyInt.of(f.code.lineOf(f.lasti)); });
        getter(TYPE, "f_code", (a, k) -> ((PyFrameObj) a[0]).frame.code);
        getter(TYPE, "f_back", (a, k) -> of(((PyFrameObj) a[0]).frame.back));
        getter(TYPE, "f_globals", (a, k) -> ((PyFrameObj) a[0]).frame.globals);
        getter(TYPE, "f_lasti", (a, k) -> PyInt.of(2L * ((PyFrameObj) a[0]).frame.lasti));
    }
}
