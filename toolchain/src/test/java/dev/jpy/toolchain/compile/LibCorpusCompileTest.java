package dev.jpy.toolchain.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jpy.marshal.corpus.LocalPythons;
import dev.jpy.marshal.io.MarshalDialect;
import dev.jpy.marshal.io.MarshalReader;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.tokenize.SourceDecoder;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every .py file of the local CPython 3.13 Lib (site-packages excluded) compiled by {@link Compiler}
 * and compared, every code object recursively and field by field, with CPython's
 * {@code compile(src, path, 'exec')}, which one CPython process (lib_marshal.py) streams as marshal
 * data. Prints the counts and the top causes of difference; skips, saying so, without CPython 3.13.
 */
class LibCorpusCompileTest {
    /**
     * Floors (see the printed figures): files jpy compiles, equal code objects, files entirely equal. The
     * test is also strict: every code object of every file CPython compiles must come out equal.
     */
    static final int MIN_FILES_COMPILED = 1721;
    static final int MIN_EQUAL_CODE_OBJECTS = 80342;
    static final int MIN_FILES_ALL_EQUAL = 1721;
    /** A cause with at most this many differing code objects lists them all. */
    static final int ALL_EXAMPLES_UP_TO = 10;

    @Test
    void libCompilesLikeCPython() throws Exception {
        Optional<Path> install = LocalPythons.install(3, 13);
        if (install.isEmpty()) System.out.println("SKIPPED Lib corpus compile comparison: no CPython 3.13 under " + LocalPythons.pyenvRoot());
        assumeTrue(install.isPresent(), "no local CPython 3.13");
        Path script = Files.createTempFile("lib_marshal", ".py");
        try (InputStream s = LibCorpusCompileTest.class.getResourceAsStream("lib_marshal.py")) {
            Files.write(script, s.readAllBytes());
        }
        ProcessBuilder pb = new ProcessBuilder(LocalPythons.executable(install.get(), 3, 13).toString(), script.toString(),
                install.get().resolve("lib/python3.13").toString());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        Tally t = new Tally();
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(p.getInputStream(), 1 << 16))) {
            while (true) {
                byte[] pathBytes;
                try {
                    pathBytes = frame(in);
                } catch (EOFException end) {
                    break;
                }
                String path = new String(pathBytes, StandardCharsets.UTF_8);
                int status = in.readUnsignedByte();
                byte[] payload = frame(in);
                if (status == 'C') t.file(path, (PyCode) MarshalReader.read(payload, 0, MarshalDialect.PY311));
                else t.cpythonRejects++;
            }
        }
        assertEquals(0, p.waitFor(), "the CPython side failed");
        Files.deleteIfExists(script);
        t.print();
        assertTrue(t.files > 1000, "CPython compiled too few Lib files: " + t.files);
        assertTrue(t.compiled >= MIN_FILES_COMPILED, "files compiled " + t.compiled);
        assertTrue(t.objs[1] >= MIN_EQUAL_CODE_OBJECTS, "equal code objects " + t.objs[1]);
        assertTrue(t.sameFiles >= MIN_FILES_ALL_EQUAL, "files with all code objects equal " + t.sameFiles);
        assertEquals(t.files, t.sameFiles, "files CPython compiles whose code objects are not all equal to jpy's");
        assertEquals(t.objs[0], t.objs[1], "code objects differing from CPython's");
    }

    /** Exploration aid: {@code -Djpy.lib.dis=PATH:QUALNAME} prints CPython's and jpy's disassembly of one unit of a file. */
    @Test
    void disassembleOneUnit() throws Exception {
        String spec = System.getProperty("jpy.lib.dis");
        Optional<Path> install = LocalPythons.install(3, 13);
        if (spec == null || install.isEmpty()) return;
        String path = spec.substring(0, spec.lastIndexOf(':')), qual = spec.substring(spec.lastIndexOf(':') + 1);
        Process p = new ProcessBuilder(LocalPythons.executable(install.get(), 3, 13).toString(), "-c",
                "import marshal,sys; sys.stdout.buffer.write(marshal.dumps(compile(open(sys.argv[1],'rb').read(), sys.argv[1], 'exec')))", path)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        PyCode want = (PyCode) MarshalReader.read(p.getInputStream().readAllBytes(), 0, MarshalDialect.PY311);
        PyCode got = Compiler.compile(SourceDecoder.decode(Files.readAllBytes(Path.of(path)), path).text(), path, 0);
        var opts = dev.jpy.toolchain.dis.Disassembler.Options.DEFAULT;
        System.out.println("=== CPython\n" + dev.jpy.toolchain.dis.Disassembler.disassembleOne(CompileFixtureTest.find(want, qual), opts, o -> 0));
        System.out.println("=== jpy\n" + dev.jpy.toolchain.dis.Disassembler.disassembleOne(CompileFixtureTest.find(got, qual), opts, o -> 0));
        if (qual.equals("<module>")) { // the module unit's codegen, to set beside _testinternalcapi.compiler_codegen
            var seq = Compiler.codegen(SourceDecoder.decode(Files.readAllBytes(Path.of(path)), path).text(), path, 0).seq();
            System.out.println("=== jpy codegen (jump opargs are labels; label -> index)");
            for (int l = 0; l < seq.labelCount(); l++) System.out.print(" L" + l + "->" + seq.labelTarget(l));
            System.out.println();
            seq.instructions().forEach(System.out::println);
        }
    }

    private static byte[] frame(DataInputStream in) throws Exception {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }

    /** The running counts and the causes of difference, by kind. */
    private static final class Tally {
        int files, compiled, sameFiles, cpythonRejects;
        final int[] objs = new int[2];
        final Map<String, Integer> causes = new HashMap<>();
        final Map<String, List<String>> examples = new HashMap<>();

        void file(String path, PyCode want) {
            files++;
            PyCode got;
            try {
                String src = SourceDecoder.decode(Files.readAllBytes(Path.of(path)), path).text();
                got = Compiler.compile(src, path, 0);
            } catch (Throwable e) {
                int n = count(want);
                objs[0] += n;
                String msg = String.valueOf(e.getMessage());
                cause("error " + e.getClass().getSimpleName() + ": " + msg.substring(0, Math.min(80, msg.length())), path, n);
                return;
            }
            compiled++;
            if (walk(want, got, path, want.qualname().value())) sameFiles++;
        }

        /** Compares one unit and its nested ones (paired by position); true when all are equal. */
        private boolean walk(PyCode want, PyCode got, String path, String qual) {
            objs[0]++;
            boolean same = true;
            String own = CompileFixtureTest.fieldDiff(want, got);
            if (own == null) objs[1]++;
            else {
                same = false;
                cause(kind(own, want, got), path + ":" + qual, 1);
            }
            List<PyCode> wk = nested(want), gk = nested(got);
            for (int i = 0; i < wk.size(); i++) {
                if (i < gk.size()) same &= walk(wk.get(i), gk.get(i), path, wk.get(i).qualname().value());
                else {
                    int n = count(wk.get(i));
                    objs[0] += n;
                    cause("nested code object missing", path + ":" + wk.get(i).qualname().value(), n);
                    same = false;
                }
            }
            return same;
        }

        private void cause(String kind, String where, int n) {
            causes.merge(kind, n, Integer::sum);
            List<String> ex = examples.computeIfAbsent(kind, k -> new ArrayList<>());
            if (ex.size() < ALL_EXAMPLES_UP_TO) ex.add(where);
        }

        void print() {
            System.out.printf("compile Lib 3.13: %d of %d files compiled without error (CPython rejects %d more);"
                            + " code objects %d of %d equal (%.2f%%); %d files with all code objects equal%n",
                    compiled, files, cpythonRejects, objs[1], objs[0], 100.0 * objs[1] / Math.max(1, objs[0]), sameFiles);
            causes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                    .forEach(e -> System.out.printf("  %6d  %s   %s%n", e.getValue(), e.getKey(), examples(e.getValue(), examples.get(e.getKey()))));
        }

        /** Every example when a cause has few, else the first three. */
        private static String examples(int count, List<String> ex) {
            if (count <= ALL_EXAMPLES_UP_TO) return "in " + String.join(", ", ex);
            return "e.g. " + String.join(", ", ex.subList(0, Math.min(3, ex.size())));
        }
    }

    /** The kind of a field difference: for co_code, the first differing instruction's opcodes. */
    static String kind(String fieldDiff, PyCode want, PyCode got) {
        if (!fieldDiff.equals("co_code")) {
            int cut = fieldDiff.indexOf(' ');
            return cut < 0 ? fieldDiff : fieldDiff.substring(0, cut);
        }
        byte[] w = want.code().toByteArray(), g = got.code().toByteArray();
        int i = 0, j = 0;
        while (i < w.length && j < g.length) {
            int wo = w[i] & 0xff, go = g[j] & 0xff;
            if (wo != go) return "co_code: CPython " + Opcode.opname(wo) + " vs jpy " + Opcode.opname(go);
            if (w[i + 1] != g[j + 1]) return "co_code: oparg of " + Opcode.opname(wo);
            i += 2 + 2 * Opcode.byNumber(wo).cacheEntries();
            j += 2 + 2 * Opcode.byNumber(go).cacheEntries();
        }
        return i < w.length ? "co_code: jpy shorter" : "co_code: jpy longer";
    }

    private static List<PyCode> nested(PyCode c) {
        List<PyCode> out = new ArrayList<>();
        for (PyObj o : c.consts().items()) if (o instanceof PyCode k) out.add(k);
        return out;
    }

    private static int count(PyCode c) {
        int n = 1;
        for (PyCode k : nested(c)) n += count(k);
        return n;
    }
}
