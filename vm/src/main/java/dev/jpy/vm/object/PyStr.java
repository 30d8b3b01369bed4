package dev.jpy.vm.object;

import dev.jpy.marshal.model.PyHash;

/**
 * A str: a Java String (one byte per char when it is Latin-1, the JDK's compact strings) whose length and
 * indexes are counted in code points. The length is kept, so len() is O(1); when no surrogate pair occurs
 * ({@link #bmp}) char indexes equal code-point indexes, else a lazily built table of where the pairs are
 * maps between the two in O(log pairs).
 */
public class PyStr extends PyObject implements Comparable<PyStr> {
    public static final PyStr EMPTY = new PyStr("");
    public final String s;
    /** The length in code points. */
    private final int len;
    private long hash = -1;
    /** For a str with surrogate pairs: the code-point index of each pair, ascending (built on first use). */
    private int[] pairs;

    public PyStr(String s) {
        this.s = s;
        this.len = s.codePointCount(0, s.length()); // O(1) for a Latin-1 String
    }

    /** A str of a String whose code-point length the caller knows (a slice of a str without surrogate pairs). */
    public PyStr(String s, int len) {
        this.s = s;
        this.len = len;
    }

    public static PyStr of(String s) { return s.isEmpty() ? EMPTY : new PyStr(s); }

    /** The one-character strs of Latin-1, made up front so that {@link #ofCodePoint} stays small enough for C1 to inline. */
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int c = 0; c < 256; c++) LATIN1[c] = new PyStr(String.valueOf((char) c), 1);
    }

    /** The one-character str of code point cp (shared for Latin-1, as CPython shares them). */
    public static PyStr ofCodePoint(int cp) { return cp < 256 ? LATIN1[cp] : new PyStr(Character.toString(cp), 1); }

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

    public int length() { return len; }

    /** True when no surrogate pair occurs: char indexes are code-point indexes. */
    public boolean bmp() { return len == s.length(); }

    /** The code point at index i (0 <= i < length()). */
    public int codePointAt(int i) { return len == s.length() ? s.charAt(i) : s.codePointAt(offset(i)); }

    /** The char offset of code point index i (0 <= i <= length()). */
    public int offset(int i) {
        if (len == s.length()) return i;
        int[] p = pairTable();
        int lo = 0, hi = p.length; // the number of pairs before code point i
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p[mid] < i) lo = mid + 1; else hi = mid;
        }
        return i + lo;
    }

    /** The code-point index of char offset c (a char offset that does not split a pair). */
    public int index(int c) {
        if (len == s.length()) return c;
        int[] p = pairTable();
        int lo = 0, hi = p.length; // the number of pairs that start before char offset c
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p[mid] + mid < c) lo = mid + 1; else hi = mid;
        }
        return c - lo;
    }

    private int[] pairTable() {
        int[] p = pairs;
        if (p == null) {
            p = new int[s.length() - len];
            for (int c = 0, i = 0, k = 0, n = s.length(); c < n; i++) {
                if (Character.isHighSurrogate(s.charAt(c)) && c + 1 < n && Character.isLowSurrogate(s.charAt(c + 1))) {
                    p[k++] = i;
                    c += 2;
                } else {
                    c++;
                }
            }
            pairs = p;
        }
        return p;
    }

    /** The char offset of the first match of t at or after char offset from that keeps surrogate pairs whole, or -1. */
    public int indexOf(String t, int from) {
        int i = t.length() == 1 ? indexOf(s, t.charAt(0), from) : s.indexOf(t, from);
        if (len == s.length()) return i;
        while (i >= 0 && !(aligned(s, i) && aligned(s, i + t.length()))) i = s.indexOf(t, i + 1);
        return i;
    }

    /** s.indexOf(c, from), by a plain loop over a short rest (String.indexOf's vector search costs more to set up). */
    public static int indexOf(String s, char c, int from) {
        int n = s.length();
        if (n - from > 32) return s.indexOf(c, from);
        for (int i = from; i < n; i++) if (s.charAt(i) == c) return i;
        return -1;
    }

    /** True when char offset c of s does not fall between the two halves of a surrogate pair. */
    public static boolean aligned(String s, int c) {
        return c <= 0 || c >= s.length() || !(Character.isHighSurrogate(s.charAt(c - 1)) && Character.isLowSurrogate(s.charAt(c)));
    }

    /** Code points [from, to). */
    public String substring(int from, int to) { return s.substring(offset(from), offset(to)); }

    /** x + y; the lengths add up (less one when a lone high surrogate meets a lone low one and Java pairs them). */
    public static PyStr concat(PyStr x, PyStr y) {
        String a = x.s, b = y.s;
        int n = x.len + y.len;
        if (!a.isEmpty() && !b.isEmpty() && Character.isHighSurrogate(a.charAt(a.length() - 1)) && Character.isLowSurrogate(b.charAt(0))) n--;
        return new PyStr(a.concat(b), n);
    }

    /** BUILD_STRING: the n strs at a[from], a[from + 1], ... joined, in one buffer of the right size. */
    public static PyStr build(Object[] a, int from, int n) {
        int chars = 0, end = from + n;
        for (int i = from; i < end; i++) chars += ((PyStr) a[i]).s.length();
        StringBuilder sb = new StringBuilder(chars);
        for (int i = from; i < end; i++) sb.append(((PyStr) a[i]).s);
        return of(sb.toString());
    }

    /** s[start:end] (BINARY_SLICE): int or None bounds resolved here, any other through a slice object. */
    public Object slice(Object start, Object end) {
        if (!(start == PyNone.NONE || start instanceof PyInt) || !(end == PyNone.NONE || end instanceof PyInt)) {
            return Seq.getitem(this, new PySlice(start, end, PyNone.NONE));
        }
        int n = len;
        int from = start == PyNone.NONE ? 0 : clampBound((PyInt) start, n), to = end == PyNone.NONE ? n : clampBound((PyInt) end, n);
        return slice(from, Math.max(from, to));
    }

    private static int clampBound(PyInt b, int n) {
        long i = b.isSmall() ? b.v : b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        if (i < 0) i += n;
        return (int) Math.max(0, Math.min(i, n));
    }

    /** The str of code points [from, to) (0 <= from <= to <= length()). */
    public PyStr slice(int from, int to) {
        int n = to - from;
        if (n <= 1) return n == 0 ? EMPTY : ofCodePoint(codePointAt(from));
        if (n == len && type() == Types.STR) return this;
        return len == s.length() ? new PyStr(s.substring(from, to), n) : new PyStr(s.substring(offset(from), offset(to)), n);
    }

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
        if (bmp() && o.bmp()) return s.compareTo(o.s);
        String a = s, b = o.s;
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) { // by code point: a pair sorts above U+E000..U+FFFF, unlike its chars
            int x = a.codePointAt(i), y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    @Override public String toString() { return s; }
}
