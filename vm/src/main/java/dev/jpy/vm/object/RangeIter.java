package dev.jpy.vm.object;

/** iter(range): a final class, so that FOR_ITER can call it directly instead of through PyIter's virtual next(). */
public final class RangeIter extends PyIter {
    private final long step;
    private long cur, left;

    RangeIter(PyRange r) {
        super(Types.RANGE_ITERATOR);
        this.cur = r.start;
        this.left = r.length();
        this.step = r.step;
    }

    @Override public Object next() {
        if (left <= 0) return null;
        left--;
        long v = cur;
        cur += step;
        return PyInt.of(v);
    }
}
