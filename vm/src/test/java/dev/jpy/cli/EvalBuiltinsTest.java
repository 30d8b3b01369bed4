package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** eval/exec/compile behaviour that the CPython-recorded fixtures cannot show: jpy's own refusals and -c programs. */
class EvalBuiltinsTest {
    @Test
    void onlyAstIsRefusedWithAClearError() {
        Cli.Result r = Cli.jpy("run", "-c", "try:\n    compile('1', 'f', 'exec', 0x400)\nexcept NotImplementedError as e:\n    print(e)\n"
                + "try:\n    compile('1', 'f', 'func_type', 0x400)\nexcept NotImplementedError as e:\n    print(e)\n");
        String msg = "compile(): PyCF_ONLY_AST is not supported by jpy yet (there are no ast objects)\n";
        assertEquals(msg + msg, r.out());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void uncaughtSyntaxErrorFromExecUnderDashC() {
        Cli.Result r = Cli.jpy("run", "-c", "exec('a = 1 +')");
        assertEquals("", r.out());
        org.junit.jupiter.api.Assertions.assertTrue(r.err().startsWith("Traceback (most recent call last):\n"), r.err());
        org.junit.jupiter.api.Assertions.assertTrue(r.err().endsWith("\n  File \"<string>\", line 1\n    a = 1 +\n           ^\n"
                + "SyntaxError: invalid syntax\n"), r.err());
        assertEquals(1, r.code());
    }

    @Test
    void inheritedFutureAnnotationsFlag() {
        Cli.Result r = Cli.jpy("run", "-c", "from __future__ import annotations\n"
                + "exec('def f(x: undefined): pass\\nprint(f.__annotations__)')\n"
                + "exec(compile('def g(y: nope): pass\\nprint(g.__annotations__)', 's', 'exec', dont_inherit=True))\n");
        assertEquals("{'x': 'undefined'}\n", r.out());
        org.junit.jupiter.api.Assertions.assertTrue(r.err().contains("\nNameError: name 'nope' is not defined"), r.err());
        assertEquals(1, r.code());
    }
}
