package dev.jpy.toolchain.tokenize;

/** A string's code points as an int array: {@code s.codePoints().toArray()} without the stream machinery. */
public final class CodePointArray {
    private CodePointArray() {}

    /** The code points of {@code s}; an unpaired surrogate stays one code point, as in {@link String#codePoints}. */
    public static int[] of(String s) {
        int len = s.length();
        int[] out = new int[len];
        int k = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                out[k++] = Character.toCodePoint(c, s.charAt(++i));
            } else {
                out[k++] = c;
            }
        }
        return k == len ? out : java.util.Arrays.copyOf(out, k);
    }
}
