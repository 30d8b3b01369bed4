package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code jpy run} as {@code python3.13} on the command lines of fixtures/cmdline/goldens.json (recorded by
 * fixtures/cmdline/record.py): a script on standard input ({@code -} or no FILE), {@code -i} and the basic interactive
 * loop, {@code -W}, PYTHONWARNINGS, {@code -b}/{@code -bb}, {@code -X dev} and other {@code -X} options, {@code -x},
 * {@code -P}/{@code -s}/{@code -E}/{@code -I}, and unknown options. Each runs in-process in its own directory with
 * the recorded standard input (not a terminal) and only the case's PYTHON* variables; stdout, stderr and the exit
 * status must equal CPython's. In the usage errors jpy names itself where CPython names its executable and
 * {@code python -h}.
 */
class CmdlineGoldensTest {
    @TempDir static Path tmp;

    static Stream<String> cases() throws Exception {
        return all().keySet().stream().sorted();
    }

    private static Map<String, JsonObject> all() throws Exception {
        Map<String, JsonObject> m = new HashMap<>();
        String text = Files.readString(Cli.fixtures().resolve("cmdline/goldens.json"));
        for (JsonElement e : JsonParser.parseString(text).getAsJsonArray()) m.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject());
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void runsAsPython313(String name) throws Exception {
        JsonObject c = all().get(name);
        Path dir = Files.createDirectories(tmp.resolve(name)).toRealPath();
        JsonObject files = c.getAsJsonObject("files");
        for (var f : files.entrySet()) Files.writeString(dir.resolve(f.getKey()), f.getValue().getAsString());
        List<String> args = new ArrayList<>(List.of("run"));
        for (JsonElement a : c.getAsJsonArray("args")) args.add(files.has(a.getAsString()) ? dir.resolve(a.getAsString()).toString() : a.getAsString());
        Map<String, String> env = new HashMap<>();
        for (var e : c.getAsJsonObject("env").entrySet()) env.put(e.getKey(), e.getValue().getAsString());
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = run(args, env, dir, c.get("stdin").getAsString(), new PrintWriter(out), new PrintWriter(err));
        String want = c.get("returncode").getAsInt() + "\n" + c.get("stdout").getAsString() + "---\n" + jpyUsage(c.get("stderr").getAsString());
        String got = code + "\n" + out.toString().replace(dir.toString(), "{dir}") + "---\n" + err.toString().replace(dir.toString(), "{dir}");
        assertEquals(want, got, name);
    }

    /** Runs {@code jpy run ...} as the command line does (parse errors included), in {@code dir} with {@code stdin}. */
    static int run(List<String> args, Map<String, String> env, Path dir, String stdin, PrintWriter out, PrintWriter err) throws Exception {
        String[] argv = RunArgs.normalize(args.toArray(String[]::new));
        RunCommand rc = new RunCommand();
        CommandLine cl = new CommandLine(rc).setStopAtPositional(true);
        cl.setOut(out);
        try {
            Integer help = CommandLine.executeHelpRequest(cl.parseArgs(java.util.Arrays.copyOfRange(argv, 1, argv.length)));
            if (help != null) return help; // -V, -h
        } catch (CommandLine.ParameterException e) {
            return RunUsage.report(e, err);
        }
        rc.env = env;
        rc.cwd = dir;
        rc.terminal = false;
        rc.stderrTerminal = false;
        rc.stdinTerminal = false;
        rc.stdin = new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int code = rc.execute(out, err);
        out.flush();
        err.flush();
        return code;
    }

    /** CPython's usage lines with jpy's command in place of its executable. */
    private static String jpyUsage(String stderr) {
        return stderr.replaceAll("(?m)^usage: \\S+ \\[option\\]", "usage: jpy run [option]")
                .replace("Try `python -h' for more information.", RunUsage.HINT);
    }

    @Test
    void aTerminalWithoutAProgramStartsTheLoopWithABanner() throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        RunCommand rc = new RunCommand();
        rc.env = Map.of();
        rc.stdinTerminal = true;
        rc.stdin = new java.io.ByteArrayInputStream("6 * 7\n".getBytes(StandardCharsets.UTF_8));
        int code = rc.execute(new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code);
        assertEquals("42\n", out.toString());
        String[] lines = err.toString().split("\n", -1);
        assertTrue(lines[0].startsWith("Python 3.13.0 (jpy, ") && lines[0].endsWith(") on linux"), lines[0]);
        assertEquals("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.", lines[1]);
        assertEquals(">>> >>> ", lines[2]);
        assertEquals(4, lines.length, err.toString());
    }

    @Test
    void everyRecordedCaseIsHere() throws Exception {
        assertTrue(all().size() >= 32, "cases: " + all().size());
    }
}
