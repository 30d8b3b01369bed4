package dev.jpy.cli;

import dev.jpy.toolchain.ast.AstDump;
import dev.jpy.toolchain.ast.Node;
import dev.jpy.toolchain.parse.Parser;
import dev.jpy.toolchain.parse.SourceBytes;
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

/**
 * {@code jpy ast [-m MODE] [-a] [-i INDENT] [--no-type-comments] [FILE]}: the syntax tree, printed as
 * {@code python3.13 -m ast} does (which keeps type comments unless told not to).
 */
@Command(name = "ast", mixinStandardHelpOptions = true,
        description = {"Parse a Python source file and print its AST exactly as 'python3.13 -m ast' does.",
                "A syntax error is printed as CPython prints it (File, line, source, carets, SyntaxError: MESSAGE)"
                        + " on stderr, with exit status 1."})
final class AstCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand JpyCommand parent;

    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "-",
            description = "the Python source file; - or none reads standard input (named <stdin>)")
    String file;

    @Option(names = {"-m", "--mode"}, defaultValue = "exec", paramLabel = "MODE",
            description = "what to parse: exec (a module, the default), single (one interactive statement), "
                    + "eval (an expression) or func_type (a function type comment)")
    String mode;

    @Option(names = {"-a", "--include-attributes"}, description = "include line and column positions")
    boolean includeAttributes;

    @Option(names = {"-i", "--indent"}, defaultValue = "3", paramLabel = "INDENT", description = "indentation of nodes (default 3)")
    int indent;

    @Option(names = "--no-type-comments", description = "don't add information about type comments")
    boolean noTypeComments;

    @Override
    public Integer call() throws Exception {
        if (!java.util.List.of("exec", "single", "eval", "func_type").contains(mode)) {
            throw new JpyException("ast: argument -m/--mode: invalid choice: '" + mode
                    + "' (choose from 'exec', 'single', 'eval', 'func_type')", ExitCode.USAGE);
        }
        boolean stdin = file.equals("-");
        byte[] bytes = stdin ? parent.stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
        String name = stdin ? "<stdin>" : file;
        Node tree;
        String source = null;
        try {
            source = SourceBytes.decode(bytes, name);
            tree = Parser.parse(source, name, mode, !noTypeComments);
        } catch (RuntimeException e) {
            String printed = CliSyntaxErrors.printed(e, name, source);
            if (printed == null) throw e;
            return syntaxError(printed);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(AstDump.dump(tree, includeAttributes, indent));
        out.flush();
        return ExitCode.OK;
    }

    private int syntaxError(String printed) {
        PrintWriter err = spec.commandLine().getErr();
        err.print(printed);
        err.flush();
        return ExitCode.FAILURE;
    }
}
