package dev.jpy.marshal.pyc;

/** A file that is not a readable {@code .pyc}; carries the byte offset where the problem is. */
public final class PycFormatException extends Exception {
    private final long offset;

    public PycFormatException(long offset, String message) {
        super(message);
        this.offset = offset;
    }

    public long offset() {
        return offset;
    }
}
