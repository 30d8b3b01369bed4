package dev.jpy.marshal.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the 3.11+ location table ({@code co_linetable}, see CPython's Objects/locations.md): a
 * run of entries, each covering 1–8 code units, whose first byte (bit 7 set) holds a 4-bit kind and
 * the length; the kind says how line, end line and columns follow. Gives what CPython's
 * {@code co_positions()}, {@code co_lines()} and {@code dis.findlinestarts()} give.
 */
public final class LocationTable {
    /** Marks a missing line or column (Python's None). */
    public static final int NONE = -1;

    /** One entry: bytecode offsets {@code [start, end)} and its source span. */
    public record Entry(int start, int end, int line, int endLine, int col, int endCol) {}

    /** {@code co_lines()} item: bytecode offsets {@code [start, end)} on {@code line}. */
    public record LineRange(int start, int end, int line) {}

    /** {@code co_positions()} item for one code unit. */
    public record Position(int line, int endLine, int col, int endCol) {
        public static final Position UNKNOWN = new Position(NONE, NONE, NONE, NONE);
    }

    private static final int KIND_NO_COLUMNS = 13;
    private static final int KIND_LONG = 14;
    private static final int KIND_NONE = 15;

    private final List<Entry> entries;

    private LocationTable(List<Entry> entries) {
        this.entries = entries;
    }

    /** Decodes {@code table} for a code object whose first line is {@code firstLineNo}. */
    public static LocationTable decode(byte[] table, int firstLineNo) {
        return new LocationTable(new Decoder(table).entries(firstLineNo));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Per code unit, as {@code co_positions()}; stops where the table stops. */
    public List<Position> positions() {
        List<Position> out = new ArrayList<>();
        for (Entry e : entries) {
            Position p = new Position(e.line, e.endLine, e.col, e.endCol);
            for (int off = e.start; off < e.end; off += 2) out.add(p);
        }
        return out;
    }

    /** As {@code co_lines()}: consecutive entries on the same line merged. */
    public List<LineRange> lines() {
        List<LineRange> out = new ArrayList<>();
        int i = 0;
        while (i < entries.size()) {
            Entry first = entries.get(i);
            int end = first.end;
            int j = i + 1;
            while (j < entries.size() && entries.get(j).line == first.line) end = entries.get(j++).end;
            out.add(new LineRange(first.start, end, first.line));
            i = j;
        }
        return out;
    }

    /** As {@code dis.findlinestarts()}: offsets where the line changes, with the new line (NONE for None). */
    public List<int[]> lineStarts() {
        List<int[]> out = new ArrayList<>();
        Integer last = null;
        for (LineRange r : lines()) {
            if (last == null || r.line != last) {
                out.add(new int[] {r.start, r.line});
                last = r.line;
            }
        }
        return out;
    }

    /** Reads entries; every read is bounds-checked. */
    private static final class Decoder {
        private final byte[] t;
        private int pos;

        Decoder(byte[] t) {
            this.t = t;
        }

        List<Entry> entries(int firstLineNo) {
            List<Entry> out = new ArrayList<>();
            int line = firstLineNo;
            int offset = 0;
            while (pos < t.length) {
                int at = pos;
                int first = t[pos++] & 0xFF;
                if ((first & 0x80) == 0) throw new CodeTableException(at, "location entry does not start with bit 7 set");
                int kind = (first >> 3) & 15;
                int start = offset;
                offset += ((first & 7) + 1) * 2;
                Entry e;
                switch (kind) {
                    case KIND_NONE -> e = new Entry(start, offset, NONE, NONE, NONE, NONE);
                    case KIND_LONG -> {
                        line += svarint();
                        int endLine = line + varint();
                        int col = varint() - 1;
                        int endCol = varint() - 1;
                        e = new Entry(start, offset, line, endLine, col, endCol);
                    }
                    case KIND_NO_COLUMNS -> {
                        line += svarint();
                        e = new Entry(start, offset, line, line, NONE, NONE);
                    }
                    case 10, 11, 12 -> {
                        line += kind - 10;
                        int col = u8();
                        e = new Entry(start, offset, line, line, col, u8());
                    }
                    default -> {
                        int second = u8();
                        int col = kind << 3 | (second >> 4);
                        e = new Entry(start, offset, line, line, col, col + (second & 15));
                    }
                }
                out.add(e);
            }
            return out;
        }

        private int u8() {
            if (pos >= t.length) throw new CodeTableException(pos, "location table ends inside an entry");
            int b = t[pos] & 0xFF;
            if ((b & 0x80) != 0) throw new CodeTableException(pos, "location entry is cut short by the next entry");
            pos++;
            return b;
        }

        private int varint() {
            int b = u8();
            int val = b & 63;
            int shift = 0;
            while ((b & 64) != 0) {
                b = u8();
                shift += 6;
                if (shift > 30) throw new CodeTableException(pos, "varint too long in location table");
                val |= (b & 63) << shift;
            }
            return val;
        }

        private int svarint() {
            int u = varint();
            return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
        }
    }
}
