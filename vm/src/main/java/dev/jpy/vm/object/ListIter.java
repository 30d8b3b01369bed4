package dev.jpy.vm.object;

/** iter(list): a final class, so that FOR_ITER can call it directly instead of through PyIter's virtual next(). */
public final class ListIter extends PyIter {
    private final PyList l;
    private int i;

    ListIter(PyList l) {
        super(Types.LIST_ITERATOR);
        this.l = l;
    }

    @Override public Object next() { return i < l.items.size() ? l.items.get(i++) : null; }
}
