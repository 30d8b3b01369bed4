package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Types;
import java.util.Locale;

/**
 * The case methods of str: upper, lower, casefold, title, capitalize, swapcase, with Unicode's full mappings
 * ('ß'.upper() is 'SS', 'İ'.lower() is 'i̇') and the final-sigma rule of lower ('ΑΣ'.lower() is 'ας').
 */
final class StrCase {
    private StrCase() {}

    static void install() {
        var t = Types.STR;
        Args.method(t, "upper", new Case("str.upper", true));
        Args.method(t, "lower", new Case("str.lower", false));
        Args.method(t, "casefold", (a, k) -> PyStr.of(casefold(((PyStr) a[0]).s)));
        Args.method(t, "title", (a, k) -> PyStr.of(title(((PyStr) a[0]).s, false)));
        Args.method(t, "capitalize", (a, k) -> PyStr.of(title(((PyStr) a[0]).s, true)));
        Args.method(t, "swapcase", (a, k) -> PyStr.of(swapcase(((PyStr) a[0]).s)));
    }

    /** upper and lower: a Body class rather than a lambda over a helper, so that HotSpot compiles one method, not two. */
    private record Case(String name, boolean upper) implements PyBuiltin.Body {
        @Override public Object call(Object[] a, PyTuple k) {
            if (a.length != 1 || k != null) Args.methodCount(name, a, k, 0, 0);
            PyStr p = (PyStr) a[0];
            return cased(p, upper ? p.s.toUpperCase(Locale.ROOT) : lower(p.s));
        }
    }

    /** The result of a case mapping of p (Java's String.toUpperCase returns the same String when nothing changes). */
    private static PyStr cased(PyStr p, String r) { return r == p.s ? new PyStr(r, p.length()) : PyStr.of(r); }

    /** Cased as Unicode's derived property: lower case, upper case or title case. */
    static boolean isCased(int c) { return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c); }

    /** Case_Ignorable: marks, format characters, modifiers, and the word-internal punctuation (apostrophes, '.', ':'). */
    static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL -> {
                return true;
            }
            default -> {
                return c == '\'' || c == '.' || c == ':' || c == 0xB7 || c == 0x387 || c == 0x55F || c == 0x5F4 || c == 0x2018 || c == 0x2019
                        || c == 0x2024 || c == 0x2027 || c == 0xFE13 || c == 0xFE52 || c == 0xFE55 || c == 0xFF07 || c == 0xFF0E || c == 0xFF1A;
            }
        }
    }

    /** lower(): Java's mapping, but for Σ, whose final form follows Python's rule (Java's differs after a digit, say). */
    static String lower(String s) {
        if (s.indexOf('\u03a3') < 0) return s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            sb.append(lowerAt(s, i, c));
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** The lower case of the code point c at char offset i of s: Σ becomes ς at the end of a word. */
    private static String lowerAt(String s, int i, int c) {
        if (c < 128) return String.valueOf((char) Character.toLowerCase(c));
        if (c != 0x3A3) return Character.toString(c).toLowerCase(Locale.ROOT);
        int j = i, b = 0;
        while (j > 0 && isCaseIgnorable(b = s.codePointBefore(j))) j -= Character.charCount(b);
        if (j == 0 || !isCased(b)) return "σ";
        j = i + 1;
        while (j < s.length()) {
            int f = s.codePointAt(j);
            if (!isCaseIgnorable(f)) return isCased(f) ? "σ" : "ς";
            j += Character.charCount(f);
        }
        return "ς";
    }

    /** The full title-case mapping of one character: its own title form (ǅ), else the first letter of a multi-letter upper case (ß → Ss). */
    static String titleOf(int c) {
        if (c < 128) return String.valueOf((char) Character.toUpperCase(c));
        if (c == 0x149) return "\u02bcN"; // the one whose title form keeps its second letter upper case
        int title = Character.toTitleCase(c);
        if (title != Character.toUpperCase(c) || Character.isTitleCase(title)) return Character.toString(title); // ǅ, ᾈ
        String upper = Character.toString(c).toUpperCase(Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) <= 1) return Character.toString(title);
        if (c >= 0x1FB2 && c <= 0x1FF7 && upper.endsWith("\u0399")) { // ᾲ: the title form keeps the iota subscript as U+0345
            return upper.substring(0, upper.length() - 1) + "\u0345";
        }
        int first = Character.charCount(upper.codePointAt(0));
        return upper.substring(0, first) + upper.substring(first).toLowerCase(Locale.ROOT);
    }

    /** title(), or capitalize() when only the first character is titled. */
    static String title(String s, boolean onlyFirst) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (onlyFirst ? i > 0 : prevCased) sb.append(lowerAt(s, i, c));
            else sb.append(titleOf(c));
            prevCased = isCased(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isUpperCase(c)) sb.append(lowerAt(s, i, c));
            else if (Character.isLowerCase(c)) sb.append(Character.toString(c).toUpperCase(Locale.ROOT));
            else sb.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            sb.append(foldOf(c));
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** Full case folding of one code point: lower(upper(c)) but for the few that Unicode folds otherwise. */
    private static String foldOf(int c) {
        if (c < 128) return String.valueOf((char) Character.toLowerCase(c));
        if (c == 0x1E9E) return "ss";
        if (c == 0x131 || c >= 0x13A0 && c <= 0x13F5) return Character.toString(c); // dotless i; Cherokee folds to upper case
        if (c >= 0x13F8 && c <= 0x13FD || c >= 0xAB70 && c <= 0xABBF) return Character.toString(Character.toUpperCase(c));
        return Character.toString(c).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
