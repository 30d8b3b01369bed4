package dev.jpy.marshal.pyc;

import dev.jpy.marshal.io.MarshalException;
import dev.jpy.marshal.io.MarshalReader;
import dev.jpy.marshal.io.MarshalWriter;
import dev.jpy.marshal.io.Wire;
import dev.jpy.marshal.model.PyObj;
import java.util.Arrays;

/**
 * A whole {@code .pyc}: header, code object and (for files that were read) the spelling of every
 * object, so that {@link #toBytes()} gives back the exact bytes that were read.
 */
public record PycFile(PycHeader header, PyObj code, Wire wire, byte[] trailing) {

    /** A file to write: no spelling kept, nothing after the code object. */
    public static PycFile of(PycHeader header, PyObj code) {
        return new PycFile(header, code, null, new byte[0]);
    }

    /** Parses a {@code .pyc}; errors carry the offset from the start of the file. */
    public static PycFile parse(byte[] data) throws PycFormatException {
        PycHeader header = PycHeader.parse(data);
        int start = header.version().headerSize;
        if (data.length == start) throw new PycFormatException(start, "no code object after the header");
        try {
            MarshalReader.Result r = MarshalReader.readWithWire(data, start, header.version().dialect);
            // Like CPython's loader, bytes after the code object are ignored; they are kept for toBytes().
            return new PycFile(header, r.value(), r.wire(), Arrays.copyOfRange(data, r.end(), data.length));
        } catch (MarshalException e) {
            throw new PycFormatException(e.offset(), e.getMessage());
        }
    }

    /** The file's bytes: the header, then the marshalled code object. */
    public byte[] toBytes() {
        byte[] head = header.toBytes();
        byte[] body = MarshalWriter.write(code, header.version().dialect, wire);
        byte[] out = Arrays.copyOf(head, head.length + body.length + trailing.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        System.arraycopy(trailing, 0, out, head.length + body.length, trailing.length);
        return out;
    }
}
