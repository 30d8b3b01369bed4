package dev.jpy.vm.run;

import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyStr;

/** CPython's "Did you mean: 'x'?" for an uncaught AttributeError: the closest name of dir(obj) by a weighted Levenshtein distance. */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATES = 750, MAX_STRING = 40, MOVE_COST = 2, CASE_COST = 1;

    /** The text to append to the exception line ("" when there is no suggestion). */
    static String of(PyBaseException e) {
        if (e.attrName == null || e.attrObj == null) return "";
        String best;
        try {
            Object dir = Ops.call(VmState.get().builtins.get("dir"), e.attrObj);
            best = closest(Ops.toList(dir), e.attrName);
        } catch (RuntimeException x) {
            return "";
        }
        return best == null ? "" : ". Did you mean: '" + best + "'?";
    }

    private static String closest(java.util.List<Object> names, String wrong) {
        if (names.size() > MAX_CANDIDATES || wrong.length() > MAX_STRING) return null;
        boolean hideUnderscored = !wrong.startsWith("_");
        int bestDistance = wrong.length();
        String suggestion = null;
        for (Object o : names) {
            if (!(o instanceof PyStr s) || s.s.equals(wrong) || hideUnderscored && s.s.startsWith("_")) continue;
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
