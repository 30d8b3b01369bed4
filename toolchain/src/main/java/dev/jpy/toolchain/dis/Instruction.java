package dev.jpy.toolchain.dis;

import dev.jpy.marshal.opcode.CacheField;
import dev.jpy.marshal.opcode.Opcode;
import java.util.ArrayList;
import java.util.List;

/**
 * One instruction of a 3.13 code string, as dis's {@code _unpack_opargs} finds it: CACHE entries
 * skipped, EXTENDED_ARG prefixes folded into the next argument (and listed themselves), the
 * argument kept as CPython's signed C int. Unknown opcode numbers are kept and named {@code <n>}.
 */
public record Instruction(int offset, int startOffset, int op, Integer arg) {

    /** The opcode, or null for a number that names none. */
    public Opcode opcode() {
        return Opcode.byNumber(op);
    }

    /** The base opcode that decides the argument's meaning and the caches (dis's {@code _deoptop}). */
    public Opcode deopt() {
        Opcode o = opcode();
        return o == null ? null : o.deopt();
    }

    public String opname() {
        return Opcode.allOpname(op);
    }

    public int cacheEntries() {
        Opcode d = deopt();
        return d == null ? 0 : d.cacheEntries();
    }

    public List<CacheField> cacheFormat() {
        Opcode d = deopt();
        return d == null || d.cacheEntries() == 0 ? List.of() : d.cacheFormat();
    }

    /** The jump target offset (dis's {@code _get_jump_target}), or null. */
    public Integer jumpTarget() {
        Opcode d = deopt();
        if (arg == null || d == null || !d.hasJump()) return null;
        int a = d.isBackwardJump() ? -arg : arg;
        return offset + 2 + a * 2 + 2 * d.cacheEntries();
    }

    /** Decodes a whole code string. */
    public static List<Instruction> decode(byte[] code) {
        List<Instruction> out = new ArrayList<>(code.length / 2);
        int extendedArg = 0;
        int extendedArgs = 0;
        int caches = 0;
        for (int i = 0; i + 1 < code.length; i += 2) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xFF;
            Opcode o = Opcode.byNumber(op);
            Opcode deop = o == null ? null : o.deopt();
            caches = deop == null ? 0 : deop.cacheEntries();
            Integer arg;
            if (deop != null && deop.hasArg()) {
                int a = (code[i + 1] & 0xFF) | extendedArg;
                arg = a;
                // the oparg is a C int: shifting further wraps around
                extendedArg = deop == Opcode.EXTENDED_ARG ? a << 8 : 0;
            } else {
                arg = null;
                extendedArg = 0;
            }
            if (deop == Opcode.EXTENDED_ARG) {
                extendedArgs++;
                out.add(new Instruction(i, i, op, arg));
            } else {
                out.add(new Instruction(i, i - extendedArgs * 2, op, arg));
                extendedArgs = 0;
            }
        }
        return out;
    }
}
