package dev.jpy.vm.run;

import dev.jpy.marshal.code.LocationTable;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Prints an uncaught exception as CPython 3.13 does: chained exceptions, frames with source lines and markers. */
public final class Traceback {
    private final Path sourceRoot;
    private final Map<String, List<String>> sources = new HashMap<>();

    private List<String> outer = List.of();

    public Traceback(Path sourceRoot) { this.sourceRoot = sourceRoot; }

    /** Printed frames that sit above the uncaught exception's own (runpy's for {@code -m}), each ending in a newline. */
    public Traceback withOuterFrames(List<String> frames) {
        this.outer = List.copyOf(frames);
        return this;
    }

    public String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        format(e, sb, new IdentityHashMap<>(), true);
        return sb.toString();
    }

    private void format(PyBaseException e, StringBuilder sb, Map<PyBaseException, Boolean> seen, boolean root) {
        seen.put(e, true);
        if (e.cause != null && !seen.containsKey(e.cause)) {
            format(e.cause, sb, seen, false);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            format(e.context, sb, seen, false);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        boolean outerFrames = root && !outer.isEmpty();
        if (!e.traceback.isEmpty() || outerFrames) {
            sb.append("Traceback (most recent call last):\n");
            if (outerFrames) outer.forEach(sb::append);
            for (int i = e.traceback.size() - 1; i >= 0; i--) frame(e.traceback.get(i), sb);
        }
        if (SyntaxErrors.isLocated(e)) sb.append(SyntaxErrors.printed(e, typeName(e.type())));
        else sb.append(exceptionLine(e)).append('\n');
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
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    /** The exception class as printed: {@code module.Qualname}, the module left out for builtins and __main__. */
    private static String typeName(PyType t) {
        Object q = t.dict.get("__qualname__");
        String name = q instanceof dev.jpy.vm.object.PyStr s ? s.s : t.name;
        return t.module.equals("builtins") || t.module.equals("__main__") ? name : t.module + "." + name;
    }

    private void frame(PyBaseException.TracebackEntry tb, StringBuilder sb) {
        LocationTable.Position p = tb.code().positionOf(tb.lasti());
        int line = p.line();
        sb.append("  File \"").append(tb.code().filename).append("\", line ").append(line).append(", in ").append(tb.code().name).append('\n');
        String src = sourceLine(tb.code().filename, line);
        if (src == null) return;
        String stripped = src.strip();
        sb.append("    ").append(stripped).append('\n');
        String markers = Markers.of(src, p);
        if (markers != null) sb.append(markers).append('\n');
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
        return line <= lines.size() ? lines.get(line - 1) : null;
    }
}
