package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The re module: lib/re_escape.py and lib/re_parse.py translate Python's pattern syntax to java.util.regex, _jsearch here runs it, lib/re.py has the objects and functions. */
final class ReModule implements NativeModule {
    private static final Map<Key, Pattern> CACHE = new ConcurrentHashMap<>();

    private record Key(String pattern, int flags, boolean advancing) {}

    @Override public String name() { return "re"; }

    @Override public void init(PyDict d) {
        Args.def(d, "_jsearch", (a, k) -> search(((PyStr) a[0]).s, (int) ((PyInt) a[1]).v, (PyStr) a[2],
                (int) ((PyInt) a[3]).v, (int) ((PyInt) a[4]).v, (int) ((PyInt) a[5]).v));
        Args.def(d, "_jall", (a, k) -> all(((PyStr) a[0]).s, (int) ((PyInt) a[1]).v, (PyStr) a[2],
                (int) ((PyInt) a[3]).v, (int) ((PyInt) a[4]).v, (int) ((PyInt) a[5]).v));
        Args.def(d, "_jsub", (a, k) -> sub(((PyStr) a[0]).s, (int) ((PyInt) a[1]).v, ((PyStr) a[2]).s,
                ((PyTuple) a[3]).items, (int) ((PyInt) a[4]).v));
        Args.def(d, "_jcharname", (a, k) -> {
            try {
                return PyInt.of(Character.codePointOf(((PyStr) a[0]).s));
            } catch (IllegalArgumentException e) {
                return PyNone.NONE;
            }
        });
        PySource.run("re_escape", d);
        PySource.run("re_parse", d);
        PySource.run("re", d);
    }

    /**
     * Runs a translated pattern on string[:endpos] from pos (code-point indices). Modes: 0 match at pos, 1 fullmatch,
     * 2 search, 3 search for a match that is not empty at pos (after an empty match). Returns the flat tuple of the
     * groups' (start, end) code-point indices, -1 for a group that did not take part, or None.
     */
    private static Object search(String jpat, int jflags, PyStr str, int pos, int endpos, int mode) {
        String s = str.s;
        int to = str.offset(endpos);
        Matcher m = pattern(jpat, jflags, mode == 3).matcher(to == s.length() ? s : s.substring(0, to));
        m.region(str.offset(pos), to).useTransparentBounds(true).useAnchoringBounds(false);
        boolean found = switch (mode) {
            case 0 -> m.lookingAt();
            case 1 -> m.matches();
            default -> m.find() && (!splitsPair(s, m.start()) || findAfter(m, s, m.start() + 1, to));
        };
        return found ? spans(m, str) : PyNone.NONE;
    }

    /**
     * The spans (as search returns them) of up to limit (0: all) successive matches in string[pos:endpos], with
     * CPython's rule that a match may not be empty where the previous match ended empty.
     */
    private static Object all(String jpat, int jflags, PyStr str, int pos, int endpos, int limit) {
        String s = str.s;
        int to = str.offset(endpos);
        Scan scan = new Scan(jpat, jflags, to == s.length() ? s : s.substring(0, to), str.offset(pos));
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        for (Matcher m; (limit == 0 || out.size() < limit) && (m = scan.next()) != null; ) out.add(spans(m, str));
        return new PyTuple(out.toArray());
    }

    /** re.sub with a template: items are literal strs and Java group numbers. Returns (new string, count). */
    private static Object sub(String jpat, int jflags, String text, Object[] items, int limit) {
        Scan scan = new Scan(jpat, jflags, text, 0);
        StringBuilder out = new StringBuilder();
        int last = 0, n = 0;
        for (Matcher m; (limit == 0 || n < limit) && (m = scan.next()) != null; n++) {
            out.append(text, last, m.start());
            for (Object item : items) {
                if (item instanceof PyStr lit) out.append(lit.s);
                else {
                    int g = (int) ((PyInt) item).v;
                    if (m.start(g) >= 0) out.append(text, m.start(g), m.end(g));
                }
            }
            last = m.end();
        }
        out.append(text, last, text.length());
        return PyTuple.of(PyStr.of(out.toString()), PyInt.of(n));
    }

    /** Successive matches over a text, each search starting where the last match ended; after an empty match the next may not be empty there. */
    private static final class Scan {
        private final String jpat, text;
        private final int jflags;
        private final Matcher plain;
        private Matcher advancing;
        private int at;
        private boolean empty, done;

        Scan(String jpat, int jflags, String text, int from) {
            this.jpat = jpat;
            this.jflags = jflags;
            this.text = text;
            this.plain = pattern(jpat, jflags, false).matcher(text);
            this.at = from;
        }

        /** The matcher on the next match, or null. */
        Matcher next() {
            if (done || at > text.length()) return null;
            Matcher m = plain;
            if (empty) {
                if (advancing == null) advancing = pattern(jpat, jflags, true).matcher(text);
                m = advancing;
            }
            m.region(at, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
            boolean found = m.find();
            if (found && splitsPair(text, m.start())) {
                int from = m.start() + 1;
                m = plain;
                found = findAfter(m, text, from, text.length());
            }
            if (!found) {
                done = true;
                return null;
            }
            empty = m.start() == m.end();
            at = m.end();
            return m;
        }
    }

    /** Whether a match starting at char index i would start between the halves of a surrogate pair (inside one code point). */
    private static boolean splitsPair(String s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** Finds with m from char index from on, skipping matches that start inside a code point. */
    private static boolean findAfter(Matcher m, String s, int from, int to) {
        for (int at = from; at <= to; ) {
            m.region(at, to).useTransparentBounds(true).useAnchoringBounds(false);
            if (!m.find()) return false;
            if (!splitsPair(s, m.start())) return true;
            at = m.start() + 1;
        }
        return false;
    }

    /** The flat (start, end) code-point indices of every group of m's match, -1 for a group that did not take part. */
    private static PyTuple spans(Matcher m, PyStr str) {
        String s = str.s;
        int n = m.groupCount();
        Object[] spans = new Object[2 * (n + 1)];
        boolean bmp = str.length() == s.length();
        for (int g = 0; g <= n; g++) {
            int st = m.start(g), en = m.end(g);
            spans[2 * g] = PyInt.of(st < 0 || bmp ? st : s.codePointCount(0, st));
            spans[2 * g + 1] = PyInt.of(en < 0 || bmp ? en : s.codePointCount(0, en));
        }
        return new PyTuple(spans);
    }

    /** The compiled pattern; advancing adds (?!\\G): a match that is not empty where the search starts. */
    private static Pattern pattern(String jpat, int jflags, boolean advancing) {
        Key key = new Key(jpat, jflags, advancing);
        Pattern p = CACHE.get(key);
        if (p != null) return p;
        try {
            p = Pattern.compile(advancing ? "(?:" + jpat + ")(?!\\G)" : jpat, jflags);
        } catch (PatternSyntaxException e) {
            throw Errors.value("jpy cannot translate this pattern to java.util.regex: " + e.getDescription());
        } catch (StackOverflowError e) {
            throw Errors.value("jpy cannot translate this pattern to java.util.regex: too deep");
        }
        if (CACHE.size() > 2000) CACHE.clear();
        CACHE.put(key, p);
        return p;
    }
}
