package dev.jpy.vm.object;

/** A traceback object (exc.__traceback__): one entry of an exception's traceback and the link to the next, deeper one. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = new PyType("traceback", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);

    private final PyBaseException exc;
    /** Index into exc.traceback, whose entries run from the innermost frame outwards. */
    private final int index;

    /** The tb_next object, made on first use. */
    private PyTraceback next;

    private PyTraceback(PyBaseException exc, int index) { this.exc = exc; this.index = index; }

    @Override public PyType type() { return TYPE; }

    /** The outermost traceback object of e, or None when e was never raised. */
    public static Object of(PyBaseException e) {
        if (e.traceback.isEmpty()) return PyNone.NONE;
        PyTraceback head = e.tbHead;
        if (head == null || head.index != e.traceback.size() - 1) {
            head = new PyTraceback(e, e.traceback.size() - 1);
            if (e.tbHead != null && e.tbHead.index == head.index - 1) head.next = e.tbHead;
            e.tbHead = head;
        }
        return head;
    }

    /** exc.__traceback__ = tb (or exc.with_traceback(tb)): e's entries become tb's and those deeper than it; None clears them. */
    public static void assign(PyBaseException e, Object tb) {
        e.tbHead = null;
        if (tb == PyNone.NONE) {
            e.traceback.clear();
            return;
        }
        if (!(tb instanceof PyTraceback t)) throw Errors.type("__traceback__ must be a traceback or None");
        java.util.List<PyBaseException.TracebackEntry> entries = new java.util.ArrayList<>(t.exc.traceback.subList(0, t.index + 1));
        e.traceback.clear();
        e.traceback.addAll(entries);
        if (t.exc == e) e.tbHead = t;
    }

    Object attr(String name) {
        PyBaseException.TracebackEntry t = exc.traceback.get(index);
        return switch (name) {
            case "tb_lineno" -> PyInt.of(t.code().lineOf(t.lasti()));
            case "tb_lasti" -> PyInt.of(2L * t.lasti());
            case "tb_next" -> index == 0 ? PyNone.NONE : next != null ? next : (next = new PyTraceback(exc, index - 1));
            case "tb_frame" -> t.frame() instanceof dev.jpy.vm.interp.Frame f ? dev.jpy.vm.interp.PyFrameObj.of(f) : PyNone.NONE;
            default -> null;
        };
    }
}
