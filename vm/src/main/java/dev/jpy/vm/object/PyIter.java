package dev.jpy.vm.object;

/** An iterator written in Java: {@link #next()} returns null at the end (no exception on the ordinary path). */
public abstract class PyIter extends PyObject {
    private final PyType type;

    protected PyIter(PyType type) { this.type = type; }

    /** The next item, or null when exhausted. */
    public abstract Object next();

    /** False for Java objects that have next() but are not Python iterators (coroutines, async generators). */
    public boolean iterable() { return true; }

    @Override public PyType type() { return type; }

    /** The repr of iterators that have one in CPython (itertools.count, repeat), else null for the default. */
    public String repr() { return null; }

    /** An iterator over an array slice. */
    public static PyIter ofArray(Object[] a, int n, PyType type) {
        return new PyIter(type) {
            int i;

            @Override public Object next() { return i < n ? a[i++] : null; }
        };
    }

    /** An iterator over a Java iterator (of a snapshot or a live collection). */
    public static PyIter ofJava(java.util.Iterator<?> it, PyType type) {
        return new PyIter(type) {
            @Override public Object next() { return it.hasNext() ? it.next() : null; }
        };
    }
}
