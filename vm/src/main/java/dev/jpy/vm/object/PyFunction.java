package dev.jpy.vm.object;

/** A function defined in Python: code, globals, defaults, keyword defaults, closure and attributes. */
public final class PyFunction extends PyObject {
    public final PyCodeObj code;
    public final PyDict globals;
    public PyTuple defaults;
    public PyDict kwdefaults;
    public Object annotations;
    public PyCell[] closure;
    public String name, qualname;
    public Object doc = PyNone.NONE;
    public PyDict dict;

    public PyFunction(PyCodeObj code, PyDict globals) {
        this.code = code;
        this.globals = globals;
        this.name = code.name;
        this.qualname = code.qualname;
        if (code.consts.length > 0 && code.consts[0] instanceof PyStr s) doc = s;
    }

    @Override public PyType type() { return Types.FUNCTION; }
}
