package dev.jpy.cli;

import dev.jpy.toolchain.ast.AstDump;
import dev.jpy.toolchain.ast.Node;
import dev.jpy.toolchain.parse.ParseException;
import dev.jpy.toolchain.parse.Parser;
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

/** {@code jpy ast [-m MODE] [-a] [-i INDENT] FILE}: the syntax tree, printed as {@code python3.13 -m ast} does. */
@Command(name = "ast", mixinStandardHelpOptions = true,
        description = {"Parse a Python source file and print its AST exactly as 'python3.13 -m ast' does.",
                "A syntax error is reported in one line (FILE:LINE:COL: SyntaxError: MESSAGE) with exit status 1."})
final class AstCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the Python source file")
    Path file;

    @Option(names = {"-m", "--mode"}, defaultValue = "exec", paramLabel = "MODE",
            description = "what to parse: exec (a module, the default) or eval (an expression)")
    String mode;

    @Option(names = {"-a", "--include-attributes"}, description = "include line and column positions")
    boolean includeAttributes;

    @Option(names = {"-i", "--indent"}, defaultValue = "3", paramLabel = "INDENT", description = "indentation of nodes (default 3)")
    int indent;

    @Option(names = "--no-type-comments", description = "do not keep type comments (jpy does not keep them yet either way)")
    boolean noTypeComments;

    @Override
    public Integer call() throws Exception {
        if (!mode.equals("exec") && !mode.equals("eval")) {
            if (mode.equals("single") || mode.equals("func_type")) {
                throw new JpyException("ast: mode '" + mode + "' is not supported yet (exec and eval are)");
            }
            throw new JpyException("ast: argument -m/--mode: invalid choice: '" + mode
                    + "' (choose from 'exec', 'single', 'eval', 'func_type')", ExitCode.USAGE);
        }
        byte[] bytes = Files.readAllBytes(file);
        String name = file.toString();
        Node tree;
        try {
            String source = SourceDecoder.decode(bytes, name).text();
            tree = mode.equals("eval") ? Parser.parseExpression(source) : Parser.parseModule(source, name);
        } catch (SourceDecoder.DecodeException e) {
            throw new JpyException(name + ": SyntaxError: " + e.getMessage());
        } catch (ParseException e) {
            throw new JpyException(name + ":" + e.line() + ":" + e.column() + ": SyntaxError: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(AstDump.dump(tree, includeAttributes, indent));
        out.flush();
        return ExitCode.OK;
    }
}
