package dev.jpy.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * python3.13's rule that {@code -c CODE} and {@code -m MODULE} end the option list: everything after them is the
 * program's {@code sys.argv}, even what looks like a jpy option. {@link #normalize} marks that end with {@code --}
 * so picocli reads the rest as parameters.
 */
final class RunArgs {
    private RunArgs() {}

    /** Run options that take a separate value. */
    private static final Set<String> WITH_VALUE = Set.of("-X", "-W", "--check-hash-based-pycs");

    /** The command line with {@code --} after {@code run}'s {@code -c CODE} or {@code -m MODULE}, when there is one. */
    static String[] normalize(String[] args) {
        if (args.length < 2 || !args[0].equals("run")) return args;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--") || !a.startsWith("-") || a.equals("-")) return args;
            if (WITH_VALUE.contains(a)) {
                i++;
                continue;
            }
            if (a.startsWith("--")) continue;
            if (a.startsWith("-X") || a.startsWith("-W")) continue;
            int at = 1;
            while (at < a.length() && a.charAt(at) != 'c' && a.charAt(at) != 'm') at++;
            if (at == a.length()) continue;
            int cut = at == a.length() - 1 ? i + 2 : i + 1; // "-m MOD" or "-mMOD" (also clustered: "-Bm MOD")
            if (cut > args.length) return args;
            List<String> out = new ArrayList<>(Arrays.asList(args).subList(0, cut));
            out.add("--");
            out.addAll(Arrays.asList(args).subList(cut, args.length));
            return out.toArray(String[]::new);
        }
        return args;
    }
}
