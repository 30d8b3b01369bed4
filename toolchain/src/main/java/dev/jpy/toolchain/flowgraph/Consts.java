package dev.jpy.toolchain.flowgraph;

import dev.jpy.marshal.model.PyBool;
import dev.jpy.marshal.model.PyBytes;
import dev.jpy.marshal.model.PyComplex;
import dev.jpy.marshal.model.PyFloat;
import dev.jpy.marshal.model.PyFrozenSet;
import dev.jpy.marshal.model.PyInt;
import dev.jpy.marshal.model.PyNone;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyStr;
import dev.jpy.marshal.model.PyTuple;

import java.util.ArrayList;
import java.util.List;

/** The constants list of a code unit while the flow graph is optimized (add_const, truth values). */
public final class Consts {
    private final List<PyObj> items;

    public Consts(List<PyObj> initial) { this.items = new ArrayList<>(initial); }

    public PyObj get(int i) { return items.get(i); }

    public int size() { return items.size(); }

    public List<PyObj> items() { return items; }

    /** The index of a constant equal to {@code c} (by CPython's constant key), appending it if new. */
    public int add(PyObj c) {
        for (int i = 0; i < items.size(); i++) if (items.get(i).equals(c)) return i;
        items.add(c);
        return items.size() - 1;
    }

    /** {@code bool(c)} for a constant. */
    public static boolean isTrue(PyObj c) {
        return switch (c) {
            case PyNone n -> false;
            case PyBool b -> b.value();
            case PyInt i -> i.signum() != 0;
            case PyFloat f -> f.value() != 0.0;
            case PyComplex z -> z.real() != 0.0 || z.imag() != 0.0;
            case PyStr s -> s.utf8Length() != 0;
            case PyBytes b -> b.length() != 0;
            case PyTuple t -> !t.items().isEmpty();
            case PyFrozenSet s -> !s.items().isEmpty();
            default -> true;
        };
    }
}
