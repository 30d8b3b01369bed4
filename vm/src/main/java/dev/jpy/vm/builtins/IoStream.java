package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One io object: StringIO, BytesIO or a file from open(). The readable content sits in memory (a file opened for
 * reading is read whole, decoded and newline-translated at open); what is written to a file goes to the OS at once,
 * so another open() sees it, and a '+' file is rewritten from the buffer after each write.
 */
final class IoStream extends PyInstance {
    final boolean binary, memory;
    /** The text content (text mode) or the bytes and their count (binary mode). */
    final StringBuilder text = new StringBuilder();
    byte[] bytes = new byte[0];
    int blen, pos;
    boolean readable, writable, closed, plus;
    Path path;
    OutputStream out;
    Charset charset;
    /** The newline argument: null for universal newlines. */
    String newline;

    IoStream(PyType t, boolean binary, boolean memory) {
        super(t);
        this.binary = binary;
        this.memory = memory;
    }

    PyRaise unsupported(String what) {
        return Errors.raise(IoModule.unsupportedOperation(), what);
    }

    void checkOpen() {
        if (closed) throw Errors.value("I/O operation on closed file.");
    }

    void checkReadable() {
        checkOpen();
        if (!readable) throw unsupported("not readable");
    }

    void checkWritable() {
        checkOpen();
        if (!writable) throw unsupported("not writable");
    }

    int size() { return binary ? blen : text.length(); }

    /** The end of the line starting at from (after its terminator), as the newline mode splits lines. */
    int lineEnd(int from) {
        int n = size();
        for (int i = from; i < n; i++) {
            int c = binary ? bytes[i] : text.charAt(i);
            if (binary || newline == null || newline.equals("\n")) {
                if (c == '\n') return i + 1;
            } else if (newline.isEmpty()) {
                if (c == '\n') return i + 1;
                if (c == '\r') return i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            } else if (newline.equals("\r")) {
                if (c == '\r') return i + 1;
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                return i + 2;
            }
        }
        return n;
    }

    /** Writes text or bytes at the position, overwriting and extending as a buffer does. */
    void put(String s, byte[] b) {
        if (binary) {
            int end = pos + b.length;
            if (end > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(end, bytes.length * 2));
            if (pos > blen) java.util.Arrays.fill(bytes, blen, pos, (byte) 0);
            System.arraycopy(b, 0, bytes, pos, b.length);
            blen = Math.max(blen, end);
            pos = end;
        } else {
            while (text.length() < pos) text.append('\0');
            int end = Math.min(text.length(), pos + s.length());
            text.replace(pos, end, s);
            pos += s.length();
        }
    }

    /** Sends written data to the file: appended to its stream, or the whole buffer for '+' modes. */
    void emit(String s, byte[] b) {
        try {
            if (plus) {
                put(s, b);
                byte[] all = binary ? java.util.Arrays.copyOf(bytes, blen) : translateOut(text.toString()).getBytes(charset);
                Files.write(path, all);
            } else {
                byte[] data = binary ? b : translateOut(s).getBytes(charset);
                out.write(data);
                pos += data.length; // tell() of a file being written: the bytes written so far
            }
        } catch (IOException x) {
            throw OsErrors.of(x, path.toString());
        }
    }

    /** '\n' as the newline argument asks to write it. */
    String translateOut(String s) {
        if (newline == null || newline.isEmpty() || newline.equals("\n")) return s;
        return s.replace("\n", newline);
    }

    /** Read content as universal newlines see it: \r\n and \r become \n (only when newline is None). */
    String translateIn(String s) {
        return newline == null ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    }

    void close() {
        if (closed) return;
        closed = true;
        if (out != null) {
            try {
                out.close();
            } catch (IOException x) {
                throw OsErrors.of(x, path.toString());
            }
        }
    }
}
