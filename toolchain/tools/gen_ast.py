#!/usr/bin/env python3
"""Generate jpy's Python 3.13 AST node model from CPython 3.13's own ast module.

Run from anywhere with CPython 3.13:

    $(pyenv prefix 3.13.0)/bin/python3.13 toolchain/tools/gen_ast.py

Writes toolchain/src/main/java/dev/jpy/toolchain/ast/Ast.java and Node.java (with --check: only
compares).

Everything comes from introspecting the running interpreter: the classes of the C module _ast
(the deprecated Python-level classes of Lib/ast.py -- Num, Str, Index, Suite, AugLoad, ... -- are
left out), each class's ASDL signature (its __doc__), _fields, _field_types, _attributes and the
class-level None defaults of its optional fields and attributes.

Java naming: concrete classes keep their Python names, except the statement Expr (Java ExprStmt,
so that the abstract expr can be Expr).  Abstract sum types get the CamelCase names in KIND_NAMES.
Sum types whose constructors all lack fields and attributes (expr_context and the operators)
become enums whose constants carry the Python names (ExprContext.Load, Operator.Add, ...).
"""

import os
import re
import sys

if sys.version_info[:2] != (3, 13):
    sys.exit("gen_ast.py must be run with CPython 3.13 (the AST is version specific); this is "
             "Python %s.\nUse: $(pyenv prefix 3.13.0)/bin/python3.13 toolchain/tools/gen_ast.py"
             % sys.version.split()[0])
if sys.implementation.name != "cpython":
    sys.exit("gen_ast.py needs CPython 3.13, not %s" % sys.implementation.name)

import _ast  # noqa: E402
import ast  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
JAVA_DIR = os.path.join(ROOT, "toolchain", "src", "main", "java", "dev", "jpy", "toolchain", "ast")
JAVA_OUT = os.path.join(JAVA_DIR, "Ast.java")
NODE_OUT = os.path.join(JAVA_DIR, "Node.java")

KIND_NAMES = {
    "mod": "Mod", "stmt": "Stmt", "expr": "Expr", "expr_context": "ExprContext",
    "boolop": "BoolOperator", "operator": "Operator", "unaryop": "UnaryOperator",
    "cmpop": "CmpOperator", "excepthandler": "ExceptHandlerKind", "pattern": "Pattern",
    "type_ignore": "TypeIgnoreKind", "type_param": "TypeParam",
}
PRODUCT_NAMES = {
    "comprehension": "Comprehension", "arguments": "Arguments", "arg": "Arg", "keyword": "Keyword",
    "alias": "Alias", "withitem": "WithItem", "match_case": "MatchCase",
}
RENAMED = {"Expr": "ExprStmt"}
JAVA_KEYWORDS = set("""abstract assert boolean break byte case catch char class const continue
default do double else enum extends final finally float for goto if implements import instanceof
int interface long native new package private protected public return short static strictfp super
switch synchronized this throw throws transient try void volatile while true false null var yield
record""".split())

SIG = re.compile(r"^(\w+)(?:\((.*)\))?$")
FIELD = re.compile(r"^(\w+)([*?]?) (\w+)$")


def c_classes():
    return {n: c for n, c in vars(_ast).items() if isinstance(c, type) and issubclass(c, ast.AST)}


def parse_signature(cls):
    """The ASDL signature from the class docstring: [(name, type, shape)] in _fields order."""
    doc = cls.__doc__.strip()
    m = SIG.match(doc)
    if not m:
        sys.exit("unexpected docstring for %s: %r" % (cls.__name__, doc))
    if m.group(1) != cls.__name__:
        sys.exit("docstring of %s names %s" % (cls.__name__, m.group(1)))
    out = []
    if m.group(2):
        for part in m.group(2).split(", "):
            fm = FIELD.match(part)
            if not fm:
                sys.exit("unexpected field %r in %s" % (part, cls.__name__))
            typ, mark, name = fm.groups()
            out.append((name, typ, {"": "ONE", "?": "OPTIONAL", "*": "LIST"}[mark]))
    if tuple(n for n, _, _ in out) != tuple(cls._fields):
        sys.exit("docstring fields of %s differ from _fields %r" % (cls.__name__, cls._fields))
    return out


