package dev.jpy.marshal.io;


/**
 * An open-addressing map from values (by {@code equals}) to int, without boxing or per-entry
 * objects: the writer asks it once for every leaf it writes, so it has to be cheap.
 */
final class ValueIndex {
    private Object[] keys = new Object[1024];
    private int[] values = new int[1024];
    private int size;

    /** The value stored for {@code key}, or, when there is none, stores {@code value} and returns -1. */
    int putIfAbsent(Object key, int value) {
        int mask = keys.length - 1;
        int i = mix(key.hashCode()) & mask;
        while (true) {
            Object k = keys[i];
            if (k == null) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) grow();
                return -1;
            }
            if (k.equals(key)) return values[i];
            i = (i + 1) & mask;
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        Object[] oldKeys = keys;
        int[] oldValues = values;
        keys = new Object[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            Object k = oldKeys[j];
            if (k == null) continue;
            int i = mix(k.hashCode()) & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = k;
            values[i] = oldValues[j];
        }
    }

}
