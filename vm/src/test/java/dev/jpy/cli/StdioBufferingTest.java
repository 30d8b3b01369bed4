package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * sys.stdout and sys.stderr buffer as CPython 3.13's do: each program of fixtures/stdio runs in-process with one
 * writer behind both streams (so the text shows the order in which each stream hands its output on), without and
 * with -u, PYTHONUNBUFFERED, -E, with stdout on a terminal, and as -c code; the result must equal what fixtures/stdio/record.py
 * recorded from python3.13 with stdout and stderr on one pipe (or one terminal).
 */
class StdioBufferingTest {
    private static final Path DIR = Cli.fixtures().resolve("stdio").toAbsolutePath().normalize();

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path py : files.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().equals("record.py")).sorted().toList()) {
                for (String mode : List.of("buffered", "u", "env", "E", "tty", "c")) cases.add(Arguments.of(py.getFileName().toString(), mode));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void interleavesStdoutAndStderrAsCPython(String name, String mode) throws Exception {
        String stem = name.substring(0, name.length() - 3);
        String expected = Files.readString(DIR.resolve(stem + "." + mode + ".out"));
        assertEquals(expected, run(DIR.resolve(name), mode), name + " " + mode);
    }

    /** Runs the script as `jpy run` in the given mode; returns the shared output and an `[exit N]` line. */
    private static String run(Path script, String mode) throws Exception {
        List<String> args = new ArrayList<>();
        if (mode.equals("u")) args.add("-u");
        if (mode.equals("E")) args.add("-E");
        if (mode.equals("c")) args.add("-c");
        args.add(mode.equals("c") ? Files.readString(script) : script.toString());
        RunCommand rc = new RunCommand();
        new picocli.CommandLine(rc).setStopAtPositional(true).parseArgs(args.toArray(String[]::new));
        rc.env = mode.equals("env") || mode.equals("E") ? Map.of("PYTHONUNBUFFERED", "1") : Map.of();
        rc.terminal = mode.equals("tty");
        StringWriter both = new StringWriter();
        int code = rc.execute(new PrintWriter(both), new PrintWriter(both));
        return both.toString().replace("File \"" + DIR + "/", "File \"") + "[exit " + code + "]\n";
    }
}
