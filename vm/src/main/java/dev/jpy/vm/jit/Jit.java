package dev.jpy.vm.jit;

import dev.jpy.vm.interp.JitCode;
import dev.jpy.vm.object.PyCodeObj;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The JIT tier's entry point: translates a hot code object ({@link Translator}) into a hidden class defined in the
 * interpreter's package, and returns its one instance. Any failure leaves the code to the interpreter;
 * {@code JPY_JIT_DEBUG=1} prints why.
 */
public final class Jit {
    private Jit() {}

    private static final boolean DEBUG = System.getenv("JPY_JIT_DEBUG") != null;

    /** How many code objects have been translated so far (for tests and diagnostics). */
    public static final java.util.concurrent.atomic.AtomicInteger TRANSLATED = new java.util.concurrent.atomic.AtomicInteger();

    /** How many translations were split into several JVM methods (for tests and diagnostics). */
    public static final java.util.concurrent.atomic.AtomicInteger SPLIT = new java.util.concurrent.atomic.AtomicInteger();

    /** The translation of code, or null; {@code lookup} is a full-privilege lookup of the interpreter's package. */
    public static JitCode translate(PyCodeObj code, MethodHandles.Lookup lookup) {
        try {
            Translator.Result r = Translator.translate(code, lookup.lookupClass().getPackageName().replace('.', '/') + "/Jit$" + javaName(code.qualname),
                    JitCode.threshold == 0 ? 65535 : Translator.HOTSPOT_BYTES, // translate-all (tests): every size,
                    JitCode.threshold == 0 ? Translator.TEST_PART_BYTES : Translator.PART_BYTES); // and many splits
            if (r == null) {
                if (DEBUG) System.err.println("jpy jit: not translated: " + code.qualname + " (" + code.filename + ")");
                return null;
            }
            MethodHandles.Lookup h = lookup.defineHiddenClassWithClassData(r.bytes(), r.data(), true);
            if (DEBUG) System.err.println("jpy jit: " + code.qualname + " (" + code.filename + "): " + r.codeBytes() + " bytes of JVM code for " + code.instr.length + " code units"
                    + (r.parts() > 1 ? " in " + r.parts() + " methods" : ""));
            TRANSLATED.incrementAndGet();
            if (r.parts() > 1) SPLIT.incrementAndGet();
            return (JitCode) h.findConstructor(h.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (Throwable e) {
            if (DEBUG) {
                System.err.println("jpy jit: failed on " + code.qualname + " (" + code.filename + "): " + e);
                e.printStackTrace();
            }
            return null;
        }
    }

    /** A qualname made into a JVM class-name part (it shows in Java stack traces). */
    static String javaName(String qualname) {
        StringBuilder sb = new StringBuilder();
        for (char c : qualname.toCharArray()) sb.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        return sb.toString();
    }
}
