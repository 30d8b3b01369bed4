package dev.jpy.vm.object;

/** A range of small ints (start, stop, step). */
public final class PyRange extends PyObject {
    public final long start, stop, step;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    @Override public PyType type() { return Types.RANGE; }
}