def check_field_type(cls, name, typ, shape):
    """Cross-check the docstring type against _field_types."""
    want = {"identifier": str, "string": str, "int": int, "constant": object}.get(typ)
    if want is None:
        want = getattr(ast, typ)
    if shape == "LIST":
        want = list[want]
    elif shape == "OPTIONAL":
        want = want | None
    got = cls._field_types[name]
    if got != want:
        sys.exit("%s.%s: _field_types says %r, docstring %s%s" % (cls.__name__, name, got, typ, shape))


def model():
    """[(kind, [concrete classes])] and per-class metadata, in ASDL order."""
    classes = c_classes()
    kinds = []
    for base in ast.AST.__subclasses__():
        if base.__name__ not in classes:
            continue  # ast.slice: deprecated
        subs = [c for c in base.__subclasses__() if c.__name__ in classes]
        if subs:
            doc = base.__doc__
            order = re.findall(r"(?:=|\|)\s*(\w+)", doc)
            subs.sort(key=lambda c: order.index(c.__name__))
            kinds.append((base.__name__, subs, False))
        else:
            kinds.append((base.__name__, [base], True))
    seen = {c.__name__ for _, subs, _ in kinds for c in subs} | {k for k, _, p in kinds if not p}
    missing = set(classes) - seen - {"AST"}
    if missing:
        sys.exit("classes not placed: %s" % sorted(missing))
    return kinds


def java_field_name(name):
    parts = name.split("_")
    s = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return s + "_" if s in JAVA_KEYWORDS else s


def java_type_name(typ):
    if typ in KIND_NAMES:
        return KIND_NAMES[typ]
    if typ in PRODUCT_NAMES:
        return PRODUCT_NAMES[typ]
    return {"identifier": "String", "string": "String", "constant": "PyObj"}[typ]


def java_type(typ, shape):
    if typ == "int":
        return "int" if shape == "ONE" else "Integer" if shape == "OPTIONAL" else "java.util.List<Integer>"
    t = java_type_name(typ)
    return "java.util.List<%s>" % t if shape == "LIST" else t


def java_class_name(cls, product):
    return PRODUCT_NAMES[cls.__name__] if product else RENAMED.get(cls.__name__, cls.__name__)


def jstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def field_meta(cls, name, typ, shape):
    dflt = "true" if getattr(cls, name, ...) is None else "false"
    return "new NodeClass.Field(%s, %s, NodeClass.Shape.%s, %s)" % (jstr(name), jstr(typ), shape, dflt)


def attributes(cls):
    out = []
    for a in cls._attributes:
        if a not in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            sys.exit("unexpected attribute %s.%s" % (cls.__name__, a))
        out.append((a, "int", "OPTIONAL" if getattr(cls, a, ...) is None else "ONE"))
    return out


