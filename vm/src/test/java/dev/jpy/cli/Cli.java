package dev.jpy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs jpy command lines in-process for tests, capturing what they print. */
final class Cli {
    private Cli() {}

    /** Exit status and the text printed on stdout and stderr. */
    record Result(int code, String out, String err) {}

    static Result jpy(String... args) {
        return jpyWithStdin("", args);
    }

    /** Runs a jpy command line with {@code stdin} (UTF-8) as its standard input. */
    static Result jpyWithStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** The fixtures directory (set by the build; relative to the module otherwise). */
    static Path fixtures() {
        return Path.of(System.getProperty("jpy.fixtures", "../fixtures"));
    }
}
