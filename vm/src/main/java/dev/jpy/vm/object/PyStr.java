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

    @Override public int hashCode() { return s.hashCode(); }

    public long pyHash() {
        long h = hash;
        if (h == -1) hash = h = PyHash.ofCodePoints(s.codePoints().toArray());
        int slot = (int) h & (RECENT.length - 1);
        if (!(RECENT[slot] instanceof Recent r) || r.py != h) RECENT[slot] = new Recent(h, s.hashCode());
        return h;
    }

    /** A str's Python hash and its Java hash (what dict maps bucket a str key by). */
    private record Recent(long py, int java) {}

    /** The strs hashed lately, by Python hash: a key with its own __hash__ that returns a str's hash meets that str in a dict. */
    private static final Recent[] RECENT = new Recent[4096];

    /**
     * The Java hash for a dict key with its own __hash__ returning {@code py}: a str's Java hash when py is the hash
     * of a str hashed lately (so that the key meets an equal str key, as in CPython), else py itself.
     */
    public static int javaHashFor(long py) {
        Recent r = RECENT[(int) py & (RECENT.length - 1)];
        return r != null && r.py == py ? r.java : (int) py;
    }

    @Override public int compareTo(PyStr o) {
        if (bmp && o.bmp) return s.compareTo(o.s);
        int[] a = s.codePoints().toArray(), b = o.s.codePoints().toArray();
        return java.util.Arrays.compare(a, b);
    }

    @Override public String toString() { return s; }
}
