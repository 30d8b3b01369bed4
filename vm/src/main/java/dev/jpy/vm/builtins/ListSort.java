package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Compare;

/**
 * The general list.sort: a natural merge sort with CPython 3.13's run detection, binary insertion, powersort merge
 * policy and galloping, so that a user's {@code __lt__} sees the same calls in the same order as under CPython.
 */
final class ListSort {
    private static final int MIN_GALLOP = 7, MAX_MINRUN = 64;

    /** A key with the item it was computed from, so keys and items move together. */
    private record Keyed(Object key, Object value) {}

    private final Object[] a;
    private final boolean keyed;
    private final int listLen;
    private Object[] tmp = new Object[0];
    private int minGallop = MIN_GALLOP;
    private final int[] runBase = new int[64], runLen = new int[64], runPower = new int[64];
    private int runs;

    private ListSort(Object[] a, boolean keyed) {
        this.a = a;
        this.keyed = keyed;
        this.listLen = a.length;
    }

    /**
     * Sorts {@code values} in place by {@code keys} (the same array when there is no key function), stably; with
     * {@code reverse} the array is reversed before and after an ascending sort. When a comparison raises, the
     * exception propagates and {@code values} holds some permutation of its items.
     */
    static void sort(Object[] keys, Object[] values, boolean reverse) {
        int n = values.length;
        if (n < 2) return;
        boolean keyed = keys != values;
        Object[] a = values;
        if (keyed) {
            a = new Object[n];
            for (int i = 0; i < n; i++) a[i] = new Keyed(keys[i], values[i]);
        }
        if (reverse) reverse(a, 0, n);
        try {
            new ListSort(a, keyed).run();
        } finally {
            if (reverse) reverse(a, 0, n);
            if (keyed) for (int i = 0; i < n; i++) values[i] = ((Keyed) a[i]).value;
        }
    }

    private boolean lt(Object x, Object y) {
        if (keyed) return Compare.compareBool(Compare.LT, ((Keyed) x).key, ((Keyed) y).key);
        return Compare.compareBool(Compare.LT, x, y);
    }

