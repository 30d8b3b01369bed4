package dev.jpy.cli;

import dev.jpy.cli.dump.JsonDump;
import dev.jpy.cli.dump.PycInput;
import dev.jpy.cli.dump.TextDump;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.marshal.pyc.PythonVersion;
import dev.jpy.toolchain.dis.Disassembler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jpy dump FILE.pyc}: everything in a .pyc, or only its disassembly, or JSON. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = {"Show what a .pyc file holds: the header, every code object with its fields, "
                + "constants, names, locals, line and exception tables, and the disassembly.",
                "Reads the .pyc files of CPython 2.7 and 3.6-3.13; disassembles 3.13."})
final class DumpCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the .pyc file")
    Path file;

    @Option(names = "--dis", description = "print only the disassembly, as dis.dis(marshal.loads(data[16:]))")
    boolean disOnly;

    @Option(names = "--json", description = "print the same content as JSON")
    boolean json;

    @Option(names = {"-C", "--show-caches"}, description = "show inline CACHE entries")
    boolean showCaches;

    @Option(names = {"-O", "--show-offsets"}, description = "show instruction offsets")
    boolean showOffsets;

    @Override
    public Integer call() throws Exception {
        if (disOnly && json) throw new JpyException("dump: --dis and --json cannot be used together", ExitCode.USAGE);
        PycInput in = PycInput.read(file);
        PycFile pyc = in.pyc();
        PrintWriter out = spec.commandLine().getOut();
        Disassembler.Options opts = new Disassembler.Options(showCaches, showOffsets);
        if (disOnly) {
            if (pyc.header().version() != PythonVersion.CURRENT || !(pyc.code() instanceof PyCode code)) {
                throw new JpyException(file + ": disassembly of Python " + pyc.header().version().text()
                        + " code is not supported yet; 'jpy dump' without --dis shows its raw instructions");
            }
            out.print(in.guard(() -> Disassembler.dis(code, opts)));
        } else if (json) {
            out.println(in.guard(() -> JsonDump.render(in, opts)));
        } else {
            out.print(in.guard(() -> TextDump.render(in, opts)));
        }
        out.flush();
        return ExitCode.OK;
    }
}
