package dev.jpy.toolchain.dis;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyRepr;
import dev.jpy.marshal.model.PyStr;
import dev.jpy.marshal.opcode.Opcode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The text dis puts in parentheses after an argument ({@code argrepr}), decided by the base
 * opcode's kind in the same order as CPython 3.13's {@code ArgResolver}. Indexes that point outside
 * the code object's tables are shown as such rather than failing.
 */
final class ArgResolver {
    private final PyCode co;
    private final Map<Integer, Integer> labels;
    private final ToLongFunction<PyObj> address;

    ArgResolver(PyCode co, Map<Integer, Integer> labels, ToLongFunction<PyObj> address) {
        this.co = co;
        this.labels = labels;
        this.address = address;
    }

    String argrepr(Instruction in) {
        Integer boxed = in.arg();
        Opcode d = in.deopt();
        if (boxed == null || d == null) return "";
        int arg = boxed;
        if (d.hasConst()) return constRepr(arg);
        if (d.hasName()) {
            return switch (d) {
                case LOAD_GLOBAL -> withSuffix(name(arg >> 1), (arg & 1) != 0, " + NULL");
                case LOAD_ATTR -> withSuffix(name(arg >> 1), (arg & 1) != 0, " + NULL|self");
                case LOAD_SUPER_ATTR -> withSuffix(name(arg >> 2), (arg & 1) != 0, " + NULL|self");
                default -> name(arg);
            };
        }
        if (d.hasJump() || d.hasExc()) {
            Integer target = in.jumpTarget();
            Integer label = target == null ? null : labels.get(target);
            return label == null ? "to " + target : "to L" + label;
        }
        switch (d) {
            case LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST -> {
                return local(arg >> 4) + ", " + local(arg & 15);
            }
            default -> { }
        }
        if (d.hasLocal() || d.hasFree()) return local(arg);
        if (d.hasCompare()) {
            String op = item(Opcode.CMP_OP, arg >> 5);
            return (arg & 16) != 0 ? "bool(" + op + ")" : op;
        }
        return switch (d) {
            case CONVERT_VALUE -> item(List.of("", "str", "repr", "ascii"), arg);
            case SET_FUNCTION_ATTRIBUTE -> functionAttributes(arg);
            case BINARY_OP -> arg >= 0 && arg < Opcode.NB_OPS.size() ? Opcode.NB_OPS.get(arg).symbol() : "<" + arg + ">";
            case CALL_INTRINSIC_1 -> item(Opcode.INTRINSIC_1_DESCS, arg);
            case CALL_INTRINSIC_2 -> item(Opcode.INTRINSIC_2_DESCS, arg);
            default -> "";
        };
    }

    private String constRepr(int i) {
        if (i < 0 || i >= co.consts().size()) return "<const index " + i + " out of range>";
        return PyRepr.repr(co.consts().get(i), address);
    }

    private String name(int i) {
        if (i < 0 || i >= co.names().size()) return "<name index " + i + " out of range>";
        return ((PyStr) co.names().get(i)).value();
    }

    private String local(int i) {
        if (i < 0 || i >= co.localsPlusNames().size()) return "<local index " + i + " out of range>";
        return co.localName(i);
    }

    private static String withSuffix(String s, boolean add, String suffix) {
        return add && !s.isEmpty() ? s + suffix : s;
    }

    private static String item(List<String> list, int i) {
        return i >= 0 && i < list.size() ? list.get(i) : "<" + i + ">";
    }

    private static String functionAttributes(int arg) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Opcode.FUNCTION_ATTR_FLAGS.size(); i++) {
            if ((arg & (1 << i)) != 0) parts.add(Opcode.FUNCTION_ATTR_FLAGS.get(i));
        }
        return String.join(", ", parts);
    }
}
