package dev.jpy.vm.interp;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyCodeObj;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PySet;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;

/**
 * Turns a marshal {@link PyCode} into a runnable {@link PyCodeObj}: checked once by {@link CodeCheck}, instructions
 * decoded, constants converted (nested code objects too, so each is checked once, before it can run).
 */
public final class CodeLoader {
    public PyCodeObj load(PyCode code) {
        CodeCheck.check(code);
        byte[] raw = code.code().toByteArray();
        int n = raw.length / 2;
        int[] instr = new int[n];
        int ext = 0;
        int extendedArg = Opcode.EXTENDED_ARG.number();
        for (int i = 0; i < n; i++) {
            int op = raw[2 * i] & 0xFF, arg = (raw[2 * i + 1] & 0xFF) | ext << 8;
            Opcode o = Opcode.byNumber(op);
            if (o == null) throw Errors.raise(dev.jpy.vm.object.Types.SYSTEM_ERROR, "unknown opcode " + op + " in " + code.name().value());
            instr[i] = op | arg << 8;
            ext = op == extendedArg ? arg : 0;
        }
        Object[] consts = new Object[code.consts().size()];
        for (int i = 0; i < consts.length; i++) consts[i] = constant(code.consts().get(i));
        PyStr[] names = new PyStr[code.names().size()];
        for (int i = 0; i < names.length; i++) names[i] = intern(((dev.jpy.marshal.model.PyStr) code.names().get(i)).value());
        return new PyCodeObj(code, instr, consts, names);
    }

    public PyStr intern(String s) { return PyStr.intern(s); }

    /**
     * A marshal constant as a run-time object (code objects loaded). An instanceof chain rather than a pattern switch:
     * this runs at every start, and a pattern switch's first use spins a class at run time (~7 ms of CPU), which the
     * JDK 25 AOT cache cannot keep.
     */
    public Object constant(PyObj o) {
        if (o instanceof dev.jpy.marshal.model.PyStr s) return intern(s.value());
        if (o instanceof dev.jpy.marshal.model.PyInt i) return i.fitsLong() ? PyInt.of(i.longValue()) : PyInt.of(i.bigValue());
        if (o instanceof dev.jpy.marshal.model.PyTuple t) {
            Object[] a = new Object[t.size()];
            for (int k = 0; k < a.length; k++) a[k] = constant(t.get(k));
            return PyTuple.of(a);
        }
        if (o instanceof PyCode c) return load(c);
        if (o instanceof dev.jpy.marshal.model.PyNone) return PyNone.NONE;
        if (o instanceof dev.jpy.marshal.model.PyBool b) return PyBool.of(b.value());
        if (o instanceof dev.jpy.marshal.model.PyFloat f) return new PyFloat(f.value());
        if (o instanceof dev.jpy.marshal.model.PyComplex c) return new dev.jpy.vm.object.PyComplex(c.real(), c.imag());
        if (o instanceof dev.jpy.marshal.model.PyBytes b) return new PyBytes(b.toByteArray());
        if (o instanceof dev.jpy.marshal.model.PyEllipsis) return PyNone.ELLIPSIS;
        if (o instanceof dev.jpy.marshal.model.PyFrozenSet fs) {
            PySet s = new PySet(true);
            for (PyObj x : fs.items()) s.items.add(constant(x));
            return s;
        }
        throw Errors.raise(dev.jpy.vm.object.Types.SYSTEM_ERROR, "jpy cannot run constants of type " + o.typeName() + " yet");
    }
}
