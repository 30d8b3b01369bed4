package dev.jpy.cli.dump;

import dev.jpy.cli.JpyException;
import dev.jpy.marshal.code.CodeTableException;
import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.marshal.pyc.PycFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** A .pyc read from disk for inspection; turns every format problem into a one-line error with the file and offset. */
public record PycInput(Path path, long size, PycFile pyc) {
    /** Larger files are refused before reading: no .pyc comes near this. */
    static final long MAX_SIZE = 1L << 30;

    public static PycInput read(Path path) throws IOException {
        if (Files.isDirectory(path)) throw new JpyException(path + ": Is a directory");
        long size = Files.size(path);
        if (size > MAX_SIZE) throw new JpyException(path + ": " + size + " bytes is too large for a .pyc file");
        byte[] data = Files.readAllBytes(path);
        try {
            return new PycInput(path, data.length, PycFile.parse(data));
        } catch (PycFormatException e) {
            throw new JpyException(path + ": at byte " + e.offset() + ": " + e.getMessage());
        }
    }

    /** Runs a rendering step; a malformed line or exception table inside becomes a one-line error. */
    public <T> T guard(Supplier<T> step) {
        try {
            return step.get();
        } catch (CodeTableException e) {
            throw new JpyException(path + ": " + e.getMessage() + " (table byte " + e.offset() + ")");
        }
    }
}
