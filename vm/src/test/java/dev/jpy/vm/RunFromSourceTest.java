package dev.jpy.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.marshal.Goldens;
import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.toolchain.tokenize.SourceDecoder;
import dev.jpy.vm.RunCorpusTest.Result;
import dev.jpy.vm.run.PycRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The run corpora compiled from source by jpy's compiler (as {@code jpy run FILE.py} does) and run on the VM:
 * counts the programs whose stdout, stderr and exit status are identical to CPython's goldens, with floors.
 */
class RunFromSourceTest {
    static Result runSource(Path py, String coFilename, Path sourceRoot) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status;
        try {
            String text = SourceDecoder.decode(Files.readAllBytes(py), coFilename).text();
            status = new PycRunner(new PrintWriter(out), new PrintWriter(err), sourceRoot).withMainFile(py).run(Compiler.compile(text, coFilename, 0));
        } catch (Exception | StackOverflowError e) {
            return new Result("", "jpy: " + e, -1);
        }
        return new Result(out.toString(), err.toString(), status);
    }

    @Test
    void runCorpusFromSource() throws Exception {
        Path dir = Goldens.fixtures().resolve("run");
        List<String> same = new ArrayList<>(), differ = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path py : s.filter(p -> p.toString().endsWith(".py") && !p.endsWith("record.py")).sorted().toList()) {
                String stem = py.getFileName().toString().replace(".py", "");
                // record.py strips the directory from tracebacks: the code says 'X.py'
                Result want = RunCorpusTest.expected(dir.resolve(stem + ".out.json"));
                (want.equals(runSource(py, stem + ".py", dir)) ? same : differ).add(stem);
            }
        }
        System.out.println("fixtures/run from source identical: " + same.size() + " of " + (same.size() + differ.size())
                + "; differing: " + differ);
        assertTrue(differ.isEmpty(), "every fixtures/run program runs from source as CPython runs it; differing: " + differ);
    }

    @Test
    void goldenProgramsFromSource() throws Exception {
        Path golden = Goldens.fixtures().resolve("golden");
        List<String> same = new ArrayList<>(), differ = new ArrayList<>();
        try (Stream<Path> s = Files.list(golden)) {
            for (Path d : s.filter(Files::isDirectory).sorted().toList()) {
                String name = d.getFileName().toString();
                Path py = Goldens.fixtures().resolve("src/" + name + ".py"), json = d.resolve("run.json");
                if (!Files.exists(py) || !Files.exists(json)) continue;
                Result want = RunCorpusTest.expected(json);
                (want.equals(runSource(py, "src/" + name + ".py", Goldens.fixtures())) ? same : differ).add(name);
            }
        }
        System.out.println("fixtures/golden from source identical: " + same.size() + " of " + (same.size() + differ.size())
                + "; differing: " + differ);
        assertTrue(same.size() >= GOLDEN_FLOOR, "fell below " + GOLDEN_FLOOR + ": " + same);
    }

    /** Measured when written; raise as the compiler and VM grow. */
    static final int GOLDEN_FLOOR = 24;
}
