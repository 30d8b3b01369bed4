/**
 * The Python 3.13 parser: decoded source text to the {@link dev.jpy.toolchain.ast.Ast} tree that
 * CPython 3.13's {@code ast.parse} builds (same nodes, values and positions, so {@code AstDump} output
 * is identical).
 *
 * <p>Entry points: {@link dev.jpy.toolchain.parse.Parser#parseModule(String, String)} (mode
 * {@code exec}) and {@link dev.jpy.toolchain.parse.Parser#parseExpression(String)} (mode {@code eval}).
 * Syntax errors are {@link dev.jpy.toolchain.parse.ParseException}, a
 * {@link dev.jpy.toolchain.errors.PySyntaxError} with CPython's class (SyntaxError, IndentationError,
 * TabError; MemoryError/RecursionError at line 0), message, lineno, offset, end_lineno, end_offset and
 * text. Decoding bytes is {@code tokenize.SourceDecoder}'s job.
 *
 * <p>Design: hand-written recursive descent following Grammar/python.gram, one method per rule with
 * the rule quoted in a comment, split over a class chain by area:
 * {@code ParserCore} (token stream without COMMENT/NL, marks, UTF-8 byte columns, errors, nesting
 * limit) → {@code ExpressionParser} → {@code FStringParser} (strings, bytes, f-strings, implicit
 * concatenation) → {@code ArgumentParser} (call arguments, def/lambda parameters) →
 * {@code TargetParser} (assignment/del/for targets) → {@code StatementParser} (simple statements,
 * type alias, type parameters) → {@code PatternParser} (match) → {@code CompoundParser} → {@code Parser}.
 * {@code Literals} converts NUMBER/STRING token text to constants.
 *
 * <p>Things to know:
 * <ul>
 *   <li>Positions follow CPython's EXTRA: a node starts at the first token of its rule and ends at the
 *       last non-NEWLINE/INDENT/DEDENT token consumed, so {@code (a) + b} starts at the parenthesis.
 *   <li>Targets are parsed as expressions (primary / starred / parenthesized sequences) and re-typed
 *       to Store/Del ({@code TargetParser.toContext}); for valid code this equals CPython's
 *       {@code t_primary} rules. Backtracking is used only where needed (parenthesized with-items,
 *       the soft keyword {@code match}, a genexp as sole call argument).
 *   <li>The tokenizer runs in {@code tokenize} mode; the parser adds what CPython's parser-mode
 *       tokenizer rejects: leading-zero decimals, invalid/non-printable characters, PEP 3131
 *       identifier checks (and NFKC normalization), null bytes; {@code TokenizerErrors} adds bracket
 *       matching, number endings and the parser's wording/positions of tokenizer errors.
 *   <li>Errors as CPython: a failed parse is re-run with {@code invalidRules} on (CPython's second
 *       pass with the {@code invalid_*} rules); an error one of them raises wins, else the first pass's
 *       generic "invalid syntax" (marked {@code ParseException.generic}) at the furthest token.
 *       Valid code never runs the invalid rules. {@code ParserCore.raise} converts byte columns to
 *       CPython's character offsets; {@code AstDepth} raises the ast-construction RecursionError.
 *   <li>Parsing runs on a thread with a 256 MB (reserved) stack; {@code ParserCore.MAX_DEPTH} mimics
 *       CPython's parser stack limit ("Parser stack overflowed - Python source too complex to parse").
 *   <li>Not done: type comments ({@code type_comments=True}), {@code feature_version}, modes
 *       {@code single}/{@code func_type}; the {@code invalid_*} rules no snippet of ParseInvalidTest
 *       needs (see its DIFFERENT list for the known gaps).
 * </ul>
 */
package dev.jpy.toolchain.parse;
