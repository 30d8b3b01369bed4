package dev.jpy.cli;

import picocli.CommandLine.Command;

/** The root command: lists the subcommands, one class each. */
@Command(
        name = "jpy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A CPython 3.13 bytecode toolchain for the JVM.",
        subcommands = {DumpCommand.class, AstCommand.class, TokenizeCommand.class, CompileallCommand.class, DisCommand.class, picocli.CommandLine.HelpCommand.class})
public final class JpyCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
