package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Format;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Seq;

/** str.format: replacement fields with auto or explicit indexes, names, attribute and index lookups, conversions and specs. */
final class StrFormat {
    private StrFormat() {}

    /** The numbering state of one format() call, shared with the fields nested in its specs ("{:>{}}"). */
    private static final class Numbering {
        int auto = 1;
        boolean manual, automatic;
        /** The mapping of str.format_map (names are looked up with its __getitem__), else null. */
        Object mapping;
    }

    static String format(String fmt, Object[] a, PyTuple k) {
        return format(fmt, a, k, new Numbering());
    }

    /** str.format_map(mapping): the fields name keys of the mapping; positional fields are an error. */
    static String formatMap(String fmt, Object mapping) {
        Numbering num = new Numbering();
        num.mapping = mapping;
        return format(fmt, new Object[] {PyStr.of(fmt)}, null, num);
    }

    private static String format(String fmt, Object[] a, PyTuple k, Numbering num) {
        int npos = Args.npos(a, k);
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') { sb.append('}'); i++; continue; }
                throw Errors.value("Single '}' encountered in format string");
            }
            if (c != '{') { sb.append(c); continue; }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') { sb.append('{'); i++; continue; }
            int depth = 1, j = i + 1;
            while (j < n && depth > 0) {
                if (fmt.charAt(j) == '{') depth++;
                else if (fmt.charAt(j) == '}') depth--;
                if (depth > 0) j++;
            }
            if (j >= n) throw Errors.value(i + 1 == n ? "Single '{' encountered in format string" : "expected '}' before end of string");
            String field = fmt.substring(i + 1, j);
            i = j;
            String spec = "";
            char conv = 0;
            int colon = field.indexOf(':');
            if (colon >= 0) { spec = field.substring(colon + 1); field = field.substring(0, colon); }
            int bang = field.indexOf('!');
            if (bang >= 0) { conv = field.charAt(bang + 1); field = field.substring(0, bang); }
            int end = 0;
            while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') end++;
            String head = field.substring(0, end);
            Object v;
            if (num.mapping != null && (head.isEmpty() || head.chars().allMatch(Character::isDigit))) {
                throw Errors.value("Format string contains positional fields");
            } else if (num.mapping != null) {
                v = Seq.getitem(num.mapping, PyStr.of(head));
            } else if (head.isEmpty()) {
                if (num.manual) throw Errors.value("cannot switch from manual field specification to automatic field numbering");
                num.automatic = true;
                if (num.auto >= npos) throw Errors.index("Replacement index " + (num.auto - 1) + " out of range for positional args tuple");
                v = a[num.auto++];
            } else if (head.chars().allMatch(Character::isDigit)) {
                if (num.automatic) throw Errors.value("cannot switch from automatic field numbering to manual field specification");
                num.manual = true;
                int idx = Integer.parseInt(head);
                if (idx + 1 >= npos) throw Errors.index("Replacement index " + idx + " out of range for positional args tuple");
                v = a[idx + 1];
            } else {
                v = Args.kw(a, k, head);
                if (v == null) throw Errors.keyError(PyStr.of(head));
            }
            String rest = field.substring(end);
            while (!rest.isEmpty()) {
                if (rest.charAt(0) == '.') {
                    int e = 1;
                    while (e < rest.length() && rest.charAt(e) != '.' && rest.charAt(e) != '[') e++;
                    v = Ops.getattr(v, PyStr.of(rest.substring(1, e)));
                    rest = rest.substring(e);
                } else {
                    int e = rest.indexOf(']');
                    String key = rest.substring(1, e);
                    v = Seq.getitem(v, key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? PyInt.of(Long.parseLong(key)) : PyStr.of(key));
                    rest = rest.substring(e + 1);
                }
            }
            if (spec.contains("{")) spec = format(spec, a, k, num);
            if (conv == 'r') v = PyStr.of(Ops.repr(v));
            else if (conv == 's') v = PyStr.of(Ops.str(v));
            else if (conv == 'a') v = PyStr.of(dev.jpy.vm.interp.Rare.ascii(Ops.repr(v)));
            sb.append(Format.format(v, spec));
        }
        return sb.toString();
    }
}
