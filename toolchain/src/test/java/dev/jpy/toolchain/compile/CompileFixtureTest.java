package dev.jpy.toolchain.compile;

import static org.junit.jupiter.api.Assertions.*;

import dev.jpy.marshal.Goldens;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.toolchain.tokenize.SourceDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * End to end: {@link Compiler#compile} of each fixtures/src/NAME.py against the code object CPython
 * 3.13's {@code py_compile} wrote to fixtures/golden/NAME/NAME.cpython-313.pyc, compared whole and
 * recursively (every field of every nested code object).
 */
class CompileFixtureTest {
    /** Lower bound on equal code objects (see the printed counts). */
    static final int MIN_EQUAL_CODE_OBJECTS = 389;

    @Test
    void fixturesCompileLikeCPython() throws Exception {
        Path fx = Goldens.fixtures();
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(fx.resolve("src"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().forEach(n -> names.add(n.substring(0, n.length() - 3)));
        }
        int files = 0, sameFiles = 0, unsupported = 0;
        int[] objs = new int[2];
        TreeMap<String, String> diffs = new TreeMap<>();
        for (String name : names) {
            files++;
            String file = "src/" + name + ".py";
            String src = SourceDecoder.decode(Files.readAllBytes(fx.resolve(file)), file).text();
            PyCode want = (PyCode) PycFile.parse(Files.readAllBytes(fx.resolve("golden/" + name + "/" + name + ".cpython-313.pyc"))).code();
            PyCode got;
            try {
                got = Compiler.compile(src, file, 0);
            } catch (UnsupportedOperationException e) {
                objs[0] += count(want);
                unsupported++;
                diffs.put(name, e.getMessage());
                continue;
            }
            String d = diff(want, got, "<module>", objs);
            if (d == null) sameFiles++;
            else diffs.put(name, d);
        }
        System.out.println("compile: " + sameFiles + " of " + files + " fixtures identical; code objects " + objs[1] + " of " + objs[0] + " equal");
        diffs.forEach((k, v) -> System.out.println("  DIFF " + k + ": " + v));
        assertTrue(objs[1] >= MIN_EQUAL_CODE_OBJECTS);
        assertEquals(files - unsupported, sameFiles, "a fixture jpy compiles differs from CPython's: " + diffs);
    }

    /** Exploration aid: {@code -Djpy.compile.dis=NAME/QUALNAME} prints CPython's and jpy's disassembly of one unit. */
    @Test
    void disassembleOneUnit() throws Exception {
        String spec = System.getProperty("jpy.compile.dis");
        if (spec == null) return;
        String name = spec.substring(0, spec.indexOf('/')), qual = spec.substring(spec.indexOf('/') + 1);
        Path fx = Goldens.fixtures();
        String file = "src/" + name + ".py";
        String src = SourceDecoder.decode(Files.readAllBytes(fx.resolve(file)), file).text();
        PyCode want = (PyCode) PycFile.parse(Files.readAllBytes(fx.resolve("golden/" + name + "/" + name + ".cpython-313.pyc"))).code();
        PyCode got = Compiler.compile(src, file, 0);
        System.out.println("=== CPython\n" + dev.jpy.toolchain.dis.Disassembler.disassembleOne(find(want, qual), dev.jpy.toolchain.dis.Disassembler.Options.DEFAULT, o -> 0));
        System.out.println("=== jpy\n" + dev.jpy.toolchain.dis.Disassembler.disassembleOne(find(got, qual), dev.jpy.toolchain.dis.Disassembler.Options.DEFAULT, o -> 0));
    }

    static PyCode find(PyCode c, String qual) {
        if (c.qualname().value().equals(qual)) return c;
        for (PyObj o : c.consts().items()) {
            if (o instanceof PyCode k) {
                PyCode r = find(k, qual);
                if (r != null) return r;
            }
        }
        return null;
    }

    private static int count(PyCode c) {
        int n = 1;
        for (PyObj o : c.consts().items()) if (o instanceof PyCode k) n += count(k);
        return n;
    }

    /** Counts code objects (objs[0]) and equal ones (objs[1]); returns the first difference or null. */
    static String diff(PyCode want, PyCode got, String path, int[] objs) {
        objs[0]++;
        String first = null;
        List<PyCode> wk = new ArrayList<>(), gk = new ArrayList<>();
        for (PyObj o : want.consts().items()) if (o instanceof PyCode k) wk.add(k);
        for (PyObj o : got.consts().items()) if (o instanceof PyCode k) gk.add(k);
        for (int i = 0; i < wk.size(); i++) {
            String d = i < gk.size() ? diff(wk.get(i), gk.get(i), path + "/" + wk.get(i).name().value(), objs) : "missing " + wk.get(i).name().value();
            if (i >= gk.size()) objs[0] += count(wk.get(i)) - 0;
            if (first == null && d != null) first = d;
        }
        String own = fieldDiff(want, got);
        if (own == null) objs[1]++;
        else if (first == null) first = path + ": " + own;
        return first;
    }

    /** Equal constants; frozensets compare as sets (marshal writes them sorted, whatever their order). */
    private static boolean sameConst(PyObj a, PyObj b) {
        if (a instanceof dev.jpy.marshal.model.PyFrozenSet x && b instanceof dev.jpy.marshal.model.PyFrozenSet y) {
            return x.items().size() == y.items().size() && dev.jpy.marshal.model.SetOrder.equal(x, y);
        }
        if (a instanceof dev.jpy.marshal.model.PyTuple x && b instanceof dev.jpy.marshal.model.PyTuple y) {
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!sameConst(x.get(i), y.get(i))) return false;
            return true;
        }
        return a.equals(b);
    }

    static String fieldDiff(PyCode w, PyCode g) {
        if (!w.code().equals(g.code())) return "co_code";
        if (w.consts().size() != g.consts().size()) return "co_consts " + w.consts() + " vs " + g.consts();
        for (int i = 0; i < w.consts().size(); i++) {
            PyObj a = w.consts().get(i), b = g.consts().get(i);
            if (a instanceof PyCode ac && b instanceof PyCode bc) { if (!ac.name().equals(bc.name())) return "co_consts[" + i + "]"; }
            else if (!sameConst(a, b)) return "co_consts[" + i + "] " + a + " vs " + b;
        }
        if (!w.names().equals(g.names())) return "co_names";
        if (!w.localsPlusNames().equals(g.localsPlusNames())) return "co_localsplusnames";
        if (!w.localsPlusKinds().equals(g.localsPlusKinds())) return "co_localspluskinds";
        if (w.flags() != g.flags()) return "co_flags " + w.flags() + " vs " + g.flags();
        if (w.stackSize() != g.stackSize()) return "co_stacksize";
        if (w.argCount() != g.argCount() || w.posOnlyArgCount() != g.posOnlyArgCount() || w.kwOnlyArgCount() != g.kwOnlyArgCount()) return "arg counts";
        if (!w.name().equals(g.name()) || !w.qualname().equals(g.qualname())) return "name/qualname " + w.qualname() + " vs " + g.qualname();
        if (w.firstLineNo() != g.firstLineNo()) return "co_firstlineno";
        if (!w.lineTable().equals(g.lineTable())) return "co_linetable";
        if (!w.exceptionTable().equals(g.exceptionTable())) return "co_exceptiontable";
        if (!w.filename().equals(g.filename())) return "co_filename";
        return null;
    }
}
