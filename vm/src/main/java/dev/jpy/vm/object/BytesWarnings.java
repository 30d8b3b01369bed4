package dev.jpy.vm.object;

/**
 * {@code -b} and {@code -bb}: the BytesWarning CPython issues for {@code str()} of bytes and for comparing bytes with
 * str or int, through the warnings module (whose filters, set from sys.warnoptions, show it or make it an error).
 */
public final class BytesWarnings {
    private BytesWarnings() {}

    /** Whether the run has -b (sys.flags.bytes_warning > 0). */
    static boolean on() {
        var flags = dev.jpy.vm.run.RunConfig.current().flags();
        return flags.contains("bytes_warning") || flags.contains("bytes_warning2");
    }

    /** str() of a bytes or bytearray object. */
    static void onStr(Object o) {
        if (o instanceof PyBytes && on()) warn("str() on a " + Errors.typeName(o) + " instance");
    }

    /** == or != between bytes (or bytearray) and str or int. */
    static void onEquality(Object a, Object b) {
        if (a instanceof PyBytes x) check(x, b);
        else if (b instanceof PyBytes y) check(y, a);
    }

    private static void check(PyBytes bytes, Object other) {
        String kind = bytes instanceof PyByteArray ? "bytearray" : "bytes";
        if (other instanceof PyStr && on()) warn("Comparison between " + kind + " and string");
        else if (other instanceof PyInt && kind.equals("bytes") && on()) warn("Comparison between bytes and int");
    }

    private static void warn(String message) {
        Object warnings = dev.jpy.vm.run.ImportSystem.gcdImport("warnings", null, 0);
        Ops.call(Ops.getattr(warnings, PyStr.intern("warn")), new PyStr(message), Types.BYTES_WARNING);
    }
}
