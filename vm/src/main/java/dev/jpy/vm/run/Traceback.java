package dev.jpy.vm.run;

import dev.jpy.marshal.code.LocationTable;
import dev.jpy.vm.object.ExceptionGroups;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Prints an uncaught exception as CPython 3.13 does: chained exceptions, frames with source lines and markers. */
public final class Traceback {
    private final Path sourceRoot;
    private final Map<String, List<String>> sources = new HashMap<>();
    /** Source text by code object (the interactive loop's statements, all named {@code <stdin>}). */
    private final Map<dev.jpy.marshal.model.PyCode, List<String>> codeSources;

    private List<String> outer = List.of();
    /** The uncaught exception being printed: the outer frames go above its own. */
    private PyBaseException root;

    public Traceback(Path sourceRoot) { this(sourceRoot, new IdentityHashMap<>()); }

    /** With the given map of code objects to their source lines ({@link #register}), kept up to date by the caller. */
    Traceback(Path sourceRoot, Map<dev.jpy.marshal.model.PyCode, List<String>> codeSources) {
        this.sourceRoot = sourceRoot;
        this.codeSources = codeSources;
    }

    /** Records {@code text} as the source of {@code code} and the code objects nested in it (as 3.13's linecache._register_code). */
    static void register(Map<dev.jpy.marshal.model.PyCode, List<String>> map, dev.jpy.marshal.model.PyCode code, String text) {
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        java.util.ArrayDeque<dev.jpy.marshal.model.PyCode> todo = new java.util.ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            dev.jpy.marshal.model.PyCode c = todo.pop();
            map.put(c, lines);
            for (var k : c.consts().items()) if (k instanceof dev.jpy.marshal.model.PyCode n) todo.push(n);
        }
    }

    /** Printed frames that sit above the uncaught exception's own (runpy's for {@code -m}), each ending in a newline. */
    public Traceback withOuterFrames(List<String> frames) {
        this.outer = List.copyOf(frames);
        return this;
    }

    /** The text of a file that is not on disk: the {@code -c} command, shown for {@code "<string>"} as CPython 3.13 does. */
    public Traceback withSource(String filename, String text) {
        sources.put(filename, List.of(text.split("\r\n|\r|\n", -1)));
        return this;
    }

    public String format(PyBaseException e) {
        Ctx c = new Ctx();
        root = e;
        format(e, c);
        return c.sb.toString();
    }

    /** The program's traceback printer, for sys.__excepthook__ and the traceback module: its source root, -c text and interactive lines (set while a program runs). */
    private static final ThreadLocal<Traceback> CURRENT = new ThreadLocal<>();

    static void setCurrent(Traceback tb) {
        if (tb == null) CURRENT.remove();
        else CURRENT.set(tb);
    }

    /** A printer that finds sources as the uncaught-exception printer of the running program does. */
    public static Traceback current() {
        Traceback tb = CURRENT.get();
        return tb != null ? tb : new Traceback(Path.of(""));
    }

    /**
     * traceback.format_exception: the text of {@link #format} in the pieces TracebackException.format yields (a
     * header, one per frame, one per line of the exception part); only e itself when chain is false; with a limit,
     * only the outermost {@code limit} frames of each traceback (the innermost {@code -limit} when negative).
     */
    public List<String> formatChunks(PyBaseException e, boolean chain, Integer limit) {
        Ctx c = new Ctx();
        c.chain = chain;
        c.limit = limit;
        root = null;
        format(e, c);
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int cut : c.cuts) {
            if (cut > from) out.add(c.sb.substring(from, cut));
            from = cut;
        }
        if (from < c.sb.length()) out.add(c.sb.substring(from));
        return out;
    }

    /** One frame as StackSummary.format_frame_summary prints it (no locals): the File line, the source and markers. */
    public String frameText(String filename, String name, LocationTable.Position p) {
        StringBuilder sb = new StringBuilder();
        frame(null, filename, name, p, sb);
        return sb.toString();
    }

    /** Line {@code line} of a file as linecache.getline gives it without the newline, or null when there is none. */
    public String line(String filename, int line) { return sourceLine(filename, line); }

    private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";
    /** traceback.TracebackException's defaults for exception groups. */
    private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

    /** traceback._ExceptionPrintContext: the output, the exceptions already shown, and the exception-group nesting. */
    private static final class Ctx {
        final StringBuilder sb = new StringBuilder();
        final Map<PyBaseException, Boolean> seen = new IdentityHashMap<>();
        /** Where each piece ends (traceback.format_exception's list items). */
        final List<Integer> cuts = new ArrayList<>();
        int depth;
        boolean needClose, chain = true;
        /** traceback's limit argument (null: every frame). */
        Integer limit;

        void cut() { cuts.add(sb.length()); }

        String indent() { return " ".repeat(2 * depth); }

        /** Adds text with every line indented to the current group depth, behind the margin character. */
        void emit(String text, char margin) {
            String prefix = indent() + (depth > 0 ? margin + " " : "");
            int from = 0;
            while (from < text.length()) {
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? text.length() : nl + 1;
                sb.append(prefix).append(text, from, to);
                from = to;
            }
            cut();
        }

        void emit(String text) { emit(text, '|'); }
    }

    /** One exception with its chain of causes and contexts, as TracebackException.format does it. */
    private void format(PyBaseException top, Ctx c) {
        List<PyBaseException> chain = new ArrayList<>();
        List<String> msgs = new ArrayList<>();
        c.seen.put(top, true);
        for (PyBaseException e = top; e != null; ) {
            PyBaseException next = null;
            if (!c.chain) {
                chain.add(e);
                msgs.add(null);
                break;
            }
            String msg = null;
            if (e.cause != null && !c.seen.containsKey(e.cause)) {
                next = e.cause;
                msg = CAUSE;
            } else if (e.cause == null && e.context != null && !e.suppressContext && !c.seen.containsKey(e.context)) {
                next = e.context;
                msg = CONTEXT;
            }
            chain.add(e);
            msgs.add(msg);
            if (next != null) c.seen.put(next, true);
            e = next;
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (msgs.get(i) != null) c.emit(msgs.get(i));
            PyBaseException e = chain.get(i);
            if (!ExceptionGroups.isGroup(e)) {
                boolean outerFrames = e == root && c.depth == 0 && !outer.isEmpty();
                if (!shown(e, c).isEmpty() || outerFrames) {
                    c.emit("Traceback (most recent call last):\n");
                    if (outerFrames) outer.forEach(c::emit);
                    frames(e, c);
                }
                for (String line : exceptionOnly(e).split("(?<=\n)")) c.emit(line);
            } else if (c.depth > MAX_GROUP_DEPTH) {
                c.emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            } else {
                group(e, c);
            }
        }
    }

    private void group(PyBaseException e, Ctx c) {
        boolean toplevel = c.depth == 0;
        if (toplevel) c.depth++;
        if (!shown(e, c).isEmpty()) {
            c.emit("Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
            frames(e, c);
        }
        for (String line : exceptionOnly(e).split("(?<=\n)")) c.emit(line);
        Object[] excs = e.groupExceptions.items;
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        c.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
            if (last) c.needClose = true;
            c.sb.append(c.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
            c.cut();
            c.depth++;
            if (!truncated) {
                format((PyBaseException) excs[i], c);
            } else {
                int remaining = excs.length - MAX_GROUP_WIDTH;
                c.emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && c.needClose) {
                c.sb.append(c.indent()).append("+------------------------------------\n");
                c.cut();
                c.needClose = false;
            }
            c.depth--;
        }
        if (toplevel) c.depth = 0;
    }

    /** A run of entries with the same file, line and function prints this many, then a "[Previous line repeated" line. */
    private static final int RECURSIVE_CUTOFF = 3;
    /** jpy's modules written in Python where CPython's are C (_warnings, time, _datetime): their frames are not shown. */
    private static boolean hidden(String filename) {
        return filename.equals("<jpy warnings>") || filename.equals("<jpy time>") || filename.startsWith("<jpy datetime");
    }

    /** The entries of e's traceback that are printed, outermost first. */
    private static List<PyBaseException.TracebackEntry> shown(PyBaseException e, Ctx c) {
        List<PyBaseException.TracebackEntry> all = e.traceback.reversed();
        if (c.limit == null) return all;
        int n = Math.min(Math.abs(c.limit), all.size());
        return c.limit >= 0 ? all.subList(0, n) : all.subList(all.size() - n, all.size());
    }

    private void frames(PyBaseException e, Ctx c) {
        String lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (PyBaseException.TracebackEntry tb : shown(e, c)) {
            if (hidden(tb.code().filename)) continue;
            int line = tb.code().positionOf(tb.lasti()).line();
            if (!tb.code().filename.equals(lastFile) || line != lastLine || !tb.code().name.equals(lastName)) {
                repeated(count, c);
                lastFile = tb.code().filename;
                lastLine = line;
                lastName = tb.code().name;
                count = 0;
            }
            if (++count > RECURSIVE_CUTOFF) continue;
            StringBuilder f = new StringBuilder();
            frame(tb.code().code, tb.code().filename, tb.code().name, tb.code().positionOf(tb.lasti()), f);
            c.emit(f.toString());
        }
        repeated(count, c);
    }

    /** CPython's line for the entries of a run past the cutoff, which are not printed. */
    private static void repeated(int count, Ctx c) {
        int more = count - RECURSIVE_CUTOFF;
        if (more > 0) c.emit("  [Previous line repeated " + more + " more time" + (more > 1 ? "s" : "") + "]\n");
    }

    /** The exception line and the notes under it. */
    public static String exceptionOnly(PyBaseException e) {
        StringBuilder sb = new StringBuilder(SyntaxErrors.isLocated(e) ? SyntaxErrors.printed(e, typeName(e.type())) : exceptionLine(e) + "\n");
        Object notes;
        try {
            notes = Ops.getattrOrNull(e, PyStr.intern("__notes__"));
        } catch (RuntimeException x) {
            notes = null;
        }
        if (notes instanceof PyList || notes instanceof PyTuple) {
            for (Object note : Ops.toList(notes)) {
                String text;
                try {
                    text = Ops.str(note);
                } catch (RuntimeException x) {
                    text = "<note str() failed>";
                }
                for (String line : text.split("\n", -1)) sb.append(line).append('\n');
            }
        } else if (notes != null && notes != PyNone.NONE) {
            String text;
            try {
                text = Ops.repr(notes);
            } catch (RuntimeException x) {
                text = "<__notes__ repr() failed>";
            }
            sb.append(text).append('\n');
        }
        return sb.toString();
    }

    /** The last line: {@code module.Qualname: message}. */
    public static String exceptionLine(PyBaseException e) {
        String name = typeName(e.type());
        String msg;
        try {
            msg = Ops.str(e);
        } catch (RuntimeException x) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg + Suggestions.of(e);
    }

    /** The exception class as printed: {@code module.Qualname}, the module left out for builtins and __main__. */
    private static String typeName(PyType t) {
        Object q = t.dict.get("__qualname__");
        String name = q instanceof dev.jpy.vm.object.PyStr s ? s.s : t.name;
        return t.module.equals("builtins") || t.module.equals("__main__") ? name : t.module + "." + name;
    }

    /** One frame's lines; code (null when unknown) finds the source of code typed at the interactive prompt. */
    private void frame(dev.jpy.marshal.model.PyCode code, String filename, String name, LocationTable.Position p, StringBuilder sb) {
        int line = p.line();
        sb.append("  File \"").append(filename).append("\", line ").append(line).append(", in ").append(name).append('\n');
        List<String> own = code == null ? null : codeSources.get(code);
        String src = own != null ? lineOf(own, line) : sourceLine(filename, line);
        if (src == null || src.isBlank()) return;
        if (p.endLine() > line && p.col() >= 0 && p.endCol() >= 0 && spanLines(own, filename, line, p.endLine(), sb)) return;
        String stripped = src.strip();
        sb.append("    ").append(stripped).append('\n');
        String markers = Markers.of(src, p);
        if (markers != null) sb.append(markers).append('\n');
    }

    /**
     * An instruction spanning several lines (a class statement): its first and last line, dedented together, with the
     * one line between them or "...<n lines>..." for more (CPython 3.13's format_frame_summary without anchors or carets).
     */
    private boolean spanLines(List<String> own, String filename, int first, int last, StringBuilder sb) {
        List<String> lines = new ArrayList<>();
        for (int l = first; l <= last; l++) {
            String s = own != null ? lineOf(own, l) : sourceLine(filename, l);
            if (s == null) return false;
            lines.add(s);
        }
        lines = dedent(lines);
        if (lines == null) return false;
        List<String> shown = new ArrayList<>();
        shown.add(lines.get(0));
        int gap = lines.size() - 2;
        if (gap == 1) shown.add(lines.get(1));
        else if (gap > 1) shown.add("...<" + gap + " lines>...");
        shown.add(lines.get(lines.size() - 1));
        for (String s : dedent(shown)) sb.append("    ").append(s.stripTrailing()).append('\n');
        return true;
    }

    /** textwrap.dedent on a list of lines (blank lines become empty), or null when all are blank. */
    private static List<String> dedent(List<String> lines) {
        int common = Integer.MAX_VALUE;
        for (String s : lines) if (!s.isBlank()) common = Math.min(common, s.length() - s.stripLeading().length());
        if (common == Integer.MAX_VALUE) return null;
        List<String> out = new ArrayList<>();
        for (String s : lines) out.add(s.isBlank() ? "" : s.substring(common));
        return out;
    }

    private String sourceLine(String filename, int line) {
        if (line < 1) return null;
        List<String> lines = sources.computeIfAbsent(filename, f -> {
            try {
                Path p = sourceRoot.resolve(f);
                return List.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
            } catch (Exception x) {
                return List.of();
            }
        });
        return lineOf(lines, line);
    }

    private static String lineOf(List<String> lines, int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }
}
