package dev.jpy.vm.object;

/**
 * A {@link PyDict} whose name lookups and stores go to a Python mapping object, for the {@code locals}
 * argument of {@code eval} and {@code exec} when it is not a dict: get is {@code __getitem__} (a KeyError
 * meaning absent), put is {@code __setitem__}, remove is {@code __delitem__}.
 */
public final class MappingDict {
    private MappingDict() {}

    /** A dict view of {@code mapping} for LOAD_NAME, STORE_NAME and DELETE_NAME. */
    public static PyDict of(Object mapping) {
        return new PyDict(new Proxy(mapping));
    }

    private static final class Proxy extends VersionedMap {
        private final Object mapping;

        Proxy(Object mapping) { this.mapping = mapping; }

        @Override public Object get(Object key) {
            try {
                return Seq.getitem(mapping, key);
            } catch (PyRaise e) {
                if (e.exc.type().isSubtype(Types.KEY_ERROR)) return null;
                throw e;
            }
        }

        @Override public boolean containsKey(Object key) { return get(key) != null; }

        @Override public Object put(Object key, Object value) {
            Seq.setitem(mapping, key, value);
            return null;
        }

        @Override public Object remove(Object key) {
            Object old = get(key);
            if (old != null) Seq.delitem(mapping, key);
            return old;
        }
    }
}
