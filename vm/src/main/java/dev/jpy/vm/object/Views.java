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

        public PyIter iterator() {
            return new DictIter(dict, kind, switch (kind) {
                case KEYS -> Types.DICT_KEYITERATOR;
                case VALUES -> Types.DICT_VALUEITERATOR;
                case ITEMS -> Types.DICT_ITEMITERATOR;
            });
        }
    }

    /** A keys or items view: these behave as sets for |, &, -, ^ and the comparisons. */
    public static boolean setLike(Object o) { return o instanceof View v && v.kind != Kind.VALUES; }

    /** view op iterable (or iterable op view) for |, &, -, ^: a set, as CPython's; TypeError when the other side is not iterable. */
    public static Object setOp(int op, Object a, Object b) {
        PySet x = SetOps.fromIterable(false, a), y = SetOps.fromIterable(false, b);
        return SetOps.binary(op, x, y);
    }

    /** view compared with a set, frozenset or set-like view; -1 when the other side is not one. */
    public static int compare(int op, Object a, Object b) {
        boolean okA = setLike(a) || a instanceof PySet, okB = setLike(b) || b instanceof PySet;
        if (!okA || !okB) return -1;
        return SetOps.compare(op, SetOps.fromIterable(false, a), SetOps.fromIterable(false, b)) ? 1 : 0;
    }
}
