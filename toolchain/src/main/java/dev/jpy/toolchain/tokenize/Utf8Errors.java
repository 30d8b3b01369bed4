package dev.jpy.toolchain.tokenize;

/** Python's strict UTF-8 decoder rules: where a byte sequence is valid, and the UnicodeDecodeError text where not. */
public final class Utf8Errors {
    private Utf8Errors() {}

    /** The length of the valid UTF-8 sequence starting at {@code i} (1 to 4), or 0 if none starts there. */
    public static int validLength(byte[] b, int i) {
        return Math.max(0, sequence(b, i, b.length));
    }

    /**
     * Python's {@code str(UnicodeDecodeError)} for {@code bytes(b[from:to]).decode('utf-8')}, or null if that
     * decodes: "'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data".
     */
    public static String message(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int n = sequence(b, i, to);
            if (n > 0) {
                i += n;
                continue;
            }
            int bad = -n;
            String reason;
            int lead = b[i] & 0xff;
            if (lead >= 0x80 && (lead < 0xC2 || lead > 0xF4)) reason = "invalid start byte";
            else if (i + Math.max(bad, 1) >= to && bad < need(lead)) reason = "unexpected end of data";
            else reason = "invalid continuation byte";
            int len = Math.max(bad, 1);
            String where = len == 1 ? String.format("byte 0x%02x in position %d", lead, i - from)
                    : String.format("bytes in position %d-%d", i - from, i - from + len - 1);
            return "'utf-8' codec can't decode " + where + ": " + reason;
        }
        return null;
    }

    private static int need(int lead) {
        return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }

    /** A positive length of the valid sequence at i, or minus the count of leading bytes that fit (0 if the lead is bad). */
    private static int sequence(byte[] b, int i, int to) {
        int lead = b[i] & 0xff;
        if (lead < 0x80) return 1;
        if (lead < 0xC2 || lead > 0xF4) return 0;
        int n = need(lead);
        for (int k = 1; k < n; k++) {
            if (i + k >= to) return -k;
            int c = b[i + k] & 0xff;
            int lo = 0x80, hi = 0xBF;
            if (k == 1) {
                if (lead == 0xE0) lo = 0xA0;
                else if (lead == 0xED) hi = 0x9F;
                else if (lead == 0xF0) lo = 0x90;
                else if (lead == 0xF4) hi = 0x8F;
            }
            if (c < lo || c > hi) return -k;
        }
        return n;
    }
}
