package dev.jpy.vm.builtins;

import dev.jpy.vm.builtins.RandomModule.Rng;
import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Compare;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Libm;
import dev.jpy.vm.object.LibmTrig;
import dev.jpy.vm.object.Numbers;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRange;
import dev.jpy.vm.object.PySet;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Seq;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The methods of random.Random built on random() and _randbelow(), in the order CPython's random.py draws numbers. */
final class RandomMethods {
    private RandomMethods() {}

    static void install(PyType t) {
        Args.method(t, "randrange", (a, k) -> {
            Args.onlyKeywords("randrange", k, "start", "stop", "step");
            Object start = Args.npos(a, k) > 1 ? a[1] : Args.kw(a, k, "start");
            Object stop = Args.npos(a, k) > 2 ? a[2] : Args.kw(a, k, "stop");
            Object step = Args.npos(a, k) > 3 ? a[3] : Args.kw(a, k, "step");
            if (start == null) throw Errors.type("Random.randrange() missing 1 required positional argument: 'start'");
            return randrange(RandomModule.self(a), start, stop == null ? PyNone.NONE : stop, step);
        });
        Args.method(t, "randint", (a, k) -> {
            Args.methodCount("randint", a, k, 2, 2);
            return randrange(RandomModule.self(a), a[1], PyInt.of(index(a[2]).add(BigInteger.ONE)), null);
        });
        Args.method(t, "choice", (a, k) -> {
            Args.methodCount("choice", a, k, 1, 1);
            long n = Ops.len(a[1]);
            if (n == 0) throw Errors.index("Cannot choose from an empty sequence");
            return Seq.getitem(a[1], PyInt.of(RandomModule.self(a).mt.below(n)));
        });
        Args.method(t, "shuffle", (a, k) -> {
            Args.methodCount("shuffle", a, k, 1, 1);
            Rng r = RandomModule.self(a);
            Object x = a[1];
            for (long i = Ops.len(x) - 1; i >= 1; i--) {
                PyInt pi = PyInt.of(i), pj = PyInt.of(r.mt.below(i + 1));
                Object vi = Seq.getitem(x, pi), vj = Seq.getitem(x, pj);
                Seq.setitem(x, pi, vj);
                Seq.setitem(x, pj, vi);
            }
            return PyNone.NONE;
        });
        Args.method(t, "sample", RandomMethods::sample);
        Args.method(t, "choices", RandomMethods::choices);
        Args.method(t, "uniform", (a, k) -> {
            Args.methodCount("uniform", a, k, 2, 2);
            Object diff = Arith.binary(Numbers.SUB, a[2], a[1]);
            return Arith.binary(Numbers.ADD, a[1], Arith.binary(Numbers.MUL, diff, new PyFloat(RandomModule.self(a).mt.random())));
        });
        Args.method(t, "gauss", (a, k) -> {
            Rng r = RandomModule.self(a);
            double mu = arg(a, k, 1, "mu", 0.0), sigma = arg(a, k, 2, "sigma", 1.0);
            double z;
            if (r.gaussNext instanceof PyFloat g) {
                z = g.v;
                r.gaussNext = PyNone.NONE;
            } else {
                double x2pi = r.mt.random() * (2 * Math.PI);
                double g2rad = Math.sqrt(-2.0 * Libm.log(1.0 - r.mt.random()));
                z = LibmTrig.cos(x2pi) * g2rad;
                r.gaussNext = new PyFloat(LibmTrig.sin(x2pi) * g2rad);
            }
            return new PyFloat(mu + z * sigma);
        });
        Args.method(t, "normalvariate", (a, k) -> new PyFloat(RandomDistributions.normal(RandomModule.self(a), arg(a, k, 1, "mu", 0.0), arg(a, k, 2, "sigma", 1.0))));
        Args.method(t, "expovariate", (a, k) -> {
            double lambd = arg(a, k, 1, "lambd", 1.0);
            double u = RandomModule.self(a).mt.random();
            if (lambd == 0) throw Errors.zeroDivision(Errors.FLOAT_DIVISION_BY_ZERO);
            return new PyFloat(-Libm.log(1.0 - u) / lambd);
        });
        Args.method(t, "triangular", (a, k) -> {
            double u = RandomModule.self(a).mt.random();
            double low = arg(a, k, 1, "low", 0.0), high = arg(a, k, 2, "high", 1.0);
            Object mode = Args.npos(a, k) > 3 ? a[3] : Args.kw(a, k, "mode");
            if (high == low && mode != null && mode != PyNone.NONE) return new PyFloat(low);
            double c = mode == null || mode == PyNone.NONE ? 0.5 : (RandomModule.f(mode) - low) / (high - low);
            if (u > c) {
                u = 1.0 - u;
                c = 1.0 - c;
                double s = low;
                low = high;
                high = s;
            }
            return new PyFloat(low + (high - low) * Math.sqrt(u * c));
        });
        Args.method(t, "randbytes", (a, k) -> {
            Args.methodCount("randbytes", a, k, 1, 1);
            long n = Ops.index(a[1]);
            if (n < 0) throw Errors.value("number of bits must be non-negative");
            byte[] be = RandomModule.self(a).mt.bits((int) n * 8).toByteArray(), out = new byte[(int) n];
            for (int i = 0; i < n && i < be.length; i++) out[i] = be[be.length - 1 - i];
            return new PyBytes(out);
        });
    }

    private static double arg(Object[] a, dev.jpy.vm.object.PyTuple k, int pos, String name, double dflt) {
        Object v = Args.npos(a, k) > pos ? a[pos] : Args.kw(a, k, name);
        return v == null ? dflt : RandomModule.f(v);
    }

