package dev.jpy.marshal.pyc;

import dev.jpy.marshal.io.MarshalDialect;
import java.util.Optional;

/**
 * The Python releases whose {@code .pyc} files jpy reads, by the magic number each release writes,
 * with the header size, marshal dialect and cache tag that go with it.
 */
public enum PythonVersion {
    PY27(2, 7, 62211, 8, MarshalDialect.PY27),
    PY36(3, 6, 3379, 12, MarshalDialect.PY30),
    PY37(3, 7, 3394, 16, MarshalDialect.PY30),
    PY38(3, 8, 3413, 16, MarshalDialect.PY38),
    PY39(3, 9, 3425, 16, MarshalDialect.PY38),
    PY310(3, 10, 3439, 16, MarshalDialect.PY38),
    PY311(3, 11, 3495, 16, MarshalDialect.PY311),
    PY312(3, 12, 3531, 16, MarshalDialect.PY311),
    PY313(3, 13, 3571, 16, MarshalDialect.PY311);

    /** The version jpy compiles for and runs. */
    public static final PythonVersion CURRENT = PY313;

    public final int major;
    public final int minor;
    /** The 16-bit magic number (the file starts with it little-endian, then {@code \r\n}). */
    public final int magic;
    /** Bytes before the marshalled code object. */
    public final int headerSize;
    public final MarshalDialect dialect;

    PythonVersion(int major, int minor, int magic, int headerSize, MarshalDialect dialect) {
        this.major = major;
        this.minor = minor;
        this.magic = magic;
        this.headerSize = headerSize;
        this.dialect = dialect;
    }

    /** "3.13". */
    public String text() {
        return major + "." + minor;
    }

    /** The cache tag, e.g. {@code cpython-313}; Python 2.7 has none. */
    public Optional<String> cacheTag() {
        return major == 2 ? Optional.empty() : Optional.of("cpython-" + major + minor);
    }

    /** The 4 magic bytes as they start a file. */
    public byte[] magicBytes() {
        return new byte[] {(byte) magic, (byte) (magic >> 8), '\r', '\n'};
    }

    /** The release with this magic number, if jpy knows it. */
    public static Optional<PythonVersion> byMagic(int magic) {
        for (PythonVersion v : values()) if (v.magic == magic) return Optional.of(v);
        return Optional.empty();
    }

    // Magic numbers used by each line of releases, pre-releases included (from the history in
    // importlib/_bootstrap_external.py), so that an unknown magic can at least be named.
    private static final int[][] FAMILIES = {
        {2, 0, 50823, 50823}, {2, 1, 60202, 60202}, {2, 2, 60717, 60717}, {2, 3, 62011, 62021},
        {2, 4, 62041, 62061}, {2, 5, 62071, 62131}, {2, 6, 62151, 62161}, {2, 7, 62171, 62211},
        {3, 0, 3000, 3131}, {3, 1, 3141, 3151}, {3, 2, 3160, 3180}, {3, 3, 3190, 3230},
        {3, 4, 3250, 3310}, {3, 5, 3320, 3351}, {3, 6, 3360, 3379}, {3, 7, 3390, 3394},
        {3, 8, 3400, 3413}, {3, 9, 3420, 3425}, {3, 10, 3430, 3439}, {3, 11, 3450, 3495},
        {3, 12, 3500, 3531}, {3, 13, 3550, 3571}, {3, 14, 3600, 3699}, {3, 15, 3700, 3799},
    };

    /** Names the Python line a magic number belongs to ("Python 3.12", "Python 3.13 pre-release"), or empty. */
    public static Optional<String> describeMagic(int magic) {
        for (int[] f : FAMILIES) {
            if (magic >= f[2] && magic <= f[3]) {
                String name = "Python " + f[0] + "." + f[1];
                return Optional.of(byMagic(magic).isPresent() ? name : name + " (not a release jpy reads)");
            }
        }
        return Optional.empty();
    }
}
