package dev.jpy.toolchain.symtable;

import static dev.jpy.toolchain.symtable.Symbol.DEF_BOUND;
import static dev.jpy.toolchain.symtable.Symbol.DEF_COMP_CELL;
import static dev.jpy.toolchain.symtable.Symbol.DEF_FREE;
import static dev.jpy.toolchain.symtable.Symbol.DEF_FREE_CLASS;
import static dev.jpy.toolchain.symtable.Symbol.DEF_GLOBAL;
import static dev.jpy.toolchain.symtable.Symbol.DEF_NONLOCAL;
import static dev.jpy.toolchain.symtable.Symbol.DEF_PARAM;
import static dev.jpy.toolchain.symtable.Symbol.DEF_TYPE_PARAM;
import static dev.jpy.toolchain.symtable.Symbol.SCOPE_OFFSET;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second pass of the symbol table (CPython's {@code analyze_block} and helpers): resolves each
 * name of each block to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, passing down the names
 * bound in enclosing function scopes and passing up the free names of children. Inlines list, set and
 * dict comprehensions into their parent (PEP 709) and drops {@code __class__} / {@code __classdict__}
 * from a class's free set, marking the class as needing those cells.
 */
final class ScopeAnalyzer {
    private static final int LOCAL = SymbolScope.LOCAL.code();
    private static final int GLOBAL_EXPLICIT = SymbolScope.GLOBAL_EXPLICIT.code();
    private static final int GLOBAL_IMPLICIT = SymbolScope.GLOBAL_IMPLICIT.code();
    private static final int FREE = SymbolScope.FREE.code();
    private static final int CELL = SymbolScope.CELL.code();

    private final SymbolTable st;

    ScopeAnalyzer(SymbolTable st) {
        this.st = st;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>(), new HashSet<>(), null);
    }

    /**
     * @param bound names bound in enclosing function scopes (null for the module)
     * @param free  out: free names of this block and its children
     * @param global names declared global in enclosing scopes
     * @param classEntry the enclosing class, for blocks that can see its scope
     */
    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
                              Set<String> typeParams, Scope classEntry) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();

        if (ste.type() == BlockType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        }
        if (ste.type() != BlockType.CLASS) {
            if (ste.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        for (Scope entry : new ArrayList<>(ste.children)) {
            Scope newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.type() == BlockType.CLASS) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            boolean inlineComp = entry.comprehension != ComprehensionKind.NONE && !entry.generator
                    && !ste.canSeeClassScope;
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(entry, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal),
                    new HashSet<>(typeParams), newClassEntry);
            if (inlineComp) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
            }
            newFree.addAll(childFree);
            if (entry.free || entry.childFree) {
                ste.childFree = true;
            }
        }
        spliceInlined(ste);

        if (ste.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.type() == BlockType.CLASS) {
            dropClassFree(ste, newFree);
        }
        updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells,
                ste.type() == BlockType.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams,
                             Scope classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw errorAtDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        if (classEntry != null) {
            int classFlags = classEntry.flags(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.free = true;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    private static boolean isFreeInAnyChild(Scope entry, String key) {
        for (Scope child : entry.children) {
            if (child.scopeOf(key) == SymbolScope.FREE) {
                return true;
            }
        }
        return false;
    }

    private static void inlineComprehension(Scope ste, Scope comp, Map<String, Integer> scopes,
                                            Set<String> compFree, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
            String k = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue;
            }
            int scope = Symbol.scopeBits(compFlags);
            int onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(k);
            }
            Integer existing = ste.symbols.get(k);
            if (existing == null) {
                if (scope == FREE && ste.type() == BlockType.CLASS && k.equals("__class__")) {
                    scope = GLOBAL_IMPLICIT;
                    onlyFlags &= ~DEF_FREE;
                    compFree.remove(k);
                }
                ste.symbols.put(k, onlyFlags);
                scopes.put(k, scope);
            } else if ((existing & DEF_BOUND) != 0 && !isFreeInAnyChild(comp, k)
                    && ste.type() != BlockType.CLASS) {
                compFree.remove(k);
            }
        }
    }

    /** Replaces each inlined comprehension among ste's children by the comprehension's own children. */
    private static void spliceInlined(Scope ste) {
        for (int i = ste.children.size() - 1; i >= 0; i--) {
            Scope c = ste.children.get(i);
            if (c.compInlined) {
                ste.children.remove(i);
                ste.children.addAll(i, c.children);
            }
        }
    }

    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) {
                continue;
            }
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            e.setValue(CELL);
            free.remove(name);
        }
    }

    private static void dropClassFree(Scope ste, Set<String> free) {
        if (free.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        if (free.remove("__classdict__")) {
            ste.needsClassdict = true;
        }
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes, Set<String> bound,
                                      Set<String> free, Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int flags = e.getValue();
            if (inlinedCells.contains(e.getKey())) {
                flags |= DEF_COMP_CELL;
            }
            flags |= scopes.get(e.getKey()) << SCOPE_OFFSET;
            e.setValue(flags);
        }
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                if (classFlag) {
                    symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }

    private dev.jpy.toolchain.errors.PySyntaxError errorAtDirective(Scope ste, String name, String msg) {
        for (Scope.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return st.error(msg, d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
            }
        }
        throw new IllegalStateException("BUG: internal directive bookkeeping broken");
    }
}
