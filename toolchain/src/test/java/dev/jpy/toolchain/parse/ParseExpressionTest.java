package dev.jpy.toolchain.parse;

import static org.junit.jupiter.api.Assertions.*;

import dev.jpy.toolchain.ast.AstDump;
import org.junit.jupiter.api.Test;

/** {@code Parser.parseExpression} (mode "eval"), checked against CPython 3.13's ast.dump output. */
class ParseExpressionTest {
    @Test
    void evalMode() {
        // ast.dump(ast.parse('a + 1, b\n\n', mode='eval'))
        assertEquals("Expression(body=Tuple(elts=[BinOp(left=Name(id='a', ctx=Load()), op=Add(), "
                + "right=Constant(value=1)), Name(id='b', ctx=Load())], ctx=Load()))",
                AstDump.dump(Parser.parseExpression("a + 1, b\n\n")));
        // ast.dump(ast.parse('lambda x: x', mode='eval'))
        assertEquals("Expression(body=Lambda(args=arguments(args=[arg(arg='x')]), body=Name(id='x', ctx=Load())))",
                AstDump.dump(Parser.parseExpression("lambda x: x")));
        assertThrows(ParseException.class, () -> Parser.parseExpression("x = 1"));
        assertThrows(ParseException.class, () -> Parser.parseExpression("*a"));
    }
}
