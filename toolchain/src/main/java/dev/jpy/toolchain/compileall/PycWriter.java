package dev.jpy.toolchain.compileall;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.pyc.AtomicWrite;
import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.marshal.pyc.PycHeader;
import dev.jpy.marshal.pyc.PycHeader.Invalidation;
import dev.jpy.marshal.pyc.PythonVersion;
import dev.jpy.marshal.pyc.SourceHash;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes one {@code .pyc} as {@code py_compile.compile} does: refuses a symlink or non-regular target,
 * creates the directory, builds the header for the invalidation mode, writes atomically (without an fsync,
 * as CPython) and gives the
 * file the source's mode plus owner-write (importlib's {@code _calc_mode}); and decides freshness.
 */
final class PycWriter {
    private PycWriter() {}

    /** The source file as compileall sees it: its bytes and stat. */
    record Source(Path path, byte[] bytes, long mtimeSeconds, long size, Set<PosixFilePermission> perms) {
        static Source read(Path p) throws IOException {
            byte[] b = Files.readAllBytes(p);
            long mtime = Math.floorDiv(Files.getLastModifiedTime(p).toMillis(), 1000L);
            Set<PosixFilePermission> perms;
            try {
                perms = Files.getPosixFilePermissions(p);
            } catch (UnsupportedOperationException | IOException e) {
                perms = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            }
            return new Source(p, b, mtime, b.length, perms);
        }
    }

    /** The header py_compile writes for {@code src} in {@code mode}. */
    static PycHeader header(Source src, Invalidation mode) {
        return mode == Invalidation.TIMESTAMP
                ? PycHeader.timestamp(PythonVersion.CURRENT, src.mtimeSeconds(), src.size())
                : PycHeader.hashBased(PythonVersion.CURRENT, SourceHash.of(src.bytes()), mode == Invalidation.CHECKED_HASH);
    }

    /**
     * Whether {@code cfile} is up to date for {@code src} in {@code mode}: its header is exactly the one
     * jpy would write now. Unlike CPython this accepts a fresh hash-based file (CPython #121577) and
     * rejects one written in another invalidation mode (CPython #117204).
     */
    static boolean isFresh(Path cfile, Source src, Invalidation mode) {
        byte[] want = header(src, mode).toBytes();
        byte[] have = new byte[want.length];
        try (InputStream in = Files.newInputStream(cfile)) {
            if (in.readNBytes(have, 0, have.length) != have.length) return false;
        } catch (IOException e) {
            return false;
        }
        return Arrays.equals(want, have);
    }

    /** Writes {@code code} to {@code cfile}; throws the OSError-like failures compileall reports. */
    static void write(Path cfile, PyCode code, Source src, Invalidation mode) throws IOException {
        if (Files.isSymbolicLink(cfile)) {
            throw new FileAlreadyExistsException(cfile.toString(), null, cfile + " is a symlink and will be changed "
                    + "into a regular file if import writes a byte-compiled file to it");
        }
        if (Files.exists(cfile, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(cfile, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(cfile.toString(), null, cfile + " is a non-regular file and will "
                    + "be changed into a regular one if import writes a byte-compiled file to it");
        }
        Path dir = cfile.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.FileSystemException(cfile.toString(), null, "Not a directory");
            }
            Files.createDirectories(dir);
        }
        byte[] data = PycFile.of(header(src, mode), code).toBytes();
        // like py_compile (importlib's _write_atomic): atomic rename, no fsync, which costs more than compiling
        AtomicWrite.write(cfile, data, false);
        AtomicWrite.setPycMode(cfile, src.perms());
    }
}
