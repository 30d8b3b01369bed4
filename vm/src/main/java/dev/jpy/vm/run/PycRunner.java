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
    /** The standard input that input() and the interactive loop read (each with its own buffer, as in CPython). */
    private java.io.InputStream stdin = System.in;
    /** -i: the interactive loop after the program (printed first when not null: its banner). */
    private boolean inspect;
    private String banner;
    /** The interactive loop's statements by code object, for their tracebacks' source lines. */
    private final java.util.Map<dev.jpy.marshal.model.PyCode, java.util.List<String>> replSources = new java.util.IdentityHashMap<>();
    private java.util.List<dev.jpy.toolchain.errors.CompileWarnings.Warning> compileWarnings = java.util.List.of();
    private String compiledSource;

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

    /** The main script's SyntaxWarnings, issued when the run starts ({@code source}: its text when it is no file). */
    public PycRunner withCompileWarnings(java.util.List<dev.jpy.toolchain.errors.CompileWarnings.Warning> warnings, String source) {
        this.compileWarnings = warnings;
        this.compiledSource = source;
        return this;
    }

    /** The standard input: input() reads it through one buffer, the interactive loop through another (so, as in CPython,
     * input() in the loop sees only what the loop's buffer has not taken). */
    public PycRunner withStdin(java.io.InputStream stdin) {
        this.stdin = stdin;
        return this;
    }

    /** -i: the interactive loop after the program, even when it raised; {@code banner} (null for none) opens it. */
    public PycRunner withInspect(boolean inspect, String banner) {
        this.inspect = inspect;
        this.banner = banner;
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
        return BigStack.call(() -> session(mainFile != null || code.filename().value().equals("<stdin>"), st -> {
            PyCodeObj co;
            try {
                co = new CodeLoader().load(code);
            } catch (PyRaise e) {
                err.println(Traceback.exceptionLine(e.exc));
                return 1;
            }
            PyDict globals = MainModule.setUp(st, config);
            MainModule.setScript(globals, mainFile);
            if (code.filename().value().equals("<stdin>")) MainModule.setStdinScript(globals);
            SyntaxWarnings.issue(compileWarnings, code.filename().value(), compiledSource);
            if (!inspect) {
                Interpreter.runModule(co, globals);
                return 0;
            }
            try {
                Interpreter.runModule(co, globals);
            } catch (PyRaise e) {
                printInspected(st, e);
            }
            return repl(st, globals);
        }), STACK_BYTES, "jpy-main");
    }

    /** Under -i the program's exception, even SystemExit, is printed as a traceback, and the loop follows. */
    private void printInspected(VmState st, PyRaise e) {
        st.handled = null;
        ((TextStream) st.stdout).flush();
        ExceptHook.print(e.exc, traceback(), (TextStream) st.stderr);
    }

    /** The interactive loop alone ({@code jpy run} with no program and a terminal, or {@code -i}): returns the exit status. */
    public int interactive() {
        return BigStack.call(() -> session(false, st -> repl(st, MainModule.setUp(st, config))), STACK_BYTES, "jpy-main");
    }

    private int repl(VmState st, PyDict globals) {
        java.io.BufferedReader in = reader(stdin);
        return new Repl(st, globals, in, (TextStream) st.stdout, (TextStream) st.stderr, replSources, traceback(), config.cache().optimize()).run(banner);
    }

    private static java.io.BufferedReader reader(java.io.InputStream in) {
        return new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The printer of uncaught exceptions: the outer frames, the -c command's and the interactive statements' lines. */
    private Traceback traceback() {
        return printer().withOuterFrames(outerFrames);
    }

    /** A printer that finds the program's sources: files under the source root, the -c text, interactive lines. */
    private Traceback printer() {
        Traceback tb = new Traceback(sourceRoot, replSources);
        if (command != null) tb.withSource("<string>", command);
        return tb;
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
            } catch (PyRaise e) {
                if (!inspect) throw e;
                printInspected(st, e);
            }
            return inspect ? repl(st, globals) : 0;
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
        st.stdin = reader(stdin);
        VmState.set(st);
        ModuleRegistry.reset();
        Traceback.setCurrent(printer()); // what sys.__excepthook__ and the traceback module format with
        try {
            int status;
            try {
                status = body.applyAsInt(st);
                if (script) flushIo(stdout, stderr);
            } catch (PyRaise e) {
                if (script) flushIo(stdout, stderr);
                status = uncaught(e.exc, stderr);
            }
            dev.jpy.vm.builtins.AtexitModule.atExit(); // Py_FinalizeEx: atexit callbacks, then the streams are flushed
            return status;
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
        if (e.type().isSubtype(Types.SYSTEM_EXIT)) return exitStatus(e, stderr);
        ExceptHook.print(e, traceback(), stderr);
        return 1;
    }

    /** The exit status a SystemExit asks for; a code that is no int (or None) is printed on stderr, status 1. */
    static int exitStatus(PyBaseException e, TextStream stderr) {
        Object code = e.args.items.length == 0 ? PyNone.NONE : e.args.items.length == 1 ? e.args.items[0] : e.args;
        if (code == PyNone.NONE) return 0;
        if (code instanceof PyInt i) return (int) i.v;
        stderr.write(Ops.str(code));
        stderr.write("\n");
        return 1;
    }
}
