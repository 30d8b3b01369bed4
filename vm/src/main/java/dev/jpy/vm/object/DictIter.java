package dev.jpy.vm.object;

/**
 * A Python iterator over a dict's keys, values or items that walks the live entries by position, as CPython's
 * dict iterators do: a value stored during the walk is seen, a change of size raises "dictionary changed size
 * during iteration" (again at every later call), and more keys than the dict had when the walk began raises
 * "dictionary keys changed during iteration".
 */
final class DictIter extends PyIter {
    private PyDict d;
    private final Views.Kind kind;
    private int pos, size, left;

    DictIter(PyDict d, Views.Kind kind, PyType type) {
        super(type);
        this.d = d;
        this.kind = kind;
        this.size = this.left = d.map.size();
    }

    @Override public Object next() {
        if (d == null) return null;
        VersionedMap m = d.map;
        if (size != m.size()) {
            size = -1;
            throw Errors.raise(Types.RUNTIME_ERROR, "dictionary changed size during iteration");
        }
        int n = m.limit(), e = pos;
        while (e < n && m.keyAt(e) == null) e++;
        if (e >= n) {
            d = null;
            return null;
        }
        if (left == 0) {
            d = null;
            throw Errors.raise(Types.RUNTIME_ERROR, "dictionary keys changed during iteration");
        }
        left--;
        pos = e + 1;
        return switch (kind) {
            case KEYS -> m.keyAt(e);
            case VALUES -> m.valueAt(e);
            case ITEMS -> PyTuple.of(m.keyAt(e), m.valueAt(e));
        };
    }
}
