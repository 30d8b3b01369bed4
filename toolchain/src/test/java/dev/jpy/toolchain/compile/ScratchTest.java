package dev.jpy.toolchain.compile;
import org.junit.jupiter.api.Test;
class ScratchTest {
    void dump(Codegen.Unit u, String ind) {
        System.out.println(ind + u.metadata().qualname() + " cells=" + u.metadata().cellvars() + " free=" + u.metadata().freevars() + " vars=" + u.metadata().varnames());
        for (var n : u.nested()) dump(n, ind + "  ");
    }
    @Test void t() {
        dump(Compiler.codegen("def repeat(times):\n    def deco(fn):\n        def wrapper(*a):\n            return [fn(*a) for _ in range(times)]\n        return wrapper\n    return deco\n", "x.py", 0), "");
        var st = dev.jpy.toolchain.symtable.SymbolTable.build(dev.jpy.toolchain.parse.Parser.parseModule("def repeat(times):\n    def deco(fn):\n        def wrapper(*a):\n            return [fn(*a) for _ in range(times)]\n        return wrapper\n    return deco\n", "x.py"), "x.py", 0);
        System.out.println(st.top());
    }
}
