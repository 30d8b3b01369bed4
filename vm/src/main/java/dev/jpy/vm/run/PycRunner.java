package dev.jpy.vm.run;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.marshal.util.BigStack;
import dev.jpy.vm.builtins.BuiltinsModule;
import dev.jpy.vm.builtins.ModuleRegistry;
import dev.jpy.vm.builtins.TextStream;
import dev.jpy.vm.interp.CodeLoader;
import dev.jpy.vm.interp.Interpreter;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyCodeObj;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Types;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Runs a module code object as {@code __main__}: uncaught exceptions print a traceback, SystemExit sets the status. */
public final class PycRunner {
    /** The Java stack of the thread that runs Python: deep enough for the default recursion limit of 1000. */
    public static final long STACK_BYTES = 1L << 30;

    private final PrintWriter out, err;
    private final Path sourceRoot;
    private RunConfig config = RunConfig.defaults();
    /** Frames CPython's traceback shows above the program's (runpy's under -m), each a printed line. */
    private final java.util.List<String> outerFrames = new java.util.ArrayList<>();
    private Path mainFile;
    private boolean unbuffered, terminal, stderrTerminal;
    /** The {@code -c} command, whose lines tracebacks show for {@code "<string>"}; null otherwise. */
    private String command;

    /** @param sourceRoot where relative {@code co_filename}s are looked up for traceback source lines */
    public PycRunner(PrintWriter out, PrintWriter err, Path sourceRoot) {
        this.out = out;
        this.err = err;
        this.sourceRoot = sourceRoot;
    }

    /** The argv, search path and cache options the program's imports see ({@link RunConfig#current()}). */
    public PycRunner withConfig(RunConfig config) {
        this.config = config;
        return this;
    }

    /**
     * How sys.stdout and sys.stderr buffer ({@link TextStream}): unbuffered under -u or PYTHONUNBUFFERED; stdout
     * line-buffered when it is a terminal, else block-buffered; isatty() tells whether each is a terminal.
     */
    public PycRunner withStdio(boolean unbuffered, boolean terminal, boolean stderrTerminal) {
        this.unbuffered = unbuffered;
        this.terminal = terminal;
        this.stderrTerminal = stderrTerminal;
        return this;
    }

    /** The {@code -c} command's text (tracebacks show its lines for {@code "<string>"}). */
    public PycRunner withCommand(String command) {
        this.command = command;
        return this;
    }

    /** The script being run (its {@code __file__}); none for {@code -c}. */
    public PycRunner withMainFile(Path file) {
        this.mainFile = file;
        return this;
    }

    /**
     * Runs a .pyc file's module code; returns the exit status. A Java failure on its bytecode (a crafted file that
     * passed {@link dev.jpy.vm.interp.CodeCheck} yet breaks the interpreter's assumptions) ends as a one-line
     * SystemError and status 1, never a Java stack trace.
     */
    public int run(PycFile pyc) {
        if (!(pyc.code() instanceof PyCode code)) {
            err.println("jpy: the .pyc does not hold a Python 3.11+ code object");
            return 1;
        }
        try {
            return run(code);
        } catch (PyRaise e) {
            throw e;
        } catch (RuntimeException e) {
            out.flush();
            err.println("SystemError: invalid bytecode in the code of \"" + code.filename().value() + "\": jpy cannot run it ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            err.flush();
            return 1;
        }
    }

    /** Runs a module code object (from a .pyc or just compiled) as __main__; returns the exit status. */
    public int run(PyCode code) {
        return BigStack.call(() -> session(mainFile != null, st -> {
            PyCodeObj co;
            try {
                co = new CodeLoader().load(code);
            } catch (PyRaise e) {
                err.println(Traceback.exceptionLine(e.exc));
                return 1;
            }
            PyDict globals = MainModule.setUp(st, config);
            MainModule.setScript(globals, mainFile);
            Interpreter.runModule(co, globals);
            return 0;
        }), STACK_BYTES, "jpy-main");
    }

    /** {@code -m MODULE}: runs a module, or a package's {@code __main__}, as runpy does; returns the exit status. */
    public int runModule(String name) {
        return BigStack.call(() -> session(false, st -> {
            PyDict globals = MainModule.setUp(st, config);
            try {
                ModuleMain.run(name, globals, config, outerFrames);
            } catch (ModuleMain.NotRunnable e) {
                out.flush();
                err.println("jpy: " + e.getMessage());
                return 1;
            }
            return 0;
        }), STACK_BYTES, "jpy-main");
    }

    /**
     * One program run on this thread: fresh interpreter state, uncaught exceptions printed, streams flushed. A script
     * file ({@code script}) ends as CPython's does: stderr, then stdout, are flushed before an uncaught exception is
     * printed; after -c or -m code the exception is printed at once, and stdout, then stderr, are flushed at exit.
     */
    private int session(boolean script, java.util.function.ToIntFunction<VmState> body) {
        RunConfig.set(config);
        VmState st = new VmState(BuiltinsModule.create(), out, err);
        st.intMaxStrDigits = config.intMaxStrDigits();
        TextStream stdout = TextStream.stdout(out, unbuffered, terminal), stderr = TextStream.stderr(err, unbuffered, stderrTerminal);
        st.stdout = stdout;
        st.stderr = stderr;
        VmState.set(st);
        ModuleRegistry.reset();
        Traceback shown = new Traceback(sourceRoot);
        if (command != null) shown.withSource("<string>", command);
        Traceback.setCurrent(shown);
        try {
            int status = body.applyAsInt(st);
            if (script) flushIo(stdout, stderr);
            return status;
        } catch (PyRaise e) {
            if (script) flushIo(stdout, stderr);
            return uncaught(e.exc, stderr);
        } finally {
            stdout.flush();
            stderr.flush();
            out.flush();
            err.flush();
            VmState.set(null);
            RunConfig.set(null);
            Traceback.setCurrent(null);
        }
    }

    /** CPython's flush_io after a script file ran: stderr's buffers out, then stdout's. */
    private static void flushIo(TextStream stdout, TextStream stderr) {
        stderr.flush();
        stdout.flush();
    }

    /** Prints an uncaught exception (or SystemExit's message) on sys.stderr's stream; returns the exit status. */
    private int uncaught(PyBaseException e, TextStream stderr) {
        if (e.type().isSubtype(Types.SYSTEM_EXIT)) {
            Object code = e.args.items.length == 0 ? PyNone.NONE : e.args.items.length == 1 ? e.args.items[0] : e.args;
            if (code == PyNone.NONE) return 0;
            if (code instanceof PyInt i) return (int) i.v;
            stderr.write(Ops.str(code));
            stderr.write("\n");
            return 1;
        }
        Traceback tb = new Traceback(sourceRoot).withOuterFrames(outerFrames);
        if (command != null) tb.withSource("<string>", command);
        stderr.write(tb.format(e));
        stderr.flush();
        return 1;
    }
}
