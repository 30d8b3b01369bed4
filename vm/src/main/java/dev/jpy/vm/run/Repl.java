package dev.jpy.vm.run;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.vm.builtins.TextStream;
import dev.jpy.vm.interp.CodeLoader;
import dev.jpy.vm.interp.Interpreter;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Types;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CPython's basic interactive loop (the one {@code PYTHON_BASIC_REPL=1} or a non-terminal stdin gives): the
 * {@code sys.ps1}/{@code sys.ps2} prompts on stderr, each statement compiled in mode 'single' as {@code <stdin>} (so
 * expression statements print their repr), a compound statement ended by a blank line, tracebacks (with the
 * statement's own source lines) printed without leaving the loop, and EOF ending it with a newline.
 */
final class Repl {
    /** The statements that need a blank line to end (as the interactive tokenizer waits for a dedent). */
    private static final Pattern COMPOUND = Pattern.compile("^(@|(if|elif|else|while|for|def|class|with|try|async)\\b|(match|case)\\b.*:\\s*(#.*)?$)");

    private final VmState st;
    private final PyDict globals;
    private final BufferedReader in;
    private final TextStream stdout, stderr;
    private final Traceback tb;
    private final Map<PyCode, List<String>> sources;
    private final int optimize;

    Repl(VmState st, PyDict globals, BufferedReader in, TextStream stdout, TextStream stderr, Map<PyCode, List<String>> sources,
            Traceback tb, int optimize) {
        this.st = st;
        this.globals = globals;
        this.in = in;
        this.stdout = stdout;
        this.stderr = stderr;
        this.sources = sources;
        this.tb = tb;
        this.optimize = optimize;
    }

    /** Runs the loop until EOF (status 0) or SystemExit (its status); {@code banner} (may be null) is printed first. */
    int run(String banner) {
        ImportSystem.gcdImport("sys", null, 0); // sys.ps1 and sys.ps2 exist in interactive mode
        if (sys() instanceof PyModule sys) {
            if (sys.dict.get("ps1") == null) sys.dict.put("ps1", new PyStr(">>> "));
            if (sys.dict.get("ps2") == null) sys.dict.put("ps2", new PyStr("... "));
        }
        if (banner != null) {
            stderr.write(banner);
            stderr.flush();
        }
        StringBuilder buf = new StringBuilder();
        boolean more = false;
        while (true) {
            stdout.flush();
            stderr.write(prompt(more ? "ps2" : "ps1", more ? "... " : ">>> "));
            stderr.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                stderr.write("\n");
                stderr.flush();
                if (!more) return 0;
                Integer exit = execute(buf.toString());
                if (exit != null) return exit;
                buf.setLength(0);
                more = false;
                continue;
            }
            if (!more && (line.isBlank() || line.strip().startsWith("#"))) continue;
            buf.append(line).append('\n');
            String src = buf.toString();
            boolean compound = COMPOUND.matcher(src.substring(0, src.indexOf('\n'))).find(); // by its first line
            if (more && line.isBlank()) {
                PySyntaxError open = syntaxError(src);
                if (open != null && unclosed(open)) continue; // a blank line inside brackets or a triple-quoted string
                Integer exit = execute(src);
                if (exit != null) return exit;
                buf.setLength(0);
                more = false;
                continue;
            }
            PySyntaxError err = syntaxError(src);
            if (err == null && !compound) {
                Integer exit = execute(src);
                if (exit != null) return exit;
                buf.setLength(0);
                more = false;
            } else if (err == null || incomplete(err, compound, src)) {
                more = true;
            } else {
                printError(err, src);
                buf.setLength(0);
                more = false;
            }
        }
    }

    private Object sys() {
        return st.modules.get("sys");
    }

    private String prompt(String name, String dflt) {
        if (sys() instanceof PyModule sys && sys.dict.get(name) instanceof Object p) return Ops.str(p);
        return dflt;
    }

    /** The syntax error compiling {@code src} gives, or null when it compiles. */
    private PySyntaxError syntaxError(String src) {
        try {
            Compiler.compile(src, "<stdin>", "single", optimize);
            return null;
        } catch (PySyntaxError e) {
            return e;
        } catch (RuntimeException e) {
            return null; // left to execute(), which reports it
        }
    }

    /**
     * Whether the error only says that the input stops early (the loop then asks for more with sys.ps2): an open
     * bracket or string, a missing block, or, in a compound statement, an error at the end of the input (where
     * CPython's interactive parser would wait for the next line).
     */
    private static boolean incomplete(PySyntaxError e, boolean compound, String src) {
        String m = e.msg();
        return unclosed(e) || m.startsWith("expected an indented block") || m.equals("unexpected EOF while parsing")
                || compound && (atEnd(e, src) || lastLine(src).startsWith("@"));
    }

    /** The last line of {@code src} (which ends with a newline), without its indentation. */
    private static String lastLine(String src) {
        int end = src.length() - 1, start = src.lastIndexOf('\n', end - 1) + 1;
        return src.substring(start, end).strip();
    }

    private static boolean unclosed(PySyntaxError e) {
        return e.msg().endsWith("was never closed") || e.msg().startsWith("unterminated triple-quoted string");
    }

    /** Whether the error lies past the last character of {@code src} (the parser ran out of input). */
    private static boolean atEnd(PySyntaxError e, String src) {
        String[] lines = src.split("\n", -1); // src ends with a newline: the last element is empty
        int last = lines.length - 1;
        return e.lineno() > last || e.lineno() == last && e.offset() > lines[last - 1].length();
    }

    private void printError(PySyntaxError e, String src) {
        PyRaise r = SyntaxErrors.fromCompile(e, "<stdin>", src, "single");
        stdout.flush();
        stderr.write(tb.format(r.exc));
        stderr.flush();
    }

    /** Compiles and runs one statement; returns the exit status when it raised SystemExit, else null. */
    private Integer execute(String src) {
        try {
            PyCode code;
            try {
                code = Compiler.compile(src, "<stdin>", "single", optimize);
            } catch (PySyntaxError e) {
                printError(e, src);
                return null;
            }
            Traceback.register(sources, code, src);
            Interpreter.runModule(new CodeLoader().load(code), globals);
        } catch (PyRaise e) {
            if (e.exc.type().isSubtype(Types.SYSTEM_EXIT)) return PycRunner.exitStatus(e.exc, stderr);
            stdout.flush();
            st.handled = null;
            ExceptHook.print(e.exc, tb, stderr);
        } finally {
            stderr.flush();
            stdout.flush();
        }
        return null;
    }
}
