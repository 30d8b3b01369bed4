package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyType;
import java.io.PrintWriter;

/** sys.stdout and sys.stderr: a text stream over a Java PrintStream. */
public final class TextStream extends PyObject {
    static final PyType TYPE = new PyType("TextIOWrapper", new PyType[] {dev.jpy.vm.object.Types.OBJECT}, PyType.Layout.BUILTIN, false);
    static {
        TYPE.module = "_io";
        Args.method(TYPE, "write", (a, k) -> {
            String s = Args.str(a[1], "write() argument").s;
            ((TextStream) a[0]).out.print(s);
            return dev.jpy.vm.object.PyInt.of(s.codePointCount(0, s.length()));
        });
        Args.method(TYPE, "flush", (a, k) -> {
            ((TextStream) a[0]).out.flush();
            return dev.jpy.vm.object.PyNone.NONE;
        });
        Args.method(TYPE, "isatty", (a, k) -> dev.jpy.vm.object.PyBool.of(terminal()));
        Args.method(TYPE, "writable", (a, k) -> dev.jpy.vm.object.PyBool.TRUE);
        Args.method(TYPE, "readable", (a, k) -> dev.jpy.vm.object.PyBool.FALSE);
    }

    /** Whether the JVM's standard streams are a terminal (Console.isTerminal from Java 22 on; before, a console means one). */
    public static boolean terminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    public final PrintWriter out;

    public TextStream(PrintWriter out) { this.out = out; }

    @Override public PyType type() { return TYPE; }
}
