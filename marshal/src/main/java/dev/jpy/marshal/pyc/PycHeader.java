package dev.jpy.marshal.pyc;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The header before the code object. Since 3.7 (PEP 552) it is 16 bytes: magic, a 32-bit flags
 * word, then either the source mtime and size (flags 0) or an 8-byte SipHash of the source (bit 0
 * set; bit 1 then asks the importer to check it). 3.6 has no flags word (12 bytes) and 2.7 no size
 * either (8 bytes).
 */
public record PycHeader(PythonVersion version, int flags, long mtime, long sourceSize, byte[] sourceHash) {
    public static final int FLAG_HASH_BASED = 0x1;
    public static final int FLAG_CHECK_SOURCE = 0x2;

    /** How a pyc is kept fresh against its source. */
    public enum Invalidation {
        TIMESTAMP("timestamp"), CHECKED_HASH("checked-hash"), UNCHECKED_HASH("unchecked-hash");

        public final String cliName;

        Invalidation(String cliName) { this.cliName = cliName; }
    }

    /** A timestamp header (mtime and size are truncated to 32 bits like CPython does). */
    public static PycHeader timestamp(PythonVersion v, long mtime, long size) {
        return new PycHeader(v, 0, mtime & 0xFFFFFFFFL, size & 0xFFFFFFFFL, null);
    }

    /** A hash-based header. */
    public static PycHeader hashBased(PythonVersion v, byte[] hash, boolean checkSource) {
        if (hash.length != 8) throw new IllegalArgumentException("source hash must be 8 bytes");
        return new PycHeader(v, FLAG_HASH_BASED | (checkSource ? FLAG_CHECK_SOURCE : 0), 0, 0, hash.clone());
    }

    public boolean isHashBased() {
        return (flags & FLAG_HASH_BASED) != 0;
    }

    public boolean checkSource() {
        return (flags & FLAG_CHECK_SOURCE) != 0;
    }

    public Invalidation invalidation() {
        return !isHashBased() ? Invalidation.TIMESTAMP : checkSource() ? Invalidation.CHECKED_HASH : Invalidation.UNCHECKED_HASH;
    }

    /** Parses the header at the start of {@code data}. */
    public static PycHeader parse(byte[] data) throws PycFormatException {
        if (data.length < 4) {
            throw new PycFormatException(0, "not a .pyc file: " + data.length + " bytes, too short for a magic number");
        }
        int magic = (data[0] & 0xFF) | (data[1] & 0xFF) << 8;
        if (data[2] != '\r' || data[3] != '\n') {
            throw new PycFormatException(2, "not a .pyc file: the magic number is not followed by \\r\\n");
        }
        PythonVersion v = PythonVersion.byMagic(magic).orElseThrow(() -> new PycFormatException(0,
                "unknown magic number " + magic + PythonVersion.describeMagic(magic).map(d -> " (" + d + ")")
                        .orElse(" (not a Python version jpy knows)")));
        if (data.length < v.headerSize) {
            throw new PycFormatException(data.length, "truncated header: Python " + v.text() + " needs "
                    + v.headerSize + " bytes, the file has " + data.length);
        }
        if (v.headerSize == 8) return new PycHeader(v, 0, u32(data, 4), -1, null);
        if (v.headerSize == 12) return new PycHeader(v, 0, u32(data, 4), u32(data, 8), null);
        int flags = (int) u32(data, 4);
        if ((flags & ~(FLAG_HASH_BASED | FLAG_CHECK_SOURCE)) != 0) {
            throw new PycFormatException(4, String.format("invalid flags 0x%08x in header", flags));
        }
        if ((flags & FLAG_HASH_BASED) != 0) {
            return new PycHeader(v, flags, 0, 0, Arrays.copyOfRange(data, 8, 16));
        }
        return new PycHeader(v, flags, u32(data, 8), u32(data, 12), null);
    }

    /** The header bytes. */
    public byte[] toBytes() {
        byte[] b = new byte[version.headerSize];
        System.arraycopy(version.magicBytes(), 0, b, 0, 4);
        if (version.headerSize == 8) {
            put32(b, 4, mtime);
        } else if (version.headerSize == 12) {
            put32(b, 4, mtime);
            put32(b, 8, sourceSize);
        } else {
            put32(b, 4, flags);
            if (isHashBased()) {
                System.arraycopy(sourceHash, 0, b, 8, 8);
            } else {
                put32(b, 8, mtime);
                put32(b, 12, sourceSize);
            }
        }
        return b;
    }

    public String sourceHashHex() {
        return sourceHash == null ? null : HexFormat.of().formatHex(sourceHash);
    }

    static long u32(byte[] d, int at) {
        return (d[at] & 0xFFL) | (d[at + 1] & 0xFFL) << 8 | (d[at + 2] & 0xFFL) << 16 | (d[at + 3] & 0xFFL) << 24;
    }

    private static void put32(byte[] b, int at, long v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }

    @Override public boolean equals(Object o) {
        return o instanceof PycHeader h && h.version == version && h.flags == flags && h.mtime == mtime
                && h.sourceSize == sourceSize && Arrays.equals(h.sourceHash, sourceHash);
    }

    @Override public int hashCode() {
        return version.hashCode() * 31 + flags + Long.hashCode(mtime) + Arrays.hashCode(sourceHash);
    }
}