    /** operator.index(o) as a BigInteger. */
    static BigInteger index(Object o) {
        if (o instanceof PyInt i) return i.bigValue();
        Object r = o instanceof PyInstance ? Ops.callSpecial(o, "__index__") : null;
        if (r instanceof PyInt i) return i.bigValue();
        throw Errors.type("'" + Errors.typeName(o) + "' object cannot be interpreted as an integer");
    }

    static BigInteger below(Rng r, BigInteger n) {
        return n.bitLength() < 63 ? BigInteger.valueOf(r.mt.below(n.longValue())) : r.mt.below(n);
    }

    private static Object randrange(Rng r, Object start, Object stop, Object step) {
        BigInteger istart = index(start);
        if (stop == PyNone.NONE) {
            if (step != null) throw Errors.type("Missing a non-None stop argument");
            if (istart.signum() > 0) return PyInt.of(below(r, istart));
            throw Errors.value("empty range for randrange()");
        }
        BigInteger width = index(stop).subtract(istart), istep = step == null ? BigInteger.ONE : index(step);
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) return PyInt.of(istart.add(below(r, width)));
            throw Errors.value("empty range in randrange(" + Ops.str(start) + ", " + Ops.str(stop) + ")");
        }
        BigInteger n;
        if (istep.signum() > 0) n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        else if (istep.signum() < 0) n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        else throw Errors.value("zero step for randrange()");
        if (n.signum() <= 0) throw Errors.value("empty range in randrange(" + Ops.str(start) + ", " + Ops.str(stop) + ", " + Ops.str(step) + ")");
        return PyInt.of(istart.add(istep.multiply(below(r, n))));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static Object sample(Object[] a, dev.jpy.vm.object.PyTuple k) {
        Args.onlyKeywords("sample", k, "population", "k", "counts");
        Rng r = RandomModule.self(a);
        Object pop = Args.npos(a, k) > 1 ? a[1] : Args.kw(a, k, "population");
        Object ko = Args.npos(a, k) > 2 ? a[2] : Args.kw(a, k, "k");
        if (pop == null || ko == null) {
            throw Errors.type("Random.sample() missing 1 required positional argument: '" + (pop == null ? "population" : "k") + "'");
        }
        if (pop instanceof PySet || pop instanceof PyDict || !(pop instanceof PyList || pop instanceof PyTuple
                || pop instanceof dev.jpy.vm.object.PyStr || pop instanceof PyRange || pop instanceof PyBytes || pop instanceof PyInstance)) {
            throw Errors.type("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long n = Ops.len(pop), kk = Ops.index(ko);
        if (kk < 0 || kk > n) throw Errors.value("Sample larger than population or is negative");
        List<Object> result = new ArrayList<>();
        long setsize = 21;
        if (kk > 5) setsize += (long) Math.pow(4, Math.ceil(Math.log(kk * 3) / Math.log(4)));
        if (n <= setsize) {
            List<Object> pool = Ops.toList(pop);
            for (int i = 0; i < kk; i++) {
                int j = (int) r.mt.below(n - i);
                result.add(pool.get(j));
                pool.set(j, pool.get((int) (n - i - 1)));
            }
        } else {
            Set<Long> selected = new HashSet<>();
            for (int i = 0; i < kk; i++) {
                long j = r.mt.below(n);
                while (selected.contains(j)) j = r.mt.below(n);
                selected.add(j);
                result.add(Seq.getitem(pop, PyInt.of(j)));
            }
        }
        return new PyList(result);
    }

    private static Object choices(Object[] a, dev.jpy.vm.object.PyTuple k) {
        Args.onlyKeywords("choices", k, "population", "weights", "cum_weights", "k");
        Rng r = RandomModule.self(a);
        Object pop = a.length > 1 && Args.npos(a, k) > 1 ? a[1] : Args.kw(a, k, "population");
        Object weights = Args.npos(a, k) > 2 ? a[2] : Args.kw(a, k, "weights");
        Object cum = Args.kw(a, k, "cum_weights"), ko = Args.kw(a, k, "k");
        long kk = ko == null ? 1 : Ops.index(ko);
        long n = Ops.len(pop);
        List<Object> out = new ArrayList<>();
        if (cum == null || cum == PyNone.NONE) {
            if (weights == null || weights == PyNone.NONE) {
                for (long i = 0; i < kk; i++) out.add(Seq.getitem(pop, PyInt.of((long) Math.floor(r.mt.random() * (double) n))));
                return new PyList(out);
            }
            if (weights instanceof PyInt w) throw Errors.type("The number of choices must be a keyword argument: k=" + w);
            List<Object> acc = new ArrayList<>();
            Object total = null;
            for (Object w : Ops.toList(weights)) acc.add(total = total == null ? w : Arith.binary(Numbers.ADD, total, w));
            cum = new PyList(acc);
        } else if (weights != null && weights != PyNone.NONE) {
            throw Errors.type("Cannot specify both weights and cumulative weights");
        }
        List<Object> cw = Ops.toList(cum);
        if (cw.size() != n) throw Errors.value("The number of weights does not match the population");
        double total = Arith.toDouble(cw.get(cw.size() - 1)) + 0.0;
        if (total <= 0.0) throw Errors.value("Total of weights must be greater than zero");
        if (Double.isInfinite(total) || Double.isNaN(total)) throw Errors.value("Total of weights must be finite");
        for (long i = 0; i < kk; i++) {
            PyFloat x = new PyFloat(r.mt.random() * total);
            int lo = 0, hi = (int) n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Compare.compareBool(Compare.LT, x, cw.get(mid))) hi = mid;
                else lo = mid + 1;
            }
            out.add(Seq.getitem(pop, PyInt.of(lo)));
        }
        return new PyList(out);
    }
}
