package dev.jpy.vm.object;

/**
 * The set algorithms of CPython 3.13's {@code Objects/setobject.c} (update, intersection, difference,
 * symmetric difference, subset tests), walking tables in the same order so results iterate as CPython's do.
 */
public final class SetOps {
    private SetOps() {}

    /** A new empty set of the same kind (set or frozenset) as s. */
    public static PySet empty(PySet s) { return new PySet(s.frozen); }

    public static PySet copy(PySet s) {
        PySet r = empty(s);
        r.items.merge(s.items);
        return r;
    }

    /** set_update_internal: a set merges its table, a dict adds its keys after one resize, anything else is iterated. */
    public static void update(SetTable t, Object other) {
        if (other instanceof PySet o) {
            t.merge(o.items);
        } else if (other instanceof PyDict d) {
            t.presize(d.map.size());
            for (Object k : d.map.keySet()) t.add(k);
        } else {
            Object it = Ops.iter(other);
            for (Object x; (x = Ops.next(it)) != null; ) t.add(x);
        }
    }

    public static PySet fromIterable(boolean frozen, Object iterable) {
        PySet s = new PySet(frozen);
        update(s.items, iterable);
        return s;
    }

    public static PySet union(PySet s, Object other) {
        PySet r = copy(s);
        update(r.items, other);
        return r;
    }

    public static PySet intersection(PySet s, Object other) {
        if (s == other) return copy(s);
        PySet r = empty(s);
        if (other instanceof PySet o) {
            SetTable big = s.items, small = o.items;
            if (small.size() > big.size()) { SetTable x = big; big = small; small = x; }
            for (int i = 0; i < small.capacity(); i++) {
                Object k = small.keyAt(i);
                if (k != null && big.containsHashed(k, small.hashAt(i))) r.items.addHashed(k, small.hashAt(i));
            }
            return r;
        }
        Object it = Ops.iter(other);
        for (Object x; (x = Ops.next(it)) != null; ) {
            long h = Ops.hash(x);
            if (s.items.containsHashed(x, h)) r.items.addHashed(x, h);
        }
        return r;
    }

    public static PySet difference(PySet s, Object other) {
        int otherSize;
        if (other instanceof PySet o) otherSize = o.items.size();
        else if (other instanceof PyDict d) otherSize = d.map.size();
        else return copyAndDifference(s, other);
        if ((s.items.size() >> 2) > otherSize) return copyAndDifference(s, other);
        PySet r = empty(s);
        SetTable t = s.items;
        for (int i = 0; i < t.capacity(); i++) {
            Object k = t.keyAt(i);
            if (k == null) continue;
            boolean in = other instanceof PySet o ? o.items.containsHashed(k, t.hashAt(i)) : ((PyDict) other).map.containsKey(k);
            if (!in) r.items.addHashed(k, t.hashAt(i));
        }
        return r;
    }

    private static PySet copyAndDifference(PySet s, Object other) {
        PySet r = copy(s);
        differenceUpdate(r, other);
        return r;
    }

    /** set_difference_update_internal, with its shrink when over a quarter of the slots are dummies. */
    public static void differenceUpdate(PySet s, Object other) {
        SetTable t = s.items;
        if (s == other) {
            t.clear();
            return;
        }
        if (other instanceof PySet o) {
            SetTable ot = (o.items.size() >> 3) > t.size() ? intersection(s, o).items : o.items;
            for (int i = 0; i < ot.capacity(); i++) {
                Object k = ot.keyAt(i);
                if (k != null) t.discard(k, ot.hashAt(i));
            }
        } else {
            Object it = Ops.iter(other);
            for (Object x; (x = Ops.next(it)) != null; ) t.remove(x);
        }
        t.shrinkIfSparse();
    }

    public static PySet symmetricDifference(PySet s, Object other) {
        PySet r = fromIterable(s.frozen, other);
        symmetricDifferenceUpdate(r, s);
        return r;
    }

    public static void symmetricDifferenceUpdate(PySet s, Object other) {
        SetTable t = s.items;
        if (s == other) {
            t.clear();
            return;
        }
        if (other instanceof PyDict d) {
            for (Object k : d.map.keySet()) {
                long h = Ops.hash(k);
                if (!t.discard(k, h)) t.addHashed(k, h);
            }
            return;
        }
        SetTable ot = other instanceof PySet o ? o.items : fromIterable(false, other).items;
        for (int i = 0; i < ot.capacity(); i++) {
            Object k = ot.keyAt(i);
            if (k != null && !t.discard(k, ot.hashAt(i))) t.addHashed(k, ot.hashAt(i));
        }
    }

    /** s.issubset(other). */
    public static boolean isSubset(PySet s, Object other) {
        if (!(other instanceof PySet o)) return isSubset(s, fromIterable(false, other));
        if (s.items.size() > o.items.size()) return false;
        SetTable t = s.items;
        for (int i = 0; i < t.capacity(); i++) {
            Object k = t.keyAt(i);
            if (k != null && !o.items.containsHashed(k, t.hashAt(i))) return false;
        }
        return true;
    }

    public static boolean isSuperset(PySet s, Object other) {
        if (other instanceof PySet o) return isSubset(o, s);
        Object it = Ops.iter(other);
        for (Object x; (x = Ops.next(it)) != null; ) if (!s.items.contains(x)) return false;
        return true;
    }

    public static boolean isDisjoint(PySet s, Object other) {
        if (s == other) return s.items.isEmpty();
        if (other instanceof PySet o) {
            SetTable small = s.items, big = o.items;
            if (small.size() > big.size()) { small = o.items; big = s.items; }
            for (int i = 0; i < small.capacity(); i++) {
                Object k = small.keyAt(i);
                if (k != null && big.containsHashed(k, small.hashAt(i))) return false;
            }
            return true;
        }
        Object it = Ops.iter(other);
        for (Object x; (x = Ops.next(it)) != null; ) if (s.items.contains(x)) return false;
        return true;
    }

    /** The binary operators |, &, -, ^ between two sets (result of the left operand's kind); null otherwise. */
    public static Object binary(int op, Object a, Object b) {
        if (!(a instanceof PySet x && b instanceof PySet)) return null;
        return switch (op) {
            case Numbers.OR -> union(x, b);
            case Numbers.AND -> intersection(x, b);
            case Numbers.SUB -> difference(x, b);
            case Numbers.XOR -> symmetricDifference(x, b);
            default -> null;
        };
    }

    /** |=, &=, -=, ^= on a mutable set with a set operand: updates it in place; null otherwise. */
    public static Object inplace(int op, Object a, Object b) {
        if (!(a instanceof PySet x && !x.frozen && b instanceof PySet)) return null;
        switch (op) {
            case Numbers.OR -> update(x.items, b);
            case Numbers.AND -> x.items.replaceWith(intersection(x, b).items);
            case Numbers.SUB -> differenceUpdate(x, b);
            case Numbers.XOR -> symmetricDifferenceUpdate(x, b);
            default -> { return null; }
        }
        return x;
    }

    /** Set comparison: the subset order for <, <=, >, >=; equality by size and membership. */
    public static boolean compare(int op, PySet a, PySet b) {
        int na = a.items.size(), nb = b.items.size();
        return switch (op) {
            case Compare.LT -> na < nb && isSubset(a, b);
            case Compare.LE -> isSubset(a, b);
            case Compare.GT -> na > nb && isSubset(b, a);
            case Compare.GE -> isSubset(b, a);
            case Compare.EQ -> na == nb && isSubset(a, b);
            default -> !(na == nb && isSubset(a, b));
        };
    }
}
