package dev.jpy.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.marshal.Goldens;
import dev.jpy.vm.RunCorpusTest.Result;
import dev.jpy.vm.interp.JitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * fixtures/run with the JIT tier forced on for every code object (threshold 0: each is translated to a JVM class
 * before its first run, module bodies included): stdout, stderr and exit status must still be CPython's.
 */
class RunCorpusJitTest {
    @Test
    void runCorpusJitEverything() throws Exception {
        Path dir = Goldens.fixtures().resolve("run");
        List<Path> pycs;
        try (Stream<Path> s = Files.list(dir)) {
            pycs = s.filter(p -> p.toString().endsWith(".pyc")).sorted().toList();
        }
        assertTrue(pycs.size() >= 16, "fixtures/run has its .pyc files (record.py)");
        List<String> differ = new ArrayList<>();
        int saved = JitCode.threshold;
        JitCode.threshold = 0;
        try {
            for (Path pyc : pycs) {
                String stem = pyc.getFileName().toString().replace(".pyc", "");
                Result want = RunCorpusTest.expected(dir.resolve(stem + ".out.json"));
                Result got;
                try {
                    got = RunCorpusTest.run(pyc, dir);
                } catch (Exception | StackOverflowError e) {
                    got = new Result("", "jpy: " + e, -1);
                }
                if (!want.equals(got)) {
                    differ.add(stem);
                    if (differ.size() <= 5) {
                        System.out.println("JIT DIFF " + stem + ": want " + want + "\n  got " + got);
                    }
                }
            }
        } finally {
            JitCode.threshold = saved;
        }
        assertTrue(differ.isEmpty(), "every fixtures/run program runs under the JIT tier as CPython runs it; differing: " + differ);
    }
}
