package dev.jpy.cli;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.toolchain.dis.Disassembler;
import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.parse.ParseException;
import dev.jpy.toolchain.tokenize.SourceDecoder;
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
        description = {"Compile a Python source file with jpy's compiler and disassemble it as 'python3.13 -m dis' does."})
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
        try {
            code = Compiler.compile(SourceDecoder.decode(bytes, name).text(), name, 0);
        } catch (SourceDecoder.DecodeException e) {
            throw new JpyException(name + ": SyntaxError: " + e.getMessage());
        } catch (ParseException e) {
            throw new JpyException(name + ":" + e.line() + ":" + e.column() + ": SyntaxError: " + e.getMessage());
        } catch (PySyntaxError e) {
            throw new JpyException(name + ":" + e.lineno() + ":" + e.offset() + ": " + e.pyClass() + ": " + e.msg());
        } catch (UnsupportedOperationException e) {
            throw new JpyException(name + ": jpy cannot compile this yet: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(Disassembler.dis(code, new Disassembler.Options(showCaches, showOffsets)));
        out.flush();
        return ExitCode.OK;
    }
}
