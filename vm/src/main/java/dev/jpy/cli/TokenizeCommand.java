package dev.jpy.cli;

import dev.jpy.toolchain.tokenize.Tokenize;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jpy tokenize [-e] FILE}: the tokens of a Python source, printed as {@code python3.13 -m tokenize} does. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = {"Print the tokens of a Python source file exactly as 'python3.13 -m tokenize' does.",
                "A tokenizer error is reported as CPython words it (FILE:LINE:COL: error: MESSAGE) and exits 1."})
final class TokenizeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the Python source file")
    Path file;

    @Option(names = {"-e", "--exact"}, description = "display token names using the exact type")
    boolean exact;

    @Override
    public Integer call() throws Exception {
        byte[] source = Files.readAllBytes(file);
        Tokenize.Outcome o = Tokenize.run(source, file.toString(), exact);
        PrintWriter err = spec.commandLine().getErr();
        if (!o.warnings().isEmpty()) {
            err.print(o.warnings());
            err.flush();
        }
        if (!o.ok()) throw new JpyException(o.error());
        PrintWriter out = spec.commandLine().getOut();
        out.print(o.output());
        out.flush();
        return ExitCode.OK;
    }
}
