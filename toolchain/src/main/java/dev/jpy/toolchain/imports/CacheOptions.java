package dev.jpy.toolchain.imports;

import java.util.function.Consumer;

/**
 * How {@link CachedLoader} uses {@code __pycache__}: {@code -B} / PYTHONDONTWRITEBYTECODE, {@code -X pycache_prefix}
 * / PYTHONPYCACHEPREFIX, {@code -O}/{@code -OO}, {@code --check-hash-based-pycs}, and the {@code -v} trace sink
 * (each line given without its newline, e.g. {@code "# code object from /tmp/m.py"}; null for no trace).
 */
public record CacheOptions(boolean dontWriteBytecode, String pycachePrefix, int optimize, CheckHash checkHashBasedPycs,
        Consumer<String> verbose) {

    /** {@code --check-hash-based-pycs}: default checks only files flagged check_source. */
    public enum CheckHash {
        DEFAULT, ALWAYS, NEVER;

        /** The value of the command-line option ("default", "always", "never"). */
        public static CheckHash of(String s) {
            return switch (s) {
                case "default" -> DEFAULT;
                case "always" -> ALWAYS;
                case "never" -> NEVER;
                default -> throw new IllegalArgumentException("--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
            };
        }
    }

    public CacheOptions {
        if (optimize < 0 || optimize > 2) throw new IllegalArgumentException("optimize must be 0, 1 or 2");
        if (checkHashBasedPycs == null) checkHashBasedPycs = CheckHash.DEFAULT;
    }

    /** CPython's defaults: write bytecode next to the source, no optimization, no trace. */
    public static CacheOptions defaults() {
        return new CacheOptions(false, null, 0, CheckHash.DEFAULT, null);
    }

    public CacheOptions withVerbose(Consumer<String> sink) {
        return new CacheOptions(dontWriteBytecode, pycachePrefix, optimize, checkHashBasedPycs, sink);
    }

    /** The "opt-N" tag of the cache file name: "" at level 0. */
    String optimizationTag() {
        return optimize == 0 ? "" : Integer.toString(optimize);
    }

    void trace(String line) {
        if (verbose != null) verbose.accept(line);
    }
}
