package dev.jpy.vm.interp;

import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyDict;
import java.io.PrintWriter;

/** Per-run interpreter state: builtins, the exception being handled, the Python call depth and the std streams. */
public final class VmState {
    /** The state of the program running on this thread (one program at a time per thread). */
    private static final ThreadLocal<VmState> CURRENT = new ThreadLocal<>();

    public final PyDict builtins;
    public PyBaseException handled;
    public int depth;
    public int recursionLimit = 1000;
    /** sys.get_int_max_str_digits() (0: no limit); see dev.jpy.vm.object.IntDigits. */
    public int intMaxStrDigits = dev.jpy.vm.object.IntDigits.DEFAULT;
    /** The working directory os.chdir set (null: the process's); os and open() resolve relative paths against it. */
    public String cwd;
    public final PrintWriter out, err;
    public Frame top;
    /** sys.stdout and sys.stderr as Python objects. */
    public Object stdout, stderr;
    /** sys.modules and sys.path of this run (the import system reads and writes them). */
    public final dev.jpy.vm.object.PyDict modules = new dev.jpy.vm.object.PyDict();
    public final dev.jpy.vm.object.PyList path = new dev.jpy.vm.object.PyList();

    public VmState(PyDict builtins, PrintWriter out, PrintWriter err) {
        this.builtins = builtins;
        this.out = out;
        this.err = err;
    }

    /** sys.stdout as the program sees it now (it may have replaced it, as redirect_stdout does); the original stream while sys has none. */
    public Object sysStdout() {
        if (modules.get("sys") instanceof dev.jpy.vm.object.PyModule m) {
            Object v = m.dict.get("stdout");
            if (v != null) return v;
        }
        return stdout;
    }

    public static VmState get() { return CURRENT.get(); }

    public static void set(VmState s) { CURRENT.set(s); }
}
