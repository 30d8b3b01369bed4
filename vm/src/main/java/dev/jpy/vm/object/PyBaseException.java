package dev.jpy.vm.object;

import java.util.ArrayList;
import java.util.List;

/** A Python exception instance: its args, its traceback entries, context and cause. */
public final class PyBaseException extends PyInstance {
    public PyTuple args = PyTuple.EMPTY;
    /** Traceback entries, innermost frame first (the order they were added while unwinding). */
    public final List<TracebackEntry> traceback = new ArrayList<>();
    public PyBaseException context;
    public PyBaseException cause;
    public boolean suppressContext;
    /** For an AttributeError raised by a failed lookup: the object and the name (CPython's obj and name), for "Did you mean". */
    public Object attrObj;
    public String attrName;
    /** For exception groups: the message and the nested exceptions (null for other exceptions). */
    public Object groupMessage;
    public PyTuple groupExceptions;
    /** The traceback object last made for the outermost entry (so exc.__traceback__ is exc.__traceback__), or null. */
    PyTraceback tbHead;

    /**
     * One line of a traceback: the code object, the instruction index (code units) that was running, and the frame
     * (an interp.Frame, or null) that tb_frame shows; the frame object itself is made only when asked for.
     */
    public record TracebackEntry(PyCodeObj code, int lasti, Object frame) {}

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
    }

    public PyRaise raise() { return new PyRaise(this); }
}
