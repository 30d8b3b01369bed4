package dev.jpy.toolchain.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The warnings a compilation raises (CPython's SyntaxWarning "invalid escape sequence '\d'" of a string literal), kept
 * for the caller to issue through its warnings machinery: {@link #collect} installs a list for the compilations run
 * on this thread inside it; without one they are dropped.
 */
public final class CompileWarnings {
    private CompileWarnings() {}

    /** One warning: its category ("SyntaxWarning"), message and the span of the token it is about (1-based lines, 0-based columns). */
    public record Warning(String category, String message, int lineno, int col, int endLineno, int endCol) {}

    /** Inheritable: the parser may run on a thread of its own with a deeper stack (BigStack), which adds to the same list. */
    private static final ThreadLocal<List<Warning>> SINK = new InheritableThreadLocal<>();

    /** Runs {@code body} with {@code into} collecting the warnings of the compilations inside it. */
    public static <T> T collect(List<Warning> into, Supplier<T> body) {
        List<Warning> outer = swap(into);
        try {
            return body.get();
        } finally {
            swap(outer);
        }
    }

    /** Makes {@code sink} (null: none) the list that collects this thread's warnings; returns the one before. */
    public static List<Warning> swap(List<Warning> sink) {
        List<Warning> before = SINK.get();
        if (sink == null) SINK.remove();
        else SINK.set(sink);
        return before;
    }

    /** Records a warning when a caller collects them (each once: the parser may decode a literal more than once). */
    public static void warn(Warning w) {
        List<Warning> sink = SINK.get();
        if (sink != null && !sink.contains(w)) sink.add(w);
    }

    /** A fresh list for {@link #collect}. */
    public static List<Warning> list() {
        return new ArrayList<>();
    }
}