def generate():
    kinds = model()
    L = []
    w = L.append
    w("// Generated by toolchain/tools/gen_ast.py from CPython %s's ast module; do not edit."
      % sys.version.split()[0])
    w("package dev.jpy.toolchain.ast;")
    w("")
    w("import dev.jpy.marshal.model.PyObj;")
    w("import java.util.Map;")
    w("import java.util.Objects;")
    w("")
    w("/**")
    w(" * The Python %s abstract syntax tree: one sealed interface per abstract ASDL type, one record per"
      % ".".join(map(str, sys.version_info[:2])))
    w(" * concrete node class (components in {@code _fields} order, then the position attributes), and")
    w(" * enums for the field-less classes (expression contexts and operators).")
    w(" *")
    w(" * <p>Names: Python class names are kept ({@code Ast.List} is the list display, not")
    w(" * {@code java.util.List}), except the statement {@code Expr}, which is {@link ExprStmt}. Positions")
    w(" * are as CPython gives them: 1-based lines, 0-based column offsets in UTF-8 bytes.")
    w(" */")
    w("public final class Ast {")
    w("    private Ast() { }")
    w("")
    all_classes = []  # (cls, javaRef, kindName, product, enum)
    for kind, subs, product in kinds:
        if product:
            all_classes.append((subs[0], java_class_name(subs[0], True), kind, True, None))
            continue
        kname = KIND_NAMES[kind]
        is_enum = all(not c._fields and not c._attributes for c in subs)
        w("    /** ASDL {@code %s}. */" % kind)
        if is_enum:
            w("    public enum %s implements Node {" % kname)
            w("        " + ", ".join(c.__name__ for c in subs) + ";")
            w("")
            w("        private static final NodeClass[] CLASSES = {")
            for c in subs:
                w("            new NodeClass(%s, %s, %s, java.util.List.of(), java.util.List.of()),"
                  % (jstr(c.__name__), jstr(kname + "." + c.__name__), jstr(kind)))
            w("        };")
            w("")
            w("        @Override public NodeClass nodeClass() { return CLASSES[ordinal()]; }")
            w("        @Override public Object field(int index) { throw new IndexOutOfBoundsException(index); }")
            w("        @Override public Object attribute(int index) { throw new IndexOutOfBoundsException(index); }")
            w("    }")
            w("")
            for c in subs:
                all_classes.append((c, kname + "." + c.__name__, kind, False, kname))
        else:
            permits = ", ".join(java_class_name(c, False) for c in subs)
            w("    public sealed interface %s extends Node permits %s {" % (kname, permits))
            attrs = attributes(subs[0])
            for name, typ, shape in attrs:
                w("        %s %s();" % (java_type(typ, shape), java_field_name(name)))
            w("    }")
            w("")
            for c in subs:
                all_classes.append((c, java_class_name(c, False), kind, False, None))

    for cls, jname, kind, product, enum in all_classes:
        if enum:
            continue
        fields = parse_signature(cls)
        for name, typ, shape in fields:
            check_field_type(cls, name, typ, shape)
        attrs = attributes(cls)
        comps = [(java_type(t, s), java_field_name(n), t, s) for n, t, s in fields + attrs]
        impl = "Node" if product else KIND_NAMES[kind]
        w("    /** {@code %s}%s. */" % (cls.__doc__.strip().replace("*", "{@literal *}"),
                                       "" if cls.__name__ == jname else " (Python {@code %s})" % cls.__name__))
        w("    public record %s(%s) implements %s {" % (
            jname, ", ".join("%s %s" % (jt, jn) for jt, jn, _, _ in comps), impl))
        w("        public static final NodeClass CLASS = new NodeClass(%s, %s, %s," % (
            jstr(cls.__name__), jstr(jname), jstr(kind)))
        w("            java.util.List.of(%s)," % ", ".join(field_meta(cls, n, t, s) for n, t, s in fields))
        w("            java.util.List.of(%s));" % ", ".join(field_meta(cls, n, t, s) for n, t, s in attrs))
        checks = [jn for jt, jn, t, s in comps if s != "OPTIONAL" and jt != "int"]
        if checks:
            w("        public %s {" % jname)
            for jn in checks:
                w("            Objects.requireNonNull(%s, %s);" % (jn, jstr(jn)))
            w("        }")
        w("        @Override public NodeClass nodeClass() { return CLASS; }")
        for what, group in (("field", comps[:len(fields)]), ("attribute", comps[len(fields):])):
            if group:
                cases = " ".join("case %d -> %s;" % (i, jn) for i, (_, jn, _, _) in enumerate(group))
                w("        @Override public Object %s(int index) {" % what)
                w("            return switch (index) { %s default -> throw new IndexOutOfBoundsException(index); };"
                  % cases)
                w("        }")
            else:
                w("        @Override public Object %s(int index) { throw new IndexOutOfBoundsException(index); }"
                  % what)
        w("    }")
        w("")

    w("    /** Every concrete class, by Python name, in ASDL order. */")
    w("    public static final Map<String, NodeClass> CLASSES = classes();")
    w("")
    w("    private static Map<String, NodeClass> classes() {")
    w("        var m = new java.util.LinkedHashMap<String, NodeClass>();")
    for cls, jname, kind, product, enum in all_classes:
        if enum:
            w("        m.put(%s, %s.nodeClass());" % (jstr(cls.__name__), jname))
        else:
            w("        m.put(%s, %s.CLASS);" % (jstr(cls.__name__), jname))
    w("        return java.util.Collections.unmodifiableMap(m);")
    w("    }")
    w("")
    w("    /**")
    w("     * Builds a node generically: {@code fields} in {@code _fields} order, {@code attributes} in")
    w("     * {@code _attributes} order, each value typed as {@link Node#field(int)} returns it.")
    w("     */")
    w("    @SuppressWarnings(\"unchecked\")")
    w("    public static Node construct(String pythonName, Object[] fields, Object[] attributes) {")
    w("        return switch (pythonName) {")
    for cls, jname, kind, product, enum in all_classes:
        if enum:
            w("            case %s -> %s;" % (jstr(cls.__name__), jname))
            continue
        fields = parse_signature(cls)
        attrs = attributes(cls)
        args = []
        for i, (n, t, s) in enumerate(fields):
            jt = java_type(t, s)
            args.append("(%s) fields[%d]" % ("Integer" if jt == "int" else jt, i))
        for i, (n, t, s) in enumerate(attrs):
            args.append("(Integer) attributes[%d]" % i)
        w("            case %s -> new %s(%s);" % (jstr(cls.__name__), jname, ", ".join(args)))
    w("            default -> throw new IllegalArgumentException(\"no AST class \" + pythonName);")
    w("        };")
    w("    }")
    w("}")
    return "\n".join(L) + "\n"