    private void run() {
        int lo = 0, remaining = listLen, minrun = minrun(remaining);
        do {
            int n = countRun(lo, remaining);
            if (n < minrun) {
                int force = Math.min(remaining, minrun);
                binarySort(lo, force, n);
                n = force;
            }
            foundNewRun(n);
            runBase[runs] = lo;
            runLen[runs] = n;
            runs++;
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        while (runs > 1) {
            int i = runs - 2;
            if (i > 0 && runLen[i - 1] < runLen[i + 1]) i--;
            mergeAt(i);
        }
    }

    private static int minrun(int n) {
        int r = 0;
        while (n >= MAX_MINRUN) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private static void reverse(Object[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Sorts a[lo, lo+n) by binary insertion, a[lo, lo+ok) being sorted already. */
    private void binarySort(int lo, int n, int ok) {
        if (ok == 0) ok = 1;
        for (; ok < n; ok++) {
            Object pivot = a[lo + ok];
            int left = 0, right = ok;
            do {
                int mid = (left + right) >>> 1;
                if (lt(pivot, a[lo + mid])) right = mid;
                else left = mid + 1;
            } while (left < right);
            System.arraycopy(a, lo + left, a, lo + left + 1, ok - left);
            a[lo + left] = pivot;
        }
    }

    /** The length of the run at lo (at most remaining long), made ascending in place if it was descending. */
    private int countRun(int lo, int remaining) {
        int n = 1;
        for (; n < remaining; n++) if (lt(a[lo + n], a[lo + n - 1])) break;
        if (n == remaining) return n;
        if (n > 1) {
            if (lt(a[lo], a[lo + n - 1])) return n;
            reverse(a, lo, lo + n); // an all-equal prefix of a descending run
        }
        n++;
        int neq = 0;
        for (; n < remaining; n++) {
            if (lt(a[lo + n], a[lo + n - 1])) {
                neq = reverseEquals(lo + n, neq);
            } else if (lt(a[lo + n - 1], a[lo + n])) {
                break;
            } else {
                neq++;
            }
        }
        reverseEquals(lo + n, neq);
        reverse(a, lo, lo + n);
        for (; n < remaining; n++) if (lt(a[lo + n], a[lo + n - 1])) break;
        return n;
    }

    /** Reverses the neq+1 equal items ending before end (when neq > 0), so the run's final reversal keeps them stable. */
    private int reverseEquals(int end, int neq) {
        if (neq > 0) reverse(a, end - neq - 1, end);
        return 0;
    }

    private void foundNewRun(int n2) {
        if (runs == 0) return;
        int power = power(runBase[runs - 1], runLen[runs - 1], n2, listLen);
        while (runs > 1 && runPower[runs - 2] > power) mergeAt(runs - 2);
        runPower[runs - 1] = power;
    }

    /** The powersort depth of the boundary between the runs [s1, s1+n1) and [s1+n1, s1+n1+n2) in a list of n. */
    private static int power(long s1, long n1, long n2, long n) {
        int result = 0;
        long x = 2 * s1 + n1, y = x + n1 + n2;
        for (;;) {
            result++;
            if (x >= n) {
                x -= n;
                y -= n;
            } else if (y >= n) {
                break;
            }
            x <<= 1;
            y <<= 1;
        }
        return result;
    }

    private void mergeAt(int i) {
        int pa = runBase[i], na = runLen[i], pb = runBase[i + 1], nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == runs - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runs--;
        int k = gallopRight(a[pb], a, pa, na, 0);
        pa += k;
        na -= k;
        if (na == 0) return;
        nb = gallopLeft(a[pa + na - 1], a, pb, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) mergeLo(pa, na, pb, nb);
        else mergeHi(pa, na, pb, nb);
    }

    /** The k in 0..n with s[base+k-1] < key <= s[base+k], searching out from hint. */
    private int gallopLeft(Object key, Object[] s, int base, int n, int hint) {
        int last = 0, ofs = 1;
        if (lt(s[base + hint], key)) {
            int max = n - hint;
            while (ofs < max && lt(s[base + hint + ofs], key)) {
                last = ofs;
                ofs = grow(ofs, max);
            }
            if (ofs > max) ofs = max;
            last += hint;
            ofs += hint;
        } else {
            int max = hint + 1;
            while (ofs < max && !lt(s[base + hint - ofs], key)) {
                last = ofs;
                ofs = grow(ofs, max);
            }
            if (ofs > max) ofs = max;
            int t = last;
            last = hint - ofs;
            ofs = hint - t;
        }
        last++;
        while (last < ofs) {
            int m = last + ((ofs - last) >>> 1);
            if (lt(s[base + m], key)) last = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /** The k in 0..n with s[base+k-1] <= key < s[base+k], searching out from hint. */
    private int gallopRight(Object key, Object[] s, int base, int n, int hint) {
        int last = 0, ofs = 1;
        if (lt(key, s[base + hint])) {
            int max = hint + 1;
            while (ofs < max && lt(key, s[base + hint - ofs])) {
                last = ofs;
                ofs = grow(ofs, max);
            }
            if (ofs > max) ofs = max;
            int t = last;
            last = hint - ofs;
            ofs = hint - t;
        } else {
            int max = n - hint;
            while (ofs < max && !lt(key, s[base + hint + ofs])) {
                last = ofs;
                ofs = grow(ofs, max);
            }
            if (ofs > max) ofs = max;
            last += hint;
            ofs += hint;
        }
        last++;
        while (last < ofs) {
            int m = last + ((ofs - last) >>> 1);
            if (lt(key, s[base + m])) ofs = m;
            else last = m + 1;
        }
        return ofs;
    }

    private static int grow(int ofs, int max) {
        int next = (ofs << 1) + 1;
        return next <= 0 ? max : next; // int overflow: past any real bound
    }

    private Object[] tmp(int need) {
        if (tmp.length < need) tmp = new Object[Math.max(need, Math.min(listLen, 2 * tmp.length))];
        return tmp;
    }

    // merge cursors shared by mergeLo/mergeHi and their loops: the next slot of run a, of run b, of the output
    private int ca, cb, dest, na, nb;

    /** Merges a[pa, pa+na) with the following a[pb, pb+nb), na <= nb, copying run a out to the temporary array. */
    private void mergeLo(int pa, int na0, int pb, int nb0) {
        Object[] t = tmp(na0);
        System.arraycopy(a, pa, t, 0, na0);
        ca = 0;
        cb = pb;
        dest = pa;
        na = na0;
        nb = nb0;
        a[dest++] = a[cb++];
        boolean copyB;
        if (--nb == 0) copyB = false;
        else if (na == 1) copyB = true;
        else {
            try {
                copyB = loopLo(t);
            } catch (RuntimeException | Error e) {
                System.arraycopy(t, ca, a, dest, na);
                throw e;
            }
        }
        if (copyB) {
            System.arraycopy(a, cb, a, dest, nb);
            a[dest + nb] = t[ca];
        } else if (na > 0) {
            System.arraycopy(t, ca, a, dest, na);
        }
    }

    /** mergeLo's main loop: true when only the last item of run a is left (it goes after all of b's rest). */
    private boolean loopLo(Object[] t) {
        int minG = minGallop;
        for (;;) {
            int acount = 0, bcount = 0;
            do {
                if (lt(a[cb], t[ca])) {
                    a[dest++] = a[cb++];
                    bcount++;
                    acount = 0;
                    if (--nb == 0) return false;
                } else {
                    a[dest++] = t[ca++];
                    acount++;
                    bcount = 0;
                    if (--na == 1) return true;
                }
            } while (acount < minG && bcount < minG);
            minG++;
            do {
                if (minG > 1) minG--;
                minGallop = minG;
                int k = gallopRight(a[cb], t, ca, na, 0);
                acount = k;
                if (k > 0) {
                    System.arraycopy(t, ca, a, dest, k);
                    dest += k;
                    ca += k;
                    na -= k;
                    if (na == 1) return true;
                    if (na == 0) return false;
                }
                a[dest++] = a[cb++];
                if (--nb == 0) return false;
                k = gallopLeft(t[ca], a, cb, nb, 0);
                bcount = k;
                if (k > 0) {
                    System.arraycopy(a, cb, a, dest, k);
                    dest += k;
                    cb += k;
                    nb -= k;
                    if (nb == 0) return false;
                }
                a[dest++] = t[ca++];
                if (--na == 1) return true;
            } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
            minG++;
            minGallop = minG;
        }
    }

    /** Merges a[pa, pa+na) with the following a[pb, pb+nb), na >= nb, from the right, run b copied out. */
    private void mergeHi(int pa, int na0, int pb, int nb0) {
        Object[] t = tmp(nb0);
        System.arraycopy(a, pb, t, 0, nb0);
        na = na0;
        nb = nb0;
        ca = pa + na - 1;
        cb = nb - 1;
        dest = pb + nb - 1;
        a[dest--] = a[ca--];
        boolean copyA;
        if (--na == 0) copyA = false;
        else if (nb == 1) copyA = true;
        else {
            try {
                copyA = loopHi(t, pa);
            } catch (RuntimeException | Error e) {
                if (nb > 0) System.arraycopy(t, 0, a, dest - (nb - 1), nb);
                throw e;
            }
        }
        if (copyA) {
            System.arraycopy(a, ca + 1 - na, a, dest + 1 - na, na);
            a[dest - na] = t[cb];
        } else if (nb > 0) {
            System.arraycopy(t, 0, a, dest - (nb - 1), nb);
        }
    }

    /** mergeHi's main loop: true when only the first item of run b is left (it goes before all of a's rest). */
    private boolean loopHi(Object[] t, int baseA) {
        int minG = minGallop;
        for (;;) {
            int acount = 0, bcount = 0;
            do {
                if (lt(t[cb], a[ca])) {
                    a[dest--] = a[ca--];
                    acount++;
                    bcount = 0;
                    if (--na == 0) return false;
                } else {
                    a[dest--] = t[cb--];
                    bcount++;
                    acount = 0;
                    if (--nb == 1) return true;
                }
            } while (acount < minG && bcount < minG);
            minG++;
            do {
                if (minG > 1) minG--;
                minGallop = minG;
                int k = na - gallopRight(t[cb], a, baseA, na, na - 1);
                acount = k;
                if (k > 0) {
                    dest -= k;
                    ca -= k;
                    System.arraycopy(a, ca + 1, a, dest + 1, k);
                    na -= k;
                    if (na == 0) return false;
                }
                a[dest--] = t[cb--];
                if (--nb == 1) return true;
                k = nb - gallopLeft(a[ca], t, 0, nb, nb - 1);
                bcount = k;
                if (k > 0) {
                    dest -= k;
                    cb -= k;
                    System.arraycopy(t, cb + 1, a, dest + 1, k);
                    nb -= k;
                    if (nb == 1) return true;
                    if (nb == 0) return false;
                }
                a[dest--] = a[ca--];
                if (--na == 0) return false;
            } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
            minG++;
            minGallop = minG;
        }
    }
}
