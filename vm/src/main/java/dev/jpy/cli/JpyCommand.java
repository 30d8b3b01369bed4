package dev.jpy.cli;

import picocli.CommandLine.Command;

/** The root command: lists the subcommands, one class each. */
@Command(
        name = "jpy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A CPython 3.13 bytecode toolchain for the JVM.",
        subcommands = {RunCommand.class, CompileallCommand.class, DumpCommand.class, DisCommand.class, AstCommand.class, TokenizeCommand.class, picocli.CommandLine.HelpCommand.class})
public final class JpyCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** What the commands read for a FILE of {@code -} or none (System.in; tests give their own). */
    java.io.InputStream stdin = System.in;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
