package dev.jpy.marshal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import dev.jpy.marshal.Goldens;
import dev.jpy.marshal.corpus.LocalPythons;
import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.marshal.pyc.PythonVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every frozenset constant of every .pyc in the local CPython 3.13 stdlib prints as CPython prints
 * it. No Python runs here: the expected reprs are the stdlib cases of {@code setorder.json}, which
 * the recorder wrote for every distinct stdlib frozenset with its elements in the order marshal
 * stores them. A stdlib frozenset that the goldens lack fails the test (they are stale). Along the
 * way every constant is printed and every hashable one hashed, as a smoke test over real data.
 */
class StdlibFrozenSetReprTest {

    @Test
    void everyStdlibFrozenSetPrintsAsCPythonDoes() throws Exception {
        Optional<Path> install = LocalPythons.install(3, 13);
        if (install.isEmpty()) System.out.println("SKIPPED stdlib frozensets: no local Python 3.13");
        assumeTrue(install.isPresent(), "no local Python 3.13");

        Map<List<PyObj>, String> golden = new HashMap<>();
        for (JsonObject r : Goldens.records("setorder.json")) {
            golden.put(((PyTuple) Goldens.object(r)).items(), r.get("repr").getAsString());
        }

        Walk walk = new Walk();
        int files = 0;
        for (Path f : LocalPythons.pycFiles(install.get(), 3, 13)) {
            byte[] data = Files.readAllBytes(f);
            PycFile pyc;
            try {
                pyc = PycFile.parse(data);
            } catch (Exception e) {
                continue; // not a .pyc of ours (the round-trip test reports such files)
            }
            if (pyc.header().version() != PythonVersion.PY313) continue;
            files++;
            walk.visit(pyc.code());
        }

        List<String> failures = new ArrayList<>();
        int matched = 0;
        for (PyFrozenSet fs : walk.frozensets) {
            String want = golden.get(fs.items());
            if (want == null) {
                failures.add("not in setorder.json (re-record the goldens): " + Goldens.clip(PyRepr.repr(fs)));
                continue;
            }
            String got = PyRepr.repr(fs);
            if (got.equals(want)) matched++;
            else failures.add("got " + Goldens.clip(got) + "\n    CPython " + Goldens.clip(want));
        }
        System.out.printf("stdlib 3.13: %d .pyc files, %d frozenset constants (%d distinct), %d match CPython;"
                        + " %d constants printed, %d hashed%n",
                files, walk.frozensetCount, walk.frozensets.size(), matched,
                walk.printed, walk.hashed);
        failures.stream().limit(20).forEach(s -> System.out.println("  " + s));
        assertTrue(files > 1000, "too few stdlib .pyc files: " + files);
        assertTrue(walk.frozensets.size() > 50, "too few frozensets found: " + walk.frozensets.size());
        assertEquals(List.of(), failures);
    }

    /** Visits every constant of a code object tree. */
    private static final class Walk {
        final Set<PyFrozenSet> frozensets = new LinkedHashSet<>();
        int frozensetCount;
        long printed;
        long hashed;
        final StringBuilder sink = new StringBuilder();

        void visit(PyObj o) {
            switch (o) {
                case PyCode c -> {
                    for (PyObj k : c.consts().items()) constant(k);
                }
                default -> constant(o);
            }
        }

        private void constant(PyObj k) {
            if (!(k instanceof PyCode)) {
                sink.setLength(0);
                PyRepr.append(sink, k, PyRepr.IDENTITY_ADDRESS);
                printed++;
                if (PyHash.isHashable(k)) {
                    PyHash.hash(k);
                    hashed++;
                }
            }
            inner(k);
        }

        private void inner(PyObj k) {
            switch (k) {
                case PyCode c -> visit(c);
                case PyTuple t -> t.items().forEach(this::inner);
                case PyFrozenSet fs -> {
                    frozensetCount++;
                    frozensets.add(fs);
                    fs.items().forEach(this::inner);
                }
                default -> { }
            }
        }
    }
}
