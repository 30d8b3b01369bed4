package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyProperty;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyType;
import java.io.PrintWriter;

/**
 * sys.stdout and sys.stderr: a text stream over a Java writer that hands its text on when CPython's would reach the
 * file descriptor, so that stdout and stderr sent to one pipe interleave as they do under CPython. CPython's model:
 * a TextIOWrapper keeps pending text until it holds a chunk of 8192 bytes (a text of a chunk or more first sends the
 * pending one down; write_through sends every text at once; line_buffering sends a text with a line end and flushes
 * the buffer below), over a BufferedWriter of 4096 bytes (the block size of a pipe or a file), or straight over the
 * file under -u. Nothing reaches the writer between those points.
 */
public final class TextStream extends PyObject {
    static final PyType TYPE = new PyType("TextIOWrapper", new PyType[] {dev.jpy.vm.object.Types.OBJECT}, PyType.Layout.BUILTIN, false);
    static {
        TYPE.module = "_io";
        Args.method(TYPE, "write", (a, k) -> {
            String s = Args.str(a[1], "write() argument").s;
            ((TextStream) a[0]).write(s);
            return PyInt.of(s.codePointCount(0, s.length()));
        });
        Args.method(TYPE, "flush", (a, k) -> {
            ((TextStream) a[0]).flush();
            return PyNone.NONE;
        });
        Args.method(TYPE, "writelines", (a, k) -> {
            for (Object line : dev.jpy.vm.object.Ops.toList(a[1])) ((TextStream) a[0]).write(Args.str(line, "write() argument").s);
            return PyNone.NONE;
        });
        Args.method(TYPE, "isatty", (a, k) -> PyBool.of(((TextStream) a[0]).terminal));
        Args.method(TYPE, "fileno", (a, k) -> PyInt.of(((TextStream) a[0]).fd));
        Args.method(TYPE, "writable", (a, k) -> PyBool.TRUE);
        Args.method(TYPE, "readable", (a, k) -> PyBool.FALSE);
        Args.method(TYPE, "seekable", (a, k) -> PyBool.FALSE);
        property("line_buffering", s -> PyBool.of(s.lineBuffering));
        property("write_through", s -> PyBool.of(s.writeThrough));
        property("encoding", s -> new PyStr("utf-8"));
        property("errors", s -> new PyStr(s.fd == 2 ? "backslashreplace" : "strict"));
        property("name", s -> new PyStr(s.fd == 2 ? "<stderr>" : "<stdout>"));
        property("mode", s -> new PyStr("w"));
        property("closed", s -> PyBool.FALSE);
        property("newlines", s -> PyNone.NONE);
        property("buffer", s -> s.buffer);
    }

    /** Whether the JVM's standard streams are a terminal (Console.isTerminal from Java 22 on; before, a console means one). */
    public static boolean terminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static void property(String name, java.util.function.Function<TextStream, Object> get) {
        TYPE.put(name, new PyProperty(PyProperty.Kind.PROPERTY, new PyBuiltin(name, false, (a, k) -> get.apply((TextStream) a[0]))));
    }

    /** CPython's TextIOWrapper chunk size and the BufferedWriter size of std streams on a pipe or a file. */
    private static final int CHUNK = 8192, BLOCK = 4096;

    public final PrintWriter out;
    /** 1 for stdout, 2 for stderr (fileno(), and the name and errors CPython gives each). */
    private int fd = 1;
    private boolean terminal;
    /** sys.stdout.buffer: bytes written there skip the pending text (as in CPython, where they may overtake it). */
    private final StdBuffer buffer = new StdBuffer(this);
    private final boolean lineBuffering, writeThrough;
    /** The BufferedWriter's size; 0 under -u, where the text layer writes to the file itself. */
    private final int bufferSize;
    private final StringBuilder pending = new StringBuilder(), buffered = new StringBuilder();
    private int pendingBytes, bufferedBytes;

    /** A stream that hands every write on at once (a flush after each). */
    public TextStream(PrintWriter out) { this(out, false, true, 0); }

    private TextStream(PrintWriter out, boolean lineBuffering, boolean writeThrough, int bufferSize) {
        this.out = out;
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
        this.bufferSize = bufferSize;
    }

    /** sys.stdout: block-buffered, line-buffered on a terminal; unbuffered under -u or PYTHONUNBUFFERED. */
    public static TextStream stdout(PrintWriter out, boolean unbuffered, boolean terminal) {
        TextStream s = unbuffered ? new TextStream(out) : new TextStream(out, terminal, false, BLOCK);
        s.terminal = terminal;
        return s;
    }

    /** sys.stderr: line-buffered (CPython 3.9+); unbuffered under -u or PYTHONUNBUFFERED. */
    public static TextStream stderr(PrintWriter err, boolean unbuffered, boolean terminal) {
        TextStream s = unbuffered ? new TextStream(err) : new TextStream(err, true, false, BLOCK);
        s.fd = 2;
        s.terminal = terminal;
        return s;
    }

    /** Whether there is a BufferedWriter under the text (its type name; FileIO under -u). */
    boolean buffered() { return bufferSize > 0; }

    @Override public PyType type() { return TYPE; }

    /** TextIOWrapper.write: the text joins the pending chunk, which goes down when full, at once or at a line end. */
    public void write(CharSequence s) {
        int n = utf8Length(s);
        boolean lineEnd = lineBuffering && hasLineEnd(s);
        if (n >= CHUNK) writePending(); // a large text is not joined to the pending one
        pending.append(s);
        pendingBytes += n;
        if (pendingBytes >= CHUNK || lineEnd || writeThrough) writePending();
        if (lineEnd) flushBuffer();
    }

    /** TextIOWrapper.flush: the pending text and the buffer below reach the writer, which is flushed. */
    public void flush() {
        writePending();
        flushBuffer();
        out.flush();
    }

    private void writePending() {
        if (pending.isEmpty()) return;
        bufferWrite(pending, pendingBytes);
        pending.setLength(0);
        pendingBytes = 0;
    }

    /** BufferedWriter.write: kept when it fits; else the buffer is written, then the data too when it is larger. */
    void bufferWrite(CharSequence b, int n) {
        if (bufferSize > 0 && n <= bufferSize - bufferedBytes) {
            buffered.append(b);
            bufferedBytes += n;
            return;
        }
        flushBuffer();
        if (n > bufferSize) {
            raw(b);
        } else {
            buffered.append(b);
            bufferedBytes = n;
        }
    }

    void flushBuffer() {
        if (buffered.isEmpty()) return;
        raw(buffered);
        buffered.setLength(0);
        bufferedBytes = 0;
    }

    private void raw(CharSequence b) {
        out.append(b);
        out.flush();
    }

    private static boolean hasLineEnd(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') return true;
        }
        return false;
    }

    /** The length of s in UTF-8 (a surrogate pair makes 4 bytes). */
    private static int utf8Length(CharSequence s) {
        int n = s.length(), bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) bytes += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
        }
        return bytes;
    }
}
