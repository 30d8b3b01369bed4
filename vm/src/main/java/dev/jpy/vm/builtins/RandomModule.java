package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyMethod;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** The random module: random.Random on CPython's Mersenne Twister and seeding, and the module-level functions of a hidden instance. */
final class RandomModule implements NativeModule {
    @Override public String name() { return "random"; }

    /** An instance of random.Random: the generator and the cached second gauss() value. */
    static final class Rng extends PyInstance {
        final MersenneTwister mt = new MersenneTwister();
        Object gaussNext = PyNone.NONE;

        Rng(PyType t) { super(t); }
    }

    static final String[] METHODS = {"seed", "random", "getrandbits", "getstate", "setstate", "randrange", "randint", "choice",
        "choices", "shuffle", "sample", "uniform", "gauss", "normalvariate", "expovariate", "triangular", "randbytes", "lognormvariate", "paretovariate", "weibullvariate", "gammavariate", "betavariate", "vonmisesvariate", "binomialvariate"};

    @Override public void init(PyDict d) {
        PyType t = new PyType("Random", new PyType[] {Types.OBJECT}, PyType.Layout.OBJECT, false);
        t.module = "random";
        t.constructor = (a, k) -> {
            Args.count("Random", a, k, 0, 1);
            Rng r = new Rng(t);
            seed(r, a.length > 0 ? a[0] : PyNone.NONE);
            return r;
        };
        Args.method(t, "seed", (a, k) -> {
            Args.onlyKeywords("seed", k, "a", "version");
            Object s = Args.npos(a, k) > 1 ? a[1] : Args.kw(a, k, "a");
            seed(self(a), s == null ? PyNone.NONE : s);
            return PyNone.NONE;
        });
        Args.method(t, "random", (a, k) -> new PyFloat(self(a).mt.random()));
        Args.method(t, "getrandbits", (a, k) -> {
            Args.methodCount("getrandbits", a, k, 1, 1);
            long n = Ops.index(a[1]);
            if (n < 0) throw Errors.value("number of bits must be non-negative");
            return PyInt.of(self(a).mt.bits((int) n));
        });
        Args.method(t, "getstate", (a, k) -> {
            Rng r = self(a);
            Object[] st = new Object[MersenneTwister.N + 1];
            for (int i = 0; i < MersenneTwister.N; i++) st[i] = PyInt.of(r.mt.mt[i] & 0xffffffffL);
            st[MersenneTwister.N] = PyInt.of(r.mt.index);
            return PyTuple.of(PyInt.of(3), PyTuple.of(st), r.gaussNext);
        });
        Args.method(t, "setstate", (a, k) -> {
            Rng r = self(a);
            if (!(a[1] instanceof PyTuple st) || st.items.length != 3 || !(st.items[1] instanceof PyTuple inner)) {
                throw Errors.type("state vector must be a tuple");
            }
            if (!PyInt.of(3).equals(st.items[0])) throw Errors.value("state with version " + Ops.repr(st.items[0]) + " passed to Random.setstate() of version 3");
            if (inner.items.length != MersenneTwister.N + 1) throw Errors.value("state vector is the wrong size");
            for (int i = 0; i < MersenneTwister.N; i++) r.mt.mt[i] = (int) ((PyInt) inner.items[i]).bigValue().longValue();
            long idx = Ops.index(inner.items[MersenneTwister.N]);
            if (idx < 0 || idx > MersenneTwister.N) throw Errors.value("invalid state");
            r.mt.index = (int) idx;
            r.gaussNext = st.items[2];
            return PyNone.NONE;
        });
        RandomMethods.install(t);
        RandomDistributions.install(t);
        d.put("Random", t);
        Rng inst = new Rng(t);
        seed(inst, PyNone.NONE);
        for (String m : METHODS) d.put(m, new PyMethod(t.lookup(m), inst));
    }

    static Rng self(Object[] a) {
        if (a[0] instanceof Rng r) return r;
        throw Errors.type("descriptor requires a 'random.Random' object but received '" + Errors.typeName(a[0]) + "'");
    }

    /** seed(a): None from the OS, an int by its absolute value, str/bytes with their SHA-512 appended (version 2), others by hash. */
    static void seed(Rng r, Object a) {
        r.gaussNext = PyNone.NONE;
        BigInteger n;
        if (a == PyNone.NONE) {
            byte[] b = new byte[2500];
            new java.security.SecureRandom().nextBytes(b);
            n = new BigInteger(1, b);
        } else if (a instanceof PyInt i && !(a instanceof dev.jpy.vm.object.PyBool)) {
            n = i.bigValue().abs();
        } else if (a instanceof PyStr || a instanceof PyBytes) {
            byte[] b = a instanceof PyStr s ? s.s.getBytes(StandardCharsets.UTF_8) : ((PyBytes) a).b;
            n = new BigInteger(1, withSha512(b));
        } else if (a instanceof PyFloat || a instanceof dev.jpy.vm.object.PyBool) {
            long h = Ops.hash(a);
            n = new BigInteger(Long.toUnsignedString(h));
        } else {
            throw Errors.type("The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.");
        }
        r.mt.seed(n);
    }

    private static byte[] withSha512(byte[] b) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-512").digest(b);
            byte[] out = java.util.Arrays.copyOf(b, b.length + digest.length);
            System.arraycopy(digest, 0, out, b.length, digest.length);
            return out;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A float argument as Python arithmetic sees it. */
    static double f(Object o) { return Arith.toDouble(o); }
}
