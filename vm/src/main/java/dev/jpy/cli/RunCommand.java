package dev.jpy.cli;

import dev.jpy.cli.dump.PycInput;
import dev.jpy.vm.run.PycRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jpy run FILE.pyc}: runs a CPython 3.13 .pyc on jpy's VM, with CPython's output and exit status. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a Python program from its CPython 3.13 .pyc file, as 'python3.13 FILE.pyc' does.",
                "An uncaught exception prints CPython's traceback and exits with status 1."})
final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .pyc file (running a .py file needs the compiler, coming)")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "arguments for the program (sys.argv)")
    List<String> args = List.of();

    @Override
    public Integer call() throws Exception {
        if (file.toString().endsWith(".py")) {
            throw new JpyException("run: running .py source needs jpy's compiler, which is not wired in yet; run a .pyc");
        }
        PycInput in = PycInput.read(file);
        Path root = Path.of("").toAbsolutePath();
        return new PycRunner(spec.commandLine().getOut(), spec.commandLine().getErr(), root).run(in.pyc());
    }
}
