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

    /** One line of a traceback: the code object and the instruction index (code units) that was running. */
    public record TracebackEntry(PyCodeObj code, int lasti) {}

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
    }

    public PyRaise raise() { return new PyRaise(this); }
}
