package dev.jpy.marshal.io;

/**
 * The one-byte type codes of the marshal format. A code may be or'd with {@link #FLAG_REF}, which
 * adds the object to the reference table so that later {@link #REF} entries can point back to it.
 */
public final class TypeCode {
    private TypeCode() {}

    public static final int NULL = '0';
    public static final int NONE = 'N';
    public static final int FALSE = 'F';
    public static final int TRUE = 'T';
    public static final int STOPITER = 'S';
    public static final int ELLIPSIS = '.';
    /** int32 little-endian. */
    public static final int INT = 'i';
    /** int64 little-endian (read only; Python 2 wrote it). */
    public static final int INT64 = 'I';
    /** Text float: 1-byte length, ASCII repr. */
    public static final int FLOAT = 'f';
    /** Binary float: 8 bytes IEEE 754 little-endian. */
    public static final int BINARY_FLOAT = 'g';
    public static final int COMPLEX = 'x';
    public static final int BINARY_COMPLEX = 'y';
    /** Arbitrary-precision int: signed int32 digit count, then 15-bit digits as uint16, least significant first. */
    public static final int LONG = 'l';
    /** bytes (Python 2: str). */
    public static final int STRING = 's';
    /** Interned str (Python 2: interned byte string, added to the string table). */
    public static final int INTERNED = 't';
    /** Python 2 only: reference into the interned-string table. */
    public static final int STRINGREF = 'R';
    /** Back-reference into the reference table. */
    public static final int REF = 'r';
    public static final int TUPLE = '(';
    /** Tuple with a 1-byte size. */
    public static final int SMALL_TUPLE = ')';
    public static final int LIST = '[';
    /** Key/value objects until a NULL key. */
    public static final int DICT = '{';
    public static final int CODE = 'c';
    /** str as surrogatepass UTF-8. */
    public static final int UNICODE = 'u';
    public static final int UNKNOWN = '?';
    public static final int SET = '<';
    public static final int FROZENSET = '>';
    /** str of ASCII bytes, int32 length. */
    public static final int ASCII = 'a';
    public static final int ASCII_INTERNED = 'A';
    /** str of ASCII bytes, 1-byte length. */
    public static final int SHORT_ASCII = 'z';
    public static final int SHORT_ASCII_INTERNED = 'Z';

    public static final int FLAG_REF = 0x80;

    /** How a type byte is shown in messages: {@code 'x'} or {@code 0x9f}. */
    public static String show(int b) {
        int c = b & 0xFF;
        return c >= 0x21 && c < 0x7F ? "'" + (char) c + "'" : String.format("0x%02x", c);
    }
}
