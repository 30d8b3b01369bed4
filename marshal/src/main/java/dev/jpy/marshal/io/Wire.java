package dev.jpy.marshal.io;

import dev.jpy.marshal.model.PyObj;
import java.util.IdentityHashMap;

/**
 * How the objects of one marshalled tree were spelled: for each object (by identity) the type byte it
 * was read with, FLAG_REF included, and for text floats the exact text. {@link MarshalWriter} follows
 * it to write a tree back byte for byte; objects it does not know get the writer's own choices.
 */
public final class Wire {
    /** One object's spelling. {@code text} is the float text of {@code 'f'}/{@code 'x'}, else null. */
    public record Spelling(byte typeByte, String text, String text2) {
        public int code() { return typeByte & 0x7F; }
        public boolean flagRef() { return (typeByte & TypeCode.FLAG_REF) != 0; }
    }

    private final IdentityHashMap<PyObj, Spelling> map;

    public Wire() {
        this(32);
    }

    /** A wire sized for about {@code expectedObjects} objects. */
    Wire(int expectedObjects) {
        map = new IdentityHashMap<>(Math.max(32, expectedObjects));
    }

    void put(PyObj o, int typeByte) {
        map.put(o, new Spelling((byte) typeByte, null, null));
    }

    void put(PyObj o, int typeByte, String text, String text2) {
        map.put(o, new Spelling((byte) typeByte, text, text2));
    }

    /** The spelling of {@code o}, or null when it was not read from data. */
    public Spelling get(PyObj o) {
        return map.get(o);
    }

    public int size() {
        return map.size();
    }
}
