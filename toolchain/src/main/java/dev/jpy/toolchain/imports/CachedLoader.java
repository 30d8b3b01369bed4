package dev.jpy.toolchain.imports;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.pyc.AtomicWrite;
import dev.jpy.marshal.pyc.CachePaths;
import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.marshal.pyc.PycFormatException;
import dev.jpy.marshal.pyc.PycHeader;
import dev.jpy.marshal.pyc.PythonVersion;
import dev.jpy.marshal.pyc.SourceHash;
import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.toolchain.parse.SourceBytes;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * importlib's SourceFileLoader / SourcelessFileLoader for jpy: a module's code from its {@code __pycache__}
 * {@code .pyc} when that is valid and fresh, otherwise compiled by jpy's {@link Compiler} and written back
 * atomically; built from small functions named after CPython 3.13's {@code _bootstrap_external}
 * ({@code cache_from_source}, {@code _classify_pyc}, {@code _validate_timestamp_pyc}, {@code _validate_hash_pyc},
 * {@code _code_to_timestamp_pyc}, {@code _code_to_hash_pyc}, {@code set_data}), tracing to {@link CacheOptions#verbose}
 * the {@code -v} lines CPython prints.
 *
 * <p>Where jpy is safer than CPython:
 * <ul>
 * <li>A bad magic number, a truncated header, bad flags or a body that does not unmarshal to a code object
 *     never fails the import: the source is compiled and the {@code .pyc} rewritten (CPython raises on a
 *     corrupt body).</li>
 * <li>Same-second edits (CPython #75953). A timestamp {@code .pyc} records the source mtime in whole seconds
 *     and its size, so a same-size edit within the second the {@code .pyc} was written from goes unseen by
 *     CPython. jpy closes both halves of that window with file-system times at full precision:
 *     (1) reading: a timestamp {@code .pyc} whose header matches is trusted only if the {@code .pyc} file
 *     itself was last written at least {@value #TRUST_SECONDS} s after the source's mtime; otherwise an edit
 *     inside the recorded second cannot be ruled out and the source is recompiled;
 *     (2) writing: when the source's mtime is less than {@value #TRUST_SECONDS} s old (it may still be edited
 *     inside its recorded second), jpy writes a checked-hash {@code .pyc} instead of a timestamp one, which
 *     every later import (jpy's or CPython's) validates against the source's hash. Once the source is older
 *     the next rewrite is an ordinary timestamp file. The {@value #TRUST_SECONDS} s margin also covers file
 *     systems with 2 s timestamps. Only {@code --check-hash-based-pycs never} can then still run stale code,
 *     as the user asked.</li>
 * </ul>
 * An unwritable cache directory is skipped silently (traced with {@code -v}), as in CPython.
 */
public final class CachedLoader {
    /** How old (seconds) a source's mtime must be, relative to its .pyc or to now, to trust whole-second stamps. */
    public static final int TRUST_SECONDS = 2;

    private CachedLoader() {}

    /** The stat of a source file: full-precision mtime, size, permissions. */
    record SourceStat(FileTime mtime, long size, Set<PosixFilePermission> perms) {
        static SourceStat of(Path p) throws IOException {
            Set<PosixFilePermission> perms;
            try {
                perms = Files.getPosixFilePermissions(p);
            } catch (UnsupportedOperationException e) {
                perms = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            }
            return new SourceStat(Files.getLastModifiedTime(p), Files.size(p), perms);
        }

        long mtimeSeconds() {
            return mtime.to(TimeUnit.SECONDS);
        }
    }

    /** {@link #load(String, Path, CacheOptions)} with the module name taken from the file name. */
    public static PyCode load(Path source, CacheOptions o) throws IOException {
        String f = source.getFileName().toString();
        return load(f.endsWith(".py") ? f.substring(0, f.length() - 3) : f, source, o);
    }

    /**
     * The code of module {@code name} whose source is {@code source}: from its cache file when valid and fresh,
     * else compiled (and cached unless {@code -B}). Syntax errors of the source propagate as the compiler throws them.
     */
    public static PyCode load(String name, Path source, CacheOptions o) throws IOException {
        SourceStat st = SourceStat.of(source);
        Path cpath = cacheFromSource(source, o);
        byte[] sourceBytes = null;
        boolean hashBased = false, checkSource = false;
        byte[] data = readOrNull(cpath);
        if (data != null) {
            PycHeader h = classifyPyc(data, name, o);
            if (h != null) {
                hashBased = h.isHashBased();
                checkSource = h.checkSource();
                boolean valid;
                if (hashBased) {
                    boolean check = o.checkHashBasedPycs() != CacheOptions.CheckHash.NEVER
                            && (o.checkHashBasedPycs() == CacheOptions.CheckHash.ALWAYS || checkSource);
                    if (check) sourceBytes = Files.readAllBytes(source);
                    valid = !check || validateHashPyc(h, sourceBytes);
                } else {
                    valid = validateTimestampPyc(h, st, name, o) && trustedTimestamp(cpath, st, name, o);
                }
                if (valid) {
                    o.trace("# " + cpath + " matches " + source);
                    PyCode code = unmarshal(data, cpath, o);
                    if (code != null) {
                        o.trace("# code object from " + repr(cpath.toString()));
                        return code;
                    }
                }
            }
        }
        if (sourceBytes == null) sourceBytes = Files.readAllBytes(source);
        String text = SourceBytes.decode(sourceBytes, source.toString()); // as compile(bytes): importlib's source_to_code
        PyCode code = Compiler.compile(text, source.toString(), o.optimize());
        o.trace("# code object from " + source);
        if (!o.dontWriteBytecode()) {
            boolean recent = isRecent(st.mtime(), FileTime.fromMillis(System.currentTimeMillis()));
            byte[] pyc = hashBased || recent
                    ? codeToHashPyc(code, SourceHash.of(sourceBytes), checkSource || recent)
                    : codeToTimestampPyc(code, st.mtimeSeconds(), st.size());
            setData(cpath, pyc, st.perms(), o);
        }
        return code;
    }

    /**
     * SourcelessFileLoader: the code of a {@code .pyc} with no source beside it (a legacy {@code M.pyc}); its
     * header is not checked against anything. Throws {@link PycFormatException} with CPython's reason when the
     * file is no valid 3.13 .pyc.
     */
    public static PyCode loadSourceless(String name, Path pyc, CacheOptions o) throws IOException, PycFormatException {
        byte[] data = Files.readAllBytes(pyc);
        if (classifyPyc(data, name, o) == null) {
            throw new PycFormatException(0, "bad magic number or header in " + repr(name) + ": " + bytesRepr(Arrays.copyOf(data, Math.min(4, data.length))));
        }
        PycFile f = PycFile.parse(data);
        if (!(f.code() instanceof PyCode code)) throw new PycFormatException(16, "Non-code object in " + repr(pyc.toString()));
        o.trace("# code object from " + repr(pyc.toString()));
        return code;
    }

    /** {@code cache_from_source}: {@code __pycache__/M.cpython-313[.opt-N].pyc}, or under the pycache prefix. */
    public static Path cacheFromSource(Path source, CacheOptions o) {
        String cwd = Path.of("").toAbsolutePath().toString();
        return Path.of(CachePaths.cacheFromSource(source.toString(), o.optimizationTag(), o.pycachePrefix(), cwd));
    }

    /**
     * {@code _classify_pyc}: the header when the magic number is 3.13's, the header is complete and its flags are
     * known; null otherwise, after tracing CPython's reason.
     */
    static PycHeader classifyPyc(byte[] data, String name, CacheOptions o) {
        byte[] magic = PythonVersion.CURRENT.magicBytes();
        if (data.length < 4 || !Arrays.equals(magic, Arrays.copyOf(data, 4))) {
            o.trace("# bad magic number in " + repr(name) + ": " + bytesRepr(Arrays.copyOf(data, Math.min(4, data.length))));
            return null;
        }
        if (data.length < 16) {
            o.trace("# reached EOF while reading pyc header of " + repr(name));
            return null;
        }
        try {
            return PycHeader.parse(data);
        } catch (PycFormatException e) {
            long flags = (data[4] & 0xFFL) | (data[5] & 0xFFL) << 8 | (data[6] & 0xFFL) << 16 | (data[7] & 0xFFL) << 24;
            o.trace("# invalid flags " + flags + " in " + repr(name));
            return null;
        }
    }

    /** {@code _validate_timestamp_pyc}: the recorded mtime and size are the source's (each modulo 2**32). */
    static boolean validateTimestampPyc(PycHeader h, SourceStat st, String name, CacheOptions o) {
        if (h.mtime() != (st.mtimeSeconds() & 0xFFFFFFFFL) || h.sourceSize() != (st.size() & 0xFFFFFFFFL)) {
            o.trace("# bytecode is stale for " + repr(name));
            return false;
        }
        return true;
    }

    /** jpy's guard against CPython #75953: the .pyc file was written well after the source's last change. */
    static boolean trustedTimestamp(Path cpath, SourceStat st, String name, CacheOptions o) {
        try {
            if (!isRecent(st.mtime(), Files.getLastModifiedTime(cpath))) return true;
        } catch (IOException e) {
            // cannot tell: recompile
        }
        o.trace("# bytecode may be stale for " + repr(name) + " (source changed within " + TRUST_SECONDS + " s of its .pyc)");
        return false;
    }

    /** Whether {@code later} is less than TRUST_SECONDS after {@code mtime} (or before it). */
    static boolean isRecent(FileTime mtime, FileTime later) {
        long nanos = later.to(TimeUnit.NANOSECONDS) - mtime.to(TimeUnit.NANOSECONDS);
        return nanos < TimeUnit.SECONDS.toNanos(TRUST_SECONDS);
    }

    /** {@code _validate_hash_pyc}: the recorded SipHash is the source's. */
    static boolean validateHashPyc(PycHeader h, byte[] source) {
        return Arrays.equals(h.sourceHash(), SourceHash.of(source));
    }

    /** {@code _code_to_timestamp_pyc}. */
    static byte[] codeToTimestampPyc(PyCode code, long mtimeSeconds, long size) {
        return PycFile.of(PycHeader.timestamp(PythonVersion.CURRENT, mtimeSeconds, size), code).toBytes();
    }

    /** {@code _code_to_hash_pyc}. */
    static byte[] codeToHashPyc(PyCode code, byte[] sourceHash, boolean checkSource) {
        return PycFile.of(PycHeader.hashBased(PythonVersion.CURRENT, sourceHash, checkSource), code).toBytes();
    }

    /** The code object of a valid-looking .pyc, or null (traced) when its body is corrupt: jpy then recompiles. */
    private static PyCode unmarshal(byte[] data, Path cpath, CacheOptions o) {
        try {
            if (PycFile.parse(data).code() instanceof PyCode code) return code;
            o.trace("# Non-code object in " + repr(cpath.toString()) + "; recompiling");
        } catch (PycFormatException e) {
            o.trace("# bad marshal data in " + repr(cpath.toString()) + " (" + e.getMessage() + "); recompiling");
        }
        return null;
    }

    /**
     * {@code SourceFileLoader.set_data}: creates the missing directories one at a time and writes atomically with
     * the source's mode (no execute bits) plus owner-write; any failure is traced and otherwise ignored.
     */
    static void setData(Path cpath, byte[] data, Set<PosixFilePermission> sourcePerms, CacheOptions o) {
        Path parent = cpath.toAbsolutePath().getParent();
        try {
            if (!Files.isDirectory(parent)) Files.createDirectories(parent);
        } catch (IOException e) {
            o.trace("# could not create " + repr(parent.toString()) + ": " + osErrorRepr(e));
            return;
        }
        try {
            AtomicWrite.write(cpath, data);
            AtomicWrite.setPycMode(cpath, sourcePerms);
        } catch (IOException e) {
            o.trace("# could not create " + repr(cpath.toString()) + ": " + osErrorRepr(e));
            return;
        }
        o.trace("# created " + repr(cpath.toString()));
    }

    private static byte[] readOrNull(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return null;
        }
    }

    private static String osErrorRepr(IOException e) {
        return e instanceof AccessDeniedException ? "PermissionError(13, 'Permission denied')" : "OSError(" + repr(String.valueOf(e.getMessage())) + ")";
    }

    /** Python's repr of a str without quotes or backslashes to escape beyond the common ones. */
    static String repr(String s) {
        boolean dq = s.indexOf('\'') >= 0 && s.indexOf('"') < 0;
        char q = dq ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == q) b.append('\\').append(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\t') b.append("\\t");
            else b.append(c);
        }
        return b.append(q).toString();
    }

    /** Python's repr of a bytes value. */
    static String bytesRepr(byte[] bs) {
        boolean dq = false, sq = false;
        for (byte x : bs) { if (x == '\'') sq = true; if (x == '"') dq = true; }
        char q = sq && !dq ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(q);
        for (byte x : bs) {
            int c = x & 0xFF;
            if (c == '\\' || c == q) b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 32 || c >= 127) b.append(String.format("\\x%02x", c));
            else b.append((char) c);
        }
        return b.append(q).toString();
    }
}
