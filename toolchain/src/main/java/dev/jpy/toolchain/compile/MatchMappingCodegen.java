package dev.jpy.toolchain.compile;

import dev.jpy.marshal.model.*;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast.*;
import dev.jpy.toolchain.compile.MatchCodegen.Ctx;
import dev.jpy.toolchain.instr.Location;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mapping and class patterns (CPython 3.13's {@code compiler_pattern_mapping} and
 * {@code compiler_pattern_class}): MATCH_MAPPING / MATCH_KEYS with {@code **rest}, and MATCH_CLASS
 * with its tuple of keyword attribute names.
 */
final class MatchMappingCodegen {
    private final Codegen c;
    private final MatchCodegen m;

    MatchMappingCodegen(Codegen c, MatchCodegen m) {
        this.c = c;
        this.m = m;
    }

    void mapping(MatchMapping p, Ctx pc, Location loc) {
        List<Expr> keys = p.keys();
        List<Pattern> patterns = p.patterns();
        int size = keys.size();
        if (size != patterns.size()) {
            throw c.error("keys (" + size + ") / patterns (" + patterns.size() + ") length mismatch in mapping pattern", loc);
        }
        String rest = p.rest();
        // the subject stays on top through the type and length checks
        pc.onTop++;
        c.addOp(Opcode.MATCH_MAPPING, loc);
        m.jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE, loc);
        if (size == 0 && rest == null) {
            // "{}": nothing more to check
            pc.onTop--;
            c.addOp(Opcode.POP_TOP, loc);
            return;
        }
        if (size != 0) m.lengthCheck(size, CmpOperator.GtE, pc, loc);
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            Expr key = keys.get(i);
            if (key == null) {
                throw c.error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)", MatchCodegen.loc(patterns.get(i)));
            }
            if (key instanceof Constant k) {
                Object eq = equalityKey(k.value());
                if (!seen.add(eq)) throw c.error("mapping pattern checks duplicate key (" + PyRepr.repr(k.value()) + ")", loc);
            } else if (!(key instanceof Attribute)) {
                throw c.error("mapping pattern keys may only match literals and attribute lookups", loc);
            }
            c.exprs.visit(key);
        }
        c.addOp(Opcode.BUILD_TUPLE, size, loc);
        c.addOp(Opcode.MATCH_KEYS, loc);
        // the tuple of keys and the tuple of values (or None) now lie on the subject
        pc.onTop += 2;
        c.addOp(Opcode.COPY, 1, loc);
        c.addConst(PyNone.NONE, loc);
        c.addOp(Opcode.IS_OP, 1, loc);
        m.jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE, loc);
        c.addOp(Opcode.UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (Pattern sub : patterns) {
            pc.onTop--;
            m.subpattern(sub, pc);
        }
        // matched: what follows consumes the keys and the subject
        pc.onTop -= 2;
        if (rest != null) {
            // rest = dict(subject), then del rest[key] for each key
            c.addOp(Opcode.BUILD_MAP, 0, loc);
            c.addOp(Opcode.SWAP, 3, loc);
            c.addOp(Opcode.DICT_UPDATE, 2, loc);
            c.addOp(Opcode.UNPACK_SEQUENCE, size, loc);
            for (int k = size; k > 0; k--) {
                c.addOp(Opcode.COPY, 1 + k, loc);
                c.addOp(Opcode.SWAP, 2, loc);
                c.addOp(Opcode.DELETE_SUBSCR, loc);
            }
            m.storeName(rest, pc, loc);
        } else {
            c.addOp(Opcode.POP_TOP, loc);
            c.addOp(Opcode.POP_TOP, loc);
        }
    }

    /**
     * A key under which constants that Python's {@code ==} (with equal hashes) calls equal coincide:
     * {@code 1}, {@code 1.0}, {@code True} and {@code 1+0j} are one key; a NaN equals nothing.
     */
    static Object equalityKey(PyObj v) {
        return switch (v) {
            case PyBool b -> new Num(BigDecimal.valueOf(b.value() ? 1 : 0), BigDecimal.ZERO);
            case PyInt i -> new Num(new BigDecimal(i.bigValue()), BigDecimal.ZERO);
            case PyFloat f -> Double.isFinite(f.value()) ? new Num(real(f.value()), BigDecimal.ZERO) : special(v, f.value(), 0);
            case PyComplex z -> Double.isFinite(z.real()) && Double.isFinite(z.imag())
                    ? new Num(real(z.real()), real(z.imag())) : special(v, z.real(), z.imag());
            default -> v;
        };
    }

    private static BigDecimal real(double d) { return new BigDecimal(d).stripTrailingZeros(); }

    private static Object special(PyObj v, double re, double im) {
        if (Double.isNaN(re) || Double.isNaN(im)) return new Object();
        return List.of(Double.toString(re == 0 ? 0.0 : re), Double.toString(im == 0 ? 0.0 : im));
    }

    private record Num(BigDecimal re, BigDecimal im) {
        Num {
            re = re.signum() == 0 ? BigDecimal.ZERO : re.stripTrailingZeros();
            im = im.signum() == 0 ? BigDecimal.ZERO : im.stripTrailingZeros();
        }
    }

    void classPattern(MatchClass p, Ctx pc, Location loc) {
        List<Pattern> patterns = p.patterns();
        List<String> attrs = p.kwdAttrs();
        List<Pattern> kwdPatterns = p.kwdPatterns();
        int nargs = patterns.size(), nattrs = attrs.size();
        if (nattrs != kwdPatterns.size()) {
            throw c.error("kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size() + ") length mismatch in class pattern", loc);
        }
        for (int i = 0; i < nattrs; i++) {
            String attr = attrs.get(i);
            c.checkForbidden(attr, ExprContext.Store, MatchCodegen.loc(kwdPatterns.get(i)));
            for (int j = i + 1; j < nattrs; j++) {
                if (attr.equals(attrs.get(j))) {
                    throw c.error("attribute name repeated in class pattern: " + attr, MatchCodegen.loc(kwdPatterns.get(j)));
                }
            }
        }
        c.exprs.visit(p.cls());
        List<PyObj> names = new ArrayList<>();
        for (String a : attrs) names.add(PyStr.of(a));
        c.addConst(new PyTuple(names), loc);
        c.addOp(Opcode.MATCH_CLASS, nargs, loc);
        c.addOp(Opcode.COPY, 1, loc);
        c.addConst(PyNone.NONE, loc);
        c.addOp(Opcode.IS_OP, 1, loc);
        // a tuple of nargs + nattrs attributes, or None, is on top
        pc.onTop++;
        m.jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE, loc);
        c.addOp(Opcode.UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern sub = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (MatchCodegen.isWildcard(sub)) {
                c.addOp(Opcode.POP_TOP, loc);
                continue;
            }
            m.subpattern(sub, pc);
        }
    }
}
