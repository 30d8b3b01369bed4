package dev.jpy.toolchain.compileall;

import dev.jpy.marshal.pyc.PycHeader.Invalidation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The settings of one compileall run, as {@code compileall.main} passes them to {@code compile_dir}
 * and {@code compile_file}.
 *
 * @param maxLevels how deep to recurse into directories ({@code -r}, {@code -l} = 0)
 * @param ddir {@code -d}, or null
 * @param stripDir {@code -s}, or null
 * @param prependDir {@code -p}, or null
 * @param rx {@code -x}, or null
 * @param quiet 0, 1 ({@code -q}) or 2 ({@code -qq})
 * @param legacy {@code -b}: {@code x.pyc} next to {@code x.py}
 * @param optLevels sorted distinct levels; -1 means the interpreter's (jpy's is 0, with a plain name)
 * @param invalidation null for the default (checked-hash when SOURCE_DATE_EPOCH is set, else timestamp)
 * @param limitSlDest {@code -e}, or null
 * @param workers threads; 0 means one per core
 * @param progress whether to draw a progress bar (stdout is a terminal)
 */
public record CompileOptions(int maxLevels, String ddir, String stripDir, String prependDir, boolean force,
                             Pattern rx, int quiet, boolean legacy, List<Integer> optLevels,
                             Invalidation invalidation, String limitSlDest, boolean hardlinkDupes, int workers,
                             boolean progress) {
    public CompileOptions {
        optLevels = optLevels.stream().distinct().sorted().toList();
        if (ddir != null && (stripDir != null || prependDir != null)) {
            throw new IllegalArgumentException("Destination dir (ddir) cannot be used "
                    + "in combination with stripdir or prependdir");
        }
        if (hardlinkDupes && optLevels.size() < 2) {
            throw new IllegalArgumentException("Hardlinking of duplicated bytecode makes sense "
                    + "only for more than one optimization level");
        }
        if (workers < 0) throw new IllegalArgumentException("workers must be greater or equal to 0");
    }

    /** The mode used when none is given: py_compile's {@code _get_default_invalidation_mode}. */
    public Invalidation effectiveInvalidation() {
        return invalidation != null ? invalidation : defaultInvalidation(System.getenv("SOURCE_DATE_EPOCH"));
    }

    /** checked-hash when SOURCE_DATE_EPOCH is set and not empty (reproducible builds), else timestamp. */
    static Invalidation defaultInvalidation(String sourceDateEpoch) {
        return sourceDateEpoch != null && !sourceDateEpoch.isEmpty() ? Invalidation.CHECKED_HASH : Invalidation.TIMESTAMP;
    }

    /** A copy with ddir turned into stripdir/prependdir, as compile_dir does for a directory. */
    CompileOptions forDirectory(String dir) {
        if (ddir == null) return this;
        return new CompileOptions(maxLevels, null, dir, ddir, force, rx, quiet, legacy, optLevels,
                invalidation, limitSlDest, hardlinkDupes, workers, progress);
    }
}
