package dev.jpy.marshal.code;

/** A location or exception table that cannot be decoded; carries the offset in the table. */
public final class CodeTableException extends RuntimeException {
    private final int offset;

    public CodeTableException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
