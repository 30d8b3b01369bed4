package dev.jpy.vm.run;

import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.errors.SyntaxErrorPrinter;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A compile error of an imported module as the Python SyntaxError (IndentationError, TabError) CPython raises:
 * {@code args} {@code (msg, (filename, lineno, offset, text, end_lineno, end_offset))} and those attributes, and
 * its printed block at the end of a traceback ({@code File "m.py", line N}, the line, the carets).
 */
public final class SyntaxErrors {
    private SyntaxErrors() {}

    /** The Python exception for a syntax error of the module whose source is {@code source}. */
    static PyRaise toPython(PySyntaxError e, Path source) {
        return toPython(e, source.toString(), n -> lineOf(source, n), false);
    }

    /**
     * The Python exception for a syntax error of {@code compile()}, {@code eval} or {@code exec} of a source string in
     * {@code mode}. A parser error's text is its source line as CPython's string tokenizer holds it: with its newline
     * (exec mode adds one to a last line without), but without it for the tokenizer's bracket and string errors. The
     * later stages' text is read from the file named, which a string source is not: None.
     */
    public static PyRaise fromCompile(PySyntaxError e, String filename, String source, String mode) {
        boolean parsed = e instanceof dev.jpy.toolchain.parse.ParseException;
        String text = parsed ? parserText(e, source, mode) : null;
        String t = text;
        PyRaise r = toPython(e, filename, n -> t, !parsed);
        if (locatedAfterwards(e)) {
            r.exc.args = PyTuple.of(r.exc.args.items[0]);
            if (e.endOffset() < 0) r.exc.dict.put("end_offset", PyNone.NONE);
        }
        return r;
    }

    /**
     * The symbol table's and future.c's errors: CPython raises them with the message alone and sets the location
     * attributes afterwards, so their args are {@code (msg,)} (and future.c gives no end offset).
     */
    private static boolean locatedAfterwards(PySyntaxError e) {
        StackTraceElement[] st = e.getStackTrace();
        if (st.length == 0) return false;
        String c = st[0].getClassName();
        return c.equals("dev.jpy.toolchain.symtable.SymbolTable")
                || c.equals("dev.jpy.toolchain.symtable.Future") && !st[0].getMethodName().equals("checkLateImport");
    }

    private static String parserText(PySyntaxError e, String source, String mode) {
        String[] lines = source.split("(?<=\n)", -1);
        int n = e.lineno();
        if (n < 1 || n > lines.length || lines[n - 1].isEmpty()) return e.text();
        String line = lines[n - 1];
        String msg = e.msg();
        boolean tokenizer = msg.startsWith("unmatched ") || msg.startsWith("unterminated ") || msg.startsWith("closing parenthesis");
        if (tokenizer || msg.endsWith("was never closed")) line = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        boolean lastUnterminated = n == lines.length && !line.endsWith("\n") && !source.endsWith("\n");
        if (mode.equals("exec") && lastUnterminated && !tokenizer) line += "\n";
        return line;
    }

    private static PyRaise toPython(PySyntaxError e, String sourceName, java.util.function.IntFunction<String> lineOf, boolean noText) {
        PyType t = type(e.pyClass());
        boolean located = e.lineno() > 0 || e.offset() == -1; // a decoding error is at line 0 of the file
        Object file = located ? new PyStr(e.filename() != null ? e.filename() : sourceName) : PyNone.NONE;
        Object lineno = located ? PyInt.of(Math.max(e.lineno(), 0)) : PyNone.NONE;
        boolean decoding = e.lineno() <= 0 && located; // CPython's decoding errors carry (filename, 0, -1, None)
        Object offset = e.lineno() > 0 || decoding ? PyInt.of(e.offset()) : PyNone.NONE;
        String line = e.lineno() > 0 ? lineOf.apply(e.lineno()) : null;
        if (line == null && !noText) line = e.text();
        Object text = line == null ? PyNone.NONE : new PyStr(line);
        Object endLine = e.lineno() > 0 ? PyInt.of(e.endLineno()) : PyNone.NONE;
        Object endOffset = e.lineno() > 0 ? PyInt.of(e.endOffset()) : PyNone.NONE;
        PyStr msg = new PyStr(e.msg());
        PyBaseException x = new PyBaseException(t, located
                ? PyTuple.of(msg, decoding ? PyTuple.of(file, lineno, offset, text) : PyTuple.of(file, lineno, offset, text, endLine, endOffset))
                : PyTuple.of(msg));
        PyDict d = x.dict;
        d.put("msg", msg);
        d.put("filename", file);
        d.put("lineno", lineno);
        d.put("offset", offset);
        d.put("text", text);
        d.put("end_lineno", endLine);
        d.put("end_offset", endOffset);
        d.put("print_file_and_line", PyNone.NONE);
        return x.raise();
    }

    /** IndentationError and TabError until the builtins have them: subclasses of SyntaxError as in CPython. */
    private static final java.util.Map<String, PyType> OWN = new java.util.concurrent.ConcurrentHashMap<>();

    private static PyType type(String pyClass) {
        PyType t = Types.EXCEPTIONS.get(pyClass);
        if (t != null) return t;
        if (pyClass.equals("TabError")) {
            PyType indentation = type("IndentationError");
            return OWN.computeIfAbsent(pyClass, n -> new PyType(n, new PyType[] {indentation}, PyType.Layout.EXCEPTION, false));
        }
        if (pyClass.equals("IndentationError")) {
            return OWN.computeIfAbsent(pyClass, n -> new PyType(n, new PyType[] {Types.SYNTAX_ERROR}, PyType.Layout.EXCEPTION, false));
        }
        return Types.SYNTAX_ERROR;
    }

    private static String lineOf(Path source, int lineno) {
        try {
            String[] lines = new String(Files.readAllBytes(source), StandardCharsets.UTF_8).split("(?<=\n)", -1);
            return lineno <= lines.length ? lines[lineno - 1] : null;
        } catch (Exception ex) {
            return null;
        }
    }

    /** Whether {@code e} is a SyntaxError with its location attributes (printed as a block, not one line). */
    static boolean isLocated(PyBaseException e) {
        return e.type().isSubtype(Types.SYNTAX_ERROR) && e.dict.get("msg") != null && e.dict.get("filename") instanceof PyStr;
    }

    /** SyntaxError.__str__: {@code msg (file basename, line N)}, or what of that is known. */
    public static String str(PyBaseException e) {
        String msg = Ops.str(e.dict.get("msg"));
        Object f = e.dict.get("filename"), l = e.dict.get("lineno");
        String base = f instanceof PyStr s ? Path.of(s.s).getFileName().toString() : null;
        if (base != null && l instanceof PyInt) return msg + " (" + base + ", line " + Ops.str(l) + ")";
        if (base != null) return msg + " (" + base + ")";
        if (l instanceof PyInt) return msg + " (line " + Ops.str(l) + ")";
        return msg;
    }

    /** The block CPython prints for an uncaught located SyntaxError, after the traceback's frames. */
    static String printed(PyBaseException e, String qualifiedName) {
        PyDict d = e.dict;
        return SyntaxErrorPrinter.format(qualifiedName, Ops.str(d.get("msg")), Ops.str(d.get("filename")), intOrNull(d.get("lineno")),
                intOrNull(d.get("offset")), intOrNull(d.get("end_lineno")), intOrNull(d.get("end_offset")),
                d.get("text") instanceof PyStr s ? s.s : null);
    }

    private static Integer intOrNull(Object o) {
        return o instanceof PyInt i ? (int) i.v : null;
    }
}
