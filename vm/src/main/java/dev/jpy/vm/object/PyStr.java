package dev.jpy.vm.object;

import dev.jpy.marshal.model.PyHash;

/**
 * A str: a Java String whose length and indexes are counted in code points. {@code bmp} is true when
 * no surrogate pair occurs, so char indexes equal code-point indexes (the fast path).
 */
public class PyStr extends PyObject implements Comparable<PyStr> {
    public static final PyStr EMPTY = new PyStr("");
    public final String s;
    private final boolean bmp;
    private long hash = -1;

    public PyStr(String s) {
        this.s = s;
        this.bmp = s.codePointCount(0, s.length()) == s.length();
    }

    public static PyStr of(String s) { return s.isEmpty() ? EMPTY : new PyStr(s); }

    private static final PyStr[] LATIN1 = new PyStr[256];

    /** The one-character str of code point cp (shared for Latin-1, as CPython shares them). */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            PyStr p = LATIN1[cp];
            if (p == null) LATIN1[cp] = p = new PyStr(String.valueOf((char) cp));
            return p;
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    /** An iterator over the characters, one str each. */
    public PyIter iterator() {
        return new PyIter(Types.STR_ITERATOR) {
            int i;

            @Override public Object next() {
                if (i >= s.length()) return null;
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                return ofCodePoint(cp);
            }
        };
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, PyStr> INTERNED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The one shared PyStr for an identifier or constant, so that dict lookups by name hit on identity. */
    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        return p != null ? p : INTERNED.computeIfAbsent(s, PyStr::new);
    }

    public int length() { return bmp ? s.length() : s.codePointCount(0, s.length()); }

    /** The code point at index i (0 <= i < length()). */
    public int codePointAt(int i) { return bmp ? s.charAt(i) : s.codePointAt(s.offsetByCodePoints(0, i)); }

    /** The char offset of code point index i. */
    public int offset(int i) { return bmp ? i : s.offsetByCodePoints(0, i); }

    /** Code points [from, to). */
    public String substring(int from, int to) { return s.substring(offset(from), offset(to)); }

    @Override public PyType type() { return Types.STR; }

    @Override public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof PyStr p)) return o instanceof PyInstance i && i.equals(this); // a key with its own __eq__ decides
        return p.s.equals(s) || p instanceof Derived && !(this instanceof Derived) && p.equals(this); // a str subclass's own __eq__ decides
    }

    /** The Python hash, so that a str subclass whose __hash__ returns hash(some str) finds plain str keys. */
    @Override public int hashCode() { return (int) pyHash(); }

    public long pyHash() {
        long h = hash;
        if (h == -1) hash = h = latin1Hash();
        return h;
    }

    /** hash(s): CPython hashes the bytes of a one-byte-per-character str directly. */
    private long latin1Hash() {
        int n = s.length();
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0xFF) return PyHash.ofCodePoints(s.codePoints().toArray());
            b[i] = (byte) c;
        }
        return PyHash.ofBytes(b);
    }

    @Override public int compareTo(PyStr o) {
        if (bmp && o.bmp) return s.compareTo(o.s);
        int[] a = s.codePoints().toArray(), b = o.s.codePoints().toArray();
        return java.util.Arrays.compare(a, b);
    }

    @Override public String toString() { return s; }
}
