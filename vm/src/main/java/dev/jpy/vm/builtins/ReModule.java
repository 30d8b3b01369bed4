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
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    @Override public String name() { return "re"; }

    @Override public void init(PyDict d) {
        Args.def(d, "_jsearch", (a, k) -> search(((PyStr) a[0]).s, (int) ((PyInt) a[1]).v, (PyStr) a[2],
                (int) ((PyInt) a[3]).v, (int) ((PyInt) a[4]).v, (int) ((PyInt) a[5]).v));
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
        Pattern p = pattern(mode == 3 ? "(?:" + jpat + ")(?!\\G)" : jpat, jflags);
        String s = str.s;
        int from = str.offset(pos), to = str.offset(endpos);
        Matcher m = p.matcher(to == s.length() ? s : s.substring(0, to));
        m.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        boolean found = switch (mode) {
            case 0 -> m.lookingAt();
            case 1 -> m.matches();
            default -> m.find();
        };
        if (!found) return PyNone.NONE;
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

    private static Pattern pattern(String jpat, int jflags) {
        String key = jflags + ":" + jpat;
        Pattern p = CACHE.get(key);
        if (p != null) return p;
        try {
            p = Pattern.compile(jpat, jflags);
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
