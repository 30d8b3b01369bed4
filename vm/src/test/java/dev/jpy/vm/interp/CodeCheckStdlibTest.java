package dev.jpy.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jpy.marshal.corpus.LocalPythons;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.vm.object.PyRaise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CodeCheck accepts every code object of CPython 3.13's own stdlib .pyc files (no false alarms), and is cheap. */
class CodeCheckStdlibTest {
    @Test
    void everyStdlibCodeObjectPasses() throws Exception {
        Optional<Path> install = LocalPythons.install(3, 13);
        if (install.isEmpty()) System.out.println("SKIPPED CodeCheck over the stdlib: no CPython 3.13 under " + LocalPythons.pyenvRoot());
        assumeTrue(install.isPresent(), "no local CPython 3.13");
        List<PyCode> codes = new ArrayList<>();
        int files = 0;
        for (Path pyc : LocalPythons.pycFiles(install.get(), 3, 13)) {
            if (PycFile.parse(Files.readAllBytes(pyc)).code() instanceof PyCode c) collect(c, codes);
            files++;
        }
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (PyCode c : codes) {
            try {
                CodeCheck.check(c);
            } catch (PyRaise e) {
                failures.add(String.valueOf(e.exc.args.items[0]));
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("CodeCheck: %d of %d code objects of %d stdlib .pyc files pass, in %d ms%n", codes.size() - failures.size(),
                codes.size(), files, ms);
        assertTrue(codes.size() > 1000, "too few code objects: " + codes.size());
        assertEquals(List.of(), failures.stream().limit(10).toList());
    }

    private static void collect(PyCode c, List<PyCode> out) {
        out.add(c);
        for (PyObj o : c.consts().items()) if (o instanceof PyCode inner) collect(inner, out);
    }
}
