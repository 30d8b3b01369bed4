package dev.jpy.vm.object;

/**
 * The Java throwable that carries a Python exception up the Java stack (no Java stack trace is filled in).
 * {@code reraise} marks a re-raise that must not add a traceback entry for the frame it leaves first.
 */
public final class PyRaise extends RuntimeException {
    public final PyBaseException exc;
    public final boolean reraise;
    /** Set once the frame the exception was raised in has chained it to the exception being handled. */
    public boolean chained;

    public PyRaise(PyBaseException exc) { this(exc, false); }

    public PyRaise(PyBaseException exc, boolean reraise) {
        super(null, null, false, false);
        this.exc = exc;
        this.reraise = reraise;
    }

    @Override public String getMessage() { return exc.type().name + ": " + Ops.str(exc); }
}
