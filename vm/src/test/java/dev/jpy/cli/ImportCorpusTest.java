package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import corpus ({@code fixtures/imports/CASE/}, recorded from CPython 3.13 by {@code fixtures/imports/record.py}):
 * each program tree is copied to a fresh directory and run there as {@code jpy run ARGS}; stdout, stderr and the
 * exit status must be CPython's, with the directory written as {@code {dir}}.
 */
class ImportCorpusTest {
    @TempDir Path tmp;

    @TestFactory
    Stream<DynamicTest> eachCaseAsCPython() throws IOException {
        Path root = Cli.fixtures().resolve("imports");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> cases = Files.list(root)) {
            for (Path c : cases.filter(Files::isDirectory).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> runCase(c)));
            }
        }
        return tests.stream();
    }

    private void runCase(Path caseDir) throws Exception {
        String name = caseDir.getFileName().toString();
        Path work = tmp.resolve(name);
        copyTree(caseDir, work);
        Path argsFile = caseDir.resolve("args.txt");
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(Files.exists(argsFile) ? Files.readAllLines(argsFile) : List.of("main.py"));
        String[] line = RunArgs.normalize(args.toArray(String[]::new));
        RunCommand rc = new RunCommand();
        new picocli.CommandLine(rc).setStopAtPositional(true).parseArgs(java.util.Arrays.copyOfRange(line, 1, line.length));
        rc.env = Map.of("PYTHONDONTWRITEBYTECODE", "1");
        rc.cwd = work;
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = rc.execute(new PrintWriter(out, true), new PrintWriter(err, true));
        JsonObject golden = JsonParser.parseString(Files.readString(caseDir.resolveSibling(name + ".out.json"))).getAsJsonObject();
        String dir = work.toString();
        assertEquals(golden.get("stdout").getAsString(), out.toString().replace(dir, "{dir}"), name + " stdout");
        assertEquals(golden.get("stderr").getAsString(), err.toString().replace(dir, "{dir}"), name + " stderr");
        assertEquals(golden.get("returncode").getAsInt(), code, name + " exit status");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path rel = from.relativize(p);
                if (rel.toString().equals("args.txt") || rel.toString().contains("__pycache__")) continue;
                Path dest = to.resolve(rel.toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }
}
