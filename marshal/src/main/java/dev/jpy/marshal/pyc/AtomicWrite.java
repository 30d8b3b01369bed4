package dev.jpy.marshal.pyc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Replaces a file all at once: the bytes go to a fresh, uniquely named temporary file in the same
 * directory, are forced to disk (unless the caller opts out, as CPython's {@code _write_atomic} never
 * forces), and the temporary file is then renamed over the target. Readers see
 * the old file or the new one, never a torn or mixed one, and concurrent writers cannot share a
 * temporary file (unlike CPython's {@code path.{id(path)}} names). On any failure the temporary file
 * is removed and the target is left as it was.
 */
public final class AtomicWrite {
    private AtomicWrite() {}

    public static void write(Path target, byte[] data) throws IOException {
        write(target, data, true);
    }

    /**
     * As {@link #write(Path, byte[])}; with {@code force} false the bytes are not forced to disk before the
     * rename (CPython's {@code importlib._bootstrap_external._write_atomic}): still atomic for readers, and
     * much faster when many files are written, but a crash of the machine may leave an empty file.
     */
    public static void write(Path target, byte[] data, boolean force) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer b = ByteBuffer.wrap(data);
                while (b.hasRemaining()) ch.write(b);
                if (force) ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
    }

    /**
     * Gives a freshly written {@code .pyc} importlib's mode ({@code _calc_mode}): the source's permissions without
     * execute bits, plus owner-write; nothing on a non-POSIX file system.
     */
    public static void setPycMode(Path pyc, Set<PosixFilePermission> sourcePerms) throws IOException {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        perms.addAll(sourcePerms);
        perms.removeAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_EXECUTE));
        perms.add(PosixFilePermission.OWNER_WRITE);
        try {
            Files.setPosixFilePermissions(pyc, perms);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default mode
        }
    }
}
