package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;

/** Binds the positional and keyword arguments of a builtin to its parameter slots, with CPython's argument-clinic messages. */
final class CallArgs {
    private CallArgs() {}

    /**
     * The arguments by parameter (null where not given). An empty name is positional-only; parameters after
     * the first {@code maxPositional} are keyword-only; the first {@code required} must be given.
     */
    static Object[] bind(String fname, Object[] a, PyTuple k, int maxPositional, int required, String... names) {
        int npos = Args.npos(a, k);
        boolean posOnly = names[0].isEmpty();
        if (npos > maxPositional) {
            throw Errors.type(fname + "() takes at most " + maxPositional + (posOnly ? " arguments (" : " positional arguments (") + npos + " given)");
        }
        if (posOnly && npos < required) {
            throw Errors.type(fname + "() takes at least " + required + " positional argument" + (required == 1 ? "" : "s") + " (" + npos + " given)");
        }
        Object[] out = new Object[names.length];
        System.arraycopy(a, 0, out, 0, npos);
        if (k != null) {
            for (int i = 0; i < k.items.length; i++) {
                String kw = ((PyStr) k.items[i]).s;
                int slot = -1;
                for (int j = 0; j < names.length; j++) if (!names[j].isEmpty() && names[j].equals(kw)) slot = j;
                if (slot < 0) throw Errors.type(fname + "() got an unexpected keyword argument '" + kw + "'");
                if (slot < npos) throw Errors.type("argument for " + fname + "() given by name ('" + kw + "') and position (" + (slot + 1) + ")");
                out[slot] = a[npos + i];
            }
        }
        for (int j = 0; j < required; j++) {
            if (out[j] != null) continue;
            if (names[j].isEmpty()) {
                throw Errors.type(fname + "() takes at least " + required + " positional argument" + (required == 1 ? "" : "s") + " (" + npos + " given)");
            }
            throw Errors.type(fname + "() missing required argument '" + names[j] + "' (pos " + (j + 1) + ")");
        }
        return out;
    }
}
