package dev.jpy.marshal.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@code str}. Its canonical form is the UTF-8 that marshal writes with the {@code surrogatepass}
 * error handler: each code point on its own, lone surrogates included. That is a one-to-one image of
 * the Python string, which a Java {@link String} is not (two lone surrogates side by side would read
 * as one astral character), so equality, hashing and the code points all come from those bytes.
 */
public final class PyStr implements PyObj {
    private final byte[] utf8;
    private int[] codePoints; // decoded lazily
    private String javaString;
    private int hash;
    private byte ascii; // 0 not yet known, 1 ASCII, 2 not

    private PyStr(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** A str from a Java string: surrogate pairs are astral code points, lone surrogates stay lone. */
    public static PyStr of(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
        if (ascii) {
            PyStr r = new PyStr(s.getBytes(StandardCharsets.ISO_8859_1));
            r.javaString = s;
            return r;
        }
        return ofCodePoints(s.codePoints().toArray());
    }

    /** A str from its code points (any value 0..0x10FFFF, surrogates included). */
    public static PyStr ofCodePoints(int[] cps) {
        Utf8.Sink out = new Utf8.Sink(cps.length + 8);
        for (int cp : cps) out.put(cp);
        PyStr r = new PyStr(out.toByteArray());
        r.codePoints = cps.clone();
        return r;
    }

    /**
     * A str from surrogatepass UTF-8 that the caller has already checked with {@link Utf8#check}. The
     * array is taken over, not copied.
     */
    public static PyStr ofCheckedUtf8(byte[] utf8) {
        return new PyStr(utf8);
    }

    /** The surrogatepass UTF-8 bytes (a copy). */
    public byte[] utf8() { return utf8.clone(); }

    /** Number of UTF-8 bytes. */
    public int utf8Length() { return utf8.length; }

    /** Writes the UTF-8 bytes into {@code dst} at {@code pos}. */
    public void copyUtf8(byte[] dst, int pos) { System.arraycopy(utf8, 0, dst, pos, utf8.length); }

    public boolean isAscii() {
        byte a = ascii;
        if (a == 0) {
            a = 1;
            for (byte b : utf8) {
                if (b < 0) {
                    a = 2;
                    break;
                }
            }
            ascii = a;
        }
        return a == 1;
    }

    /** The code points, as Python sees them. */
    public int[] codePoints() {
        if (codePoints == null) codePoints = Utf8.decode(utf8);
        return codePoints;
    }

    /** {@code len(s)}. */
    public int length() {
        return isAscii() ? utf8.length : codePoints().length;
    }

    /** The text as a Java string (lone surrogates become lone chars). */
    public String value() {
        if (javaString == null) {
            int[] cps = codePoints();
            StringBuilder sb = new StringBuilder(cps.length);
            for (int cp : cps) sb.appendCodePoint(cp);
            javaString = sb.toString();
        }
        return javaString;
    }

    @Override public String typeName() { return "str"; }

    @Override public boolean equals(Object o) {
        return o instanceof PyStr s && Arrays.equals(s.utf8, utf8);
    }

    @Override public int hashCode() {
        int h = hash;
        if (h == 0) hash = h = Arrays.hashCode(utf8) | 1;
        return h;
    }

    @Override public String toString() { return value(); }
}
