package dev.jpy.cli.dump;

import java.util.ArrayList;
import java.util.List;

/** Names of the {@code co_flags} bits, as {@code dis.pretty_flags} shows them. */
final class CodeFlags {
    private CodeFlags() {}

    private static final String[] NAMES = {
        "OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED", "GENERATOR", "NOFREE",
        "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR",
    };

    /** "OPTIMIZED, NEWLOCALS, 0x4000000" — unnamed bits as hex, "none" when no bit is set. */
    static String pretty(int flags) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            int bit = 1 << i;
            if ((flags & bit) == 0) continue;
            names.add(i < NAMES.length ? NAMES[i] : "0x" + Integer.toHexString(bit));
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
