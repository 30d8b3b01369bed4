package dev.jpy.vm.object;

import java.util.List;

/**
 * Where a NameError was raised, for its "Did you mean" line (traceback's _compute_suggestion_error): the frame's bound
 * local names (or its locals dict at module and class level), its globals and builtins, and the frame's {@code self}
 * (null when it has none). Kept in {@link PyBaseException#attrObj}.
 */
public record NameScope(List<String> locals, PyDict localsDict, PyDict globals, PyDict builtins, Object self) {
    /** The candidate names in CPython's order: f_locals, f_globals, f_builtins. */
    public List<Object> names() {
        List<Object> out = new java.util.ArrayList<>();
        if (localsDict != null) out.addAll(localsDict.map.keySet());
        else for (String s : locals) out.add(new PyStr(s));
        if (globals != null) out.addAll(globals.map.keySet());
        if (builtins != null) out.addAll(builtins.map.keySet());
        return out;
    }
}
