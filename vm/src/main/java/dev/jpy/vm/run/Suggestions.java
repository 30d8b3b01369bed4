package dev.jpy.vm.run;

import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyStr;

/**
 * CPython's "Did you mean: 'x'?" for an uncaught AttributeError (the closest name of dir(obj)) or NameError (of the
 * frame's locals, globals and builtins; "self.x" when the frame's self has x; "Did you forget to import 'x'?" for a
 * standard-library module name), by the weighted Levenshtein distance of Python/suggestions.c; also the closest
 * keyword for an unexpected keyword argument.
 */
public final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATES = 750, MAX_STRING = 40, MOVE_COST = 2, CASE_COST = 1;

    /** The text to append to the exception line ("" when there is no suggestion). */
    static String of(PyBaseException e) {
        if (e.attrName == null || e.attrObj == null) return "";
        if (e.attrObj instanceof dev.jpy.vm.object.NameScope scope) return nameHint(scope, e.attrName);
        String best;
        try {
            Object dir = Ops.call(VmState.get().builtins.get("dir"), e.attrObj);
            best = closest(Ops.toList(dir), e.attrName, !e.attrName.startsWith("_"));
        } catch (RuntimeException x) {
            return "";
        }
        return best == null ? "" : ". Did you mean: '" + best + "'?";
    }

    /** A NameError's hint: the closest name in scope (or self.name), and the import a standard-library name suggests. */
    private static String nameHint(dev.jpy.vm.object.NameScope scope, String wrong) {
        String best = null;
        try {
            if (scope.self() != null && Ops.getattrOrNull(scope.self(), new PyStr(wrong)) != null) best = "self." + wrong;
        } catch (RuntimeException x) {
            best = null;
        }
        if (best == null) best = closest(scope.names(), wrong, false);
        String hint = best == null ? "" : ". Did you mean: '" + best + "'?";
        if (StdlibNames.SET.contains(wrong)) hint += (best == null ? ". Did you" : " Or did you") + " forget to import '" + wrong + "'?";
        return hint;
    }

    /** sys.stdlib_module_names of CPython 3.13 (recorded by vm/tools/record_module_docs.py), read on first use. */
    private static final class StdlibNames {
        static final java.util.Set<String> SET = read();

        private static java.util.Set<String> read() {
            try (var in = Suggestions.class.getResourceAsStream("stdlib_module_names.txt")) {
                return in == null ? java.util.Set.of()
                        : java.util.Set.copyOf(java.util.List.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")));
            } catch (java.io.IOException e) {
                return java.util.Set.of();
            }
        }
    }

    /** The keyword closest to an unexpected keyword argument {@code wrong} among {@code names}, or null. */
    public static String closestKeyword(java.util.List<Object> names, String wrong) {
        return closest(names, wrong, false);
    }

    /** _Py_CalculateSuggestions: the candidate at the smallest distance within a third of the characters, or null. */
    private static String closest(java.util.List<Object> names, String wrong, boolean hideUnderscored) {
        if (hideUnderscored) names = names.stream().filter(o -> !(o instanceof PyStr s && s.s.startsWith("_"))).toList();
        if (names.size() >= MAX_CANDIDATES) return null;
        int bestDistance = Integer.MAX_VALUE;
        String suggestion = null;
        for (Object o : names) {
            if (!(o instanceof PyStr s) || s.s.equals(wrong)) continue;
            int max = Math.min((s.s.length() + wrong.length() + 3) * MOVE_COST / 6, bestDistance - 1);
            int d = distance(wrong, s.s, max);
            if (d > max) continue;
            if (suggestion == null || d < bestDistance) {
                suggestion = s.s;
                bestDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitution(char a, char b) {
        if (a == b) return 0;
        return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
    }

    private static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) return 0;
        int pre = 0;
        while (pre < a.length() && pre < b.length() && a.charAt(pre) == b.charAt(pre)) pre++;
        a = a.substring(pre);
        b = b.substring(pre);
        int post = 0;
        while (post < a.length() && post < b.length() && a.charAt(a.length() - 1 - post) == b.charAt(b.length() - 1 - post)) post++;
        a = a.substring(0, a.length() - post);
        b = b.substring(0, b.length() - post);
        if (a.isEmpty() || b.isEmpty()) return MOVE_COST * (a.length() + b.length());
        if (a.length() > MAX_STRING || b.length() > MAX_STRING) return maxCost + 1;
        if (b.length() < a.length()) { String t = a; a = b; b = t; }
        if ((b.length() - a.length()) * MOVE_COST > maxCost) return maxCost + 1;
        int[] row = new int[a.length()];
        for (int i = 0; i < row.length; i++) row[i] = MOVE_COST * (i + 1);
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            int dist = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < a.length(); i++) {
                int substitute = dist + substitution(b.charAt(bi), a.charAt(i));
                dist = row[i];
                result = Math.min(Math.min(result, dist) + MOVE_COST, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
