package dev.jpy.cli;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.toolchain.dis.Disassembler;
import dev.jpy.toolchain.parse.SourceBytes;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jpy dis [-C] [-O] FILE.py}: compiles a source with jpy and prints what {@code python3.13 -m dis} prints. */
@Command(name = "dis", mixinStandardHelpOptions = true,
        description = {"Compile a Python source file with jpy's compiler and disassemble it as 'python3.13 -m dis' does.",
                "A syntax error is printed as CPython prints it, on stderr, with exit status 1."})
final class DisCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the Python source file")
    Path file;

    @Option(names = {"-C", "--show-caches"}, description = "show inline caches")
    boolean showCaches;

    @Option(names = {"-O", "--show-offsets"}, description = "show instruction offsets")
    boolean showOffsets;

    @Override
    public Integer call() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.toString();
        PyCode code;
        String source = null;
        try {
            // python -m dis compiles the file's bytes: compile()'s decoding and errors
            source = SourceBytes.decode(bytes, name);
            code = Compiler.compile(source, name, 0);
        } catch (UnsupportedOperationException e) {
            throw new JpyException(name + ": jpy cannot compile this yet: " + e.getMessage());
        } catch (RuntimeException e) {
            String printed = CliSyntaxErrors.printed(e, name, source);
            if (printed == null) throw e;
            PrintWriter err = spec.commandLine().getErr();
            err.print(printed);
            err.flush();
            return ExitCode.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(Disassembler.dis(code, new Disassembler.Options(showCaches, showOffsets)));
        out.flush();
        return ExitCode.OK;
    }
}
