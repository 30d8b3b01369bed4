package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** The names CPython's site module adds to builtins (copyright, credits, license, help), breakpoint() and sys.breakpointhook. */
final class SiteBuiltins {
    private SiteBuiltins() {}

    /** sys.copyright, which copyright() prints. */
    static final String COPYRIGHT = "Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";
    private static final String CREDITS = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
            + "    for supporting Python development.  See www.python.org for more information.";

    private static final PyType PRINTER = new PyType("_Printer", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);
    private static final PyType HELPER = new PyType("_Helper", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);

    /** copyright, credits and license: the repr is the text when it is short, else how to see it; calling prints it. */
    private static final class Printer extends PyObject {
        final String name, text;
        final boolean longText;

        Printer(String name, String text, boolean longText) {
            this.name = name;
            this.text = text;
            this.longText = longText;
        }

        @Override public PyType type() { return PRINTER; }
    }

    private static final class Helper extends PyObject {
        @Override public PyType type() { return HELPER; }
    }

    static {
        PRINTER.module = HELPER.module = "_sitebuiltins";
        Args.method(PRINTER, "__repr__", (a, k) -> {
            Printer p = (Printer) a[0];
            return new PyStr(p.longText ? "Type " + p.name + "() to see the full " + p.name + " text" : p.text);
        });
        Args.method(PRINTER, "__call__", (a, k) -> {
            Args.count("__call__", a, k, 1, 1);
            Ops.call(VmState.get().builtins.get("print"), new PyStr(((Printer) a[0]).text));
            return PyNone.NONE;
        });
        Args.method(HELPER, "__repr__", (a, k) -> new PyStr("Type help() for interactive help, or help(object) for help about object."));
        Args.method(HELPER, "__call__", (a, k) -> { // as CPython's _Helper: pydoc.help (ModuleNotFoundError while jpy has no pydoc)
            Object help = Ops.getattr(dev.jpy.vm.run.ImportSystem.gcdImport("pydoc", null, 0), PyStr.intern("help"));
            return Ops.call(help, java.util.Arrays.copyOfRange(a, 1, a.length), k);
        });
    }

    /** Adds copyright, credits, license, help and breakpoint to the builtins dict. */
    static void install(PyDict d) {
        d.put("copyright", new Printer("copyright", COPYRIGHT, false));
        d.put("credits", new Printer("credits", CREDITS, false));
        // the full text is LICENSE.txt of a CPython install; jpy points to it, as CPython does when the file is missing
        d.put("license", new Printer("license", "See https://www.python.org/psf/license/", true));
        d.put("help", new Helper());
        Args.def(d, "breakpoint", (a, k) -> {
            Object hook = Ops.getattrOrNull(VmState.get().modules.get("sys"), PyStr.intern("breakpointhook"));
            if (hook == null) throw Errors.raise(Types.RUNTIME_ERROR, "lost sys.breakpointhook");
            return Ops.call(hook, a, k);
        });
    }

    /** sys.breakpointhook: calls what $PYTHONBREAKPOINT names (pdb.set_trace when unset); "0" disables it. */
    static Object breakpointHook(Object[] a, PyTuple k) {
        String env = environ("PYTHONBREAKPOINT");
        if (env == null || env.isEmpty()) env = "pdb.set_trace";
        else if (env.equals("0")) return PyNone.NONE;
        int dot = env.lastIndexOf('.');
        String module = dot < 0 ? "builtins" : env.substring(0, dot), attr = env.substring(dot + 1);
        Object hook;
        try {
            hook = Ops.getattr(dev.jpy.vm.run.ImportSystem.gcdImport(module, null, 0), PyStr.intern(attr));
        } catch (PyRaise e) {
            if (!e.exc.type().isSubtype(Types.IMPORT_ERROR) && !e.exc.type().isSubtype(Types.ATTRIBUTE_ERROR)) throw e;
            Object warn = Ops.getattr(dev.jpy.vm.run.ImportSystem.gcdImport("warnings", null, 0), PyStr.intern("warn"));
            Ops.call(warn, new PyStr("Ignoring unimportable $PYTHONBREAKPOINT: \"" + env + "\""), Types.RUNTIME_WARNING);
            return PyNone.NONE;
        }
        return Ops.call(hook, a, k);
    }

    /** An environment variable as the program sees it (os.environ once os is imported), none under -E or -I. */
    private static String environ(String name) {
        if (dev.jpy.vm.run.RunConfig.current().flags().contains("ignore_environment")) return null;
        if (VmState.get().modules.get("os") instanceof PyModule os && os.dict.get("environ") instanceof PyDict env) {
            return env.map.get(PyStr.intern(name)) instanceof PyStr s ? s.s : null;
        }
        return System.getenv(name);
    }

    /** The builtin function sys.breakpointhook (also sys.__breakpointhook__). */
    static PyBuiltin hook() { return new PyBuiltin("breakpointhook", false, SiteBuiltins::breakpointHook); }
}
