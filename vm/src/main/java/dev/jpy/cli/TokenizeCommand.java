package dev.jpy.cli;

import dev.jpy.toolchain.tokenize.Tokenize;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jpy tokenize [-e] [FILE]}: the tokens of a Python source, printed as {@code python3.13 -m tokenize} does. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = {"Print the tokens of a Python source file exactly as 'python3.13 -m tokenize' does.",
                "A tokenizer error is printed as CPython prints it (FILE:LINE:COL: error: MESSAGE) and exits 1."})
final class TokenizeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand JpyCommand parent;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "the Python source file; none reads standard input as UTF-8 text (named <stdin>,"
                    + " no ENCODING token), as CPython does ('-' is a file name there too)")
    Path file;

    @Option(names = {"-e", "--exact"}, description = "display token names using the exact type")
    boolean exact;

    @Override
    public Integer call() throws Exception {
        Tokenize.Outcome o = file == null
                ? Tokenize.runText(new String(parent.stdin.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                        "<stdin>", exact)
                : Tokenize.run(Files.readAllBytes(file), file.toString(), exact);
        PrintWriter err = spec.commandLine().getErr();
        if (!o.warnings().isEmpty()) {
            err.print(o.warnings());
            err.flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (o.output() != null) {
            out.print(o.output());
            out.flush();
        }
        if (o.ok()) return ExitCode.OK;
        err.println(o.error());
        err.flush();
        return ExitCode.FAILURE;
    }
}
