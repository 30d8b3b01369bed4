package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyType;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * sys.stdout.buffer and sys.stderr.buffer: the BufferedWriter (FileIO under -u) below a {@link TextStream}. Bytes go
 * into its buffer model directly, decoded as UTF-8 for the Java writer (a sequence cut between two writes is kept
 * for the next one; invalid bytes become U+FFFD).
 */
final class StdBuffer extends PyObject {
    static final PyType BUFFERED = type("BufferedWriter"), FILE_IO = type("FileIO");

    private static PyType type(String name) {
        PyType t = new PyType(name, new PyType[] {dev.jpy.vm.object.Types.OBJECT}, PyType.Layout.BUILTIN, false);
        t.module = "_io";
        Args.method(t, "write", (a, k) -> {
            Args.methodCount("write", a, k, 1, 1);
            if (!(a[1] instanceof PyBytes b)) throw Errors.type("a bytes-like object is required, not '" + Errors.typeName(a[1]) + "'");
            ((StdBuffer) a[0]).write(b.b);
            return PyInt.of(b.b.length);
        });
        Args.method(t, "flush", (a, k) -> {
            ((StdBuffer) a[0]).text.flushBuffer();
            ((StdBuffer) a[0]).text.out.flush();
            return PyNone.NONE;
        });
        return t;
    }

    private final TextStream text;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer carry = ByteBuffer.allocate(0);

    StdBuffer(TextStream text) { this.text = text; }

    @Override public PyType type() { return text.buffered() ? BUFFERED : FILE_IO; }

    private void write(byte[] b) {
        ByteBuffer in = ByteBuffer.allocate(carry.remaining() + b.length).put(carry).put(b).flip();
        CharBuffer chars = CharBuffer.allocate(in.remaining() + 1);
        decoder.decode(in, chars, false);
        carry = in.slice();
        text.bufferWrite(chars.flip(), b.length);
    }
}
