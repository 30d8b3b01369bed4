package dev.jpy.vm.object;

/** A member descriptor of __slots__ ({@code <member 'x' of 'P' objects>}): one slot value of the instances of its class. */
public final class PyMember extends PyObject {
    public final String name;
    public final PyType owner;
    /** The position of the value in {@link PyInstance#slotValues}. */
    public final int index;

    public PyMember(String name, PyType owner, int index) {
        this.name = name;
        this.owner = owner;
        this.index = index;
    }

    @Override public PyType type() { return Types.MEMBER_DESCRIPTOR; }

    /** The value on obj; AttributeError as CPython's when the slot is unset. */
    public Object get(Object obj) {
        Object v = values(obj, false) instanceof Object[] a && index < a.length ? a[index] : null;
        if (v == null) throw Errors.raise(Types.ATTRIBUTE_ERROR, "'" + Errors.typeName(obj) + "' object has no attribute '" + name + "'");
        return v;
    }

    /** The value on inst, or null when the slot is unset or inst is not an instance of the owner. */
    public Object valueOrNull(PyInstance inst) {
        Object[] a = inst.slotValues;
        return a != null && index < a.length && inst.type().isSubtype(owner) ? a[index] : null;
    }

    public void set(Object obj, Object value) {
        values(obj, true)[index] = value;
    }

    /** del obj.name: AttributeError naming only the slot when it is unset (as CPython words it). */
    public void delete(Object obj) {
        Object[] a = values(obj, false);
        if (a == null || index >= a.length || a[index] == null) throw Errors.raise(Types.ATTRIBUTE_ERROR, name);
        a[index] = null;
    }

    private Object[] values(Object obj, boolean grow) {
        if (!(obj instanceof PyObject o && o.type().isSubtype(owner))) {
            throw Errors.type("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '" + Errors.typeName(obj) + "' object");
        }
        Object[] a = obj instanceof PyInstance inst ? inst.slotValues : obj instanceof Derived d ? d.slotValues() : null;
        if (!(obj instanceof PyInstance) && !(obj instanceof Derived)) throw Errors.type("jpy keeps no slot values on '" + Errors.typeName(obj) + "' objects yet");
        if (grow && (a == null || index >= a.length)) {
            a = java.util.Arrays.copyOf(a == null ? new Object[0] : a, Math.max(index + 1, ((PyObject) obj).type().slotCount));
            if (obj instanceof PyInstance inst) inst.slotValues = a;
            else ((Derived) obj).setSlotValues(a);
        }
        return a;
    }

    @Override public String toString() { return "<member '" + name + "' of '" + owner.name + "' objects>"; }
}
