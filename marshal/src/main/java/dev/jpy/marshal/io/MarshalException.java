package dev.jpy.marshal.io;

/** Marshal data that cannot be read or an object that cannot be written; carries the byte offset. */
public final class MarshalException extends RuntimeException {
    private final long offset;

    public MarshalException(long offset, String message) {
        super(message);
        this.offset = offset;
    }

    /** Offset of the offending byte from the start of the data given to the reader, or -1. */
    public long offset() {
        return offset;
    }

    /** The same error with its offset moved by {@code delta} (e.g. to count a file header). */
    public MarshalException shifted(long delta) {
        return offset < 0 ? this : new MarshalException(offset + delta, getMessage());
    }
}