def generate_node():
    permits = []
    for kind, subs, product in model():
        permits.append("Ast." + (java_class_name(subs[0], True) if product else KIND_NAMES[kind]))
    return """// Generated by toolchain/tools/gen_ast.py from CPython %s's ast module; do not edit.
package dev.jpy.toolchain.ast;

/**
 * A node of a Python 3.13 abstract syntax tree: a value of one of the concrete classes of CPython's
 * {@code ast} module. The concrete types are generated into {@link Ast}; the permitted subtypes are
 * the abstract ASDL types and the product types, so a {@code switch} over a node can be exhaustive.
 *
 * <p>{@link #field(int)} and {@link #attribute(int)} give generic access in the order of the Python
 * class's {@code _fields} and {@code _attributes} (see {@link #nodeClass()}); values are
 * {@code Node}, {@code java.util.List} (of nodes, strings or {@code null}), {@code String},
 * {@code Integer}, {@link dev.jpy.marshal.model.PyObj} (constants) or {@code null} (Python's None).
 */
public sealed interface Node
        permits %s {

    /** The Python class this node is an instance of. */
    NodeClass nodeClass();

    /** The value of {@code _fields[index]}. */
    Object field(int index);

    /** The value of {@code _attributes[index]} (lineno, col_offset, end_lineno, end_col_offset). */
    Object attribute(int index);
}
""" % (sys.version.split()[0], ",\n                ".join(
        ", ".join(permits[i:i + 6]) for i in range(0, len(permits), 6)))


def main():
    outputs = [(JAVA_OUT, generate()), (NODE_OUT, generate_node())]
    if sys.argv[1:] == ["--check"]:
        for path, src in outputs:
            with open(path, encoding="utf-8") as f:
                if f.read() != src:
                    sys.exit("%s is out of date: rerun toolchain/tools/gen_ast.py" % os.path.relpath(path, ROOT))
            print("up to date:", os.path.relpath(path, ROOT))
        return
    if sys.argv[1:]:
        sys.exit("usage: gen_ast.py [--check]")
    for path, src in outputs:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(src)
        print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
