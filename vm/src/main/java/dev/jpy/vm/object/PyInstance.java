package dev.jpy.vm.object;

/** An instance of a class defined in Python: its type and its {@code __dict__}. */
public class PyInstance extends PyObject {
    private PyType type;
    /** The instance's __dict__ (replaced by an assignment to __dict__). */
    public PyDict dict = new PyDict();
    /** The values of the __slots__ members (indexed by {@link PyMember#index}; null entries are unset), or null. */
    public Object[] slotValues;

    public PyInstance(PyType type) { this.type = type; }

    @Override public PyType type() { return type; }

    public void setType(PyType t) { this.type = t; }

    @Override public boolean equals(Object o) { return o instanceof PyObject p && Ops.eqForKey(this, p); }

    /** As every builtin key: (int) of the Python hash, so equal keys of different types meet in a dict. */
    @Override public int hashCode() { return (int) Ops.hash(this); }
}
