package dev.jpy.vm.object;

/** A traceback object (exc.__traceback__): one entry of an exception's traceback and the link to the next, deeper one. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = new PyType("traceback", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);

    /** A copy of the exception's entries when this object was made (innermost frame first), shared along tb_next. */
    private final java.util.List<PyBaseException.TracebackEntry> entries;
    /** Index into entries: this object's frame. */
    private final int index;

    /** The tb_next object, made on first use. */
    private PyTraceback next;

    private PyTraceback(java.util.List<PyBaseException.TracebackEntry> entries, int index) { this.entries = entries; this.index = index; }

    @Override public PyType type() { return TYPE; }

    /** The outermost traceback object of e, or None when e was never raised. */
    public static Object of(PyBaseException e) {
        if (e.traceback.isEmpty()) return PyNone.NONE;
        PyTraceback head = e.tbHead;
        int last = e.traceback.size() - 1;
        if (head == null || head.index != last || head.entries.get(last) != e.traceback.get(last)) {
            head = new PyTraceback(java.util.List.copyOf(e.traceback), last);
            PyTraceback old = e.tbHead; // the exception went one frame further out: the old head is tb_next
            if (old != null && old.index == last - 1 && old.entries.get(old.index) == head.entries.get(last - 1)) head.next = old;
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
        e.traceback.clear();
        e.traceback.addAll(t.entries.subList(0, t.index + 1));
        e.tbHead = t; // e.__traceback__ is tb
    }

    Object attr(String name) {
        PyBaseException.TracebackEntry t = entries.get(index);
        return switch (name) {
            case "tb_lineno" -> PyInt.of(t.code().lineOf(t.lasti()));
            case "tb_lasti" -> PyInt.of(2L * t.lasti());
            case "tb_next" -> index == 0 ? PyNone.NONE : next != null ? next : (next = new PyTraceback(entries, index - 1));
            case "tb_frame" -> t.frame() instanceof dev.jpy.vm.interp.Frame f ? dev.jpy.vm.interp.PyFrameObj.of(f) : PyNone.NONE;
            default -> null;
        };
    }
}
