package dev.jpy.vm.object;

import java.util.ArrayList;
import java.util.Map;

/** dict.keys(), dict.values() and dict.items() views. */
public final class Views {
    private Views() {}

    public enum Kind { KEYS, VALUES, ITEMS }

    /** A live view of a dict. */
    public static final class View extends PyObject {
        public final PyDict dict;
        public final Kind kind;

        public View(PyDict dict, Kind kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override public PyType type() {
            return switch (kind) {
                case KEYS -> Types.DICT_KEYS;
                case VALUES -> Types.DICT_VALUES;
                case ITEMS -> Types.DICT_ITEMS;
            };
        }

        public ArrayList<Object> snapshot() {
            ArrayList<Object> out = new ArrayList<>(dict.map.size());
            for (Map.Entry<Object, Object> e : dict.map.entrySet()) {
                out.add(switch (kind) {
                    case KEYS -> e.getKey();
                    case VALUES -> e.getValue();
                    case ITEMS -> PyTuple.of(e.getKey(), e.getValue());
                });
            }
            return out;
        }

        public PyIter iterator() { return PyIter.ofJava(snapshot().iterator(), Types.ITERATOR); }
    }
}
