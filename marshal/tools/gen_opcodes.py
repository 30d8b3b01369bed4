#!/usr/bin/env python3
"""Generate jpy's CPython 3.13 opcode table from CPython's own tables.

Run from the repository root with CPython 3.13:

    $(pyenv prefix 3.13.0)/bin/python3.13 marshal/tools/gen_opcodes.py

Writes
  marshal/src/main/java/dev/jpy/marshal/opcode/Opcode.java   (the Java table)
  fixtures/golden/opcodes.json                                (CPython-side truth for OpcodeTableTest)

Sources: opcode.py, _opcode_metadata.py, dis.py and the C module _opcode of the
running interpreter.  Stack effects are not copied from C: they are sampled with
_opcode.stack_effect() and a closed formula is fitted to the samples from the
templates in STACK_EFFECT_TEMPLATES below; the script fails if an opcode fits none.
The one-line meanings in MEANINGS are hand-written (checked against
Python/bytecodes.c of 3.13).
"""

import json
import os
import sys

if sys.version_info[:2] != (3, 13):
    sys.exit("gen_opcodes.py must be run with CPython 3.13 (the opcode table is "
             "version specific); this is Python %s.\n"
             "Use: $(pyenv prefix 3.13.0)/bin/python3.13 marshal/tools/gen_opcodes.py"
             % sys.version.split()[0])
if sys.implementation.name != "cpython":
    sys.exit("gen_opcodes.py needs CPython 3.13, not %s" % sys.implementation.name)

import _opcode  # noqa: E402
import _opcode_metadata  # noqa: E402
import dis  # noqa: E402
import opcode  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
JAVA_OUT = os.path.join(ROOT, "marshal", "src", "main", "java", "dev", "jpy", "marshal", "opcode", "Opcode.java")
JSON_OUT = os.path.join(ROOT, "fixtures", "golden", "opcodes.json")

# --------------------------------------------------------------------------------------
# Hand-written meanings (one line each) for every real and pseudo opcode.
# "TOS" = top of stack, STACK[-i] = i-th item from the top (1-based) after the pops.
# Specialized and instrumented opcodes get a generic line derived from their base op.
# --------------------------------------------------------------------------------------
MEANINGS = {
    # no argument (< HAVE_ARGUMENT)
    "CACHE": "inline cache entry: a data slot following an instruction, never executed",
    "BEFORE_ASYNC_WITH": "pops an async context manager, pushes its bound __aexit__ and the awaitable returned by __aenter__()",
    "BEFORE_WITH": "pops a context manager, pushes its bound __exit__ and the result of __enter__()",
    "BINARY_SLICE": "pops container, start and end, pushes container[start:end]",
    "BINARY_SUBSCR": "pops container and key, pushes container[key]",
    "CHECK_EG_MATCH": "except*: pops an exception group and a match type, pushes the non-matching rest and the matching subgroup (or None)",
    "CHECK_EXC_MATCH": "except: pops the type to match, keeps the exception and pushes whether it matches that type",
    "CLEANUP_THROW": "after a throw() into a delegated iterator: on StopIteration replaces the three items by None and the value, else re-raises",
    "DELETE_SUBSCR": "pops container and key, does del container[key]",
    "END_ASYNC_FOR": "ends an async for loop: pops the awaitable and the exception, swallowing StopAsyncIteration and re-raising anything else",
    "END_FOR": "end of a for loop: pops the top value",
    "END_SEND": "pops the receiver below TOS, keeping the value on top",
    "EXIT_INIT_CHECK": "pops the result of __init__ and raises TypeError if it is not None",
    "FORMAT_SIMPLE": "replaces TOS by format(TOS, '') (str values stay as they are)",
    "FORMAT_WITH_SPEC": "pops a value and a format spec, pushes format(value, spec)",
    "GET_AITER": "replaces TOS by the asynchronous iterator returned by its __aiter__()",
    "RESERVED": "reserved opcode number, never executed",
    "GET_ANEXT": "keeps the async iterator at TOS and pushes the awaitable for its next item (__anext__())",
    "GET_ITER": "replaces TOS by iter(TOS)",
    "GET_LEN": "keeps TOS and pushes len(TOS)",
    "GET_YIELD_FROM_ITER": "replaces TOS by the iterator used by yield from (generators and coroutines are kept as they are)",
    "INTERPRETER_EXIT": "pops the return value and leaves the interpreter loop (entry frame trampoline)",
    "LOAD_ASSERTION_ERROR": "pushes AssertionError",
    "LOAD_BUILD_CLASS": "pushes builtins.__build_class__",
    "LOAD_LOCALS": "pushes the locals mapping of the current frame",
    "MAKE_FUNCTION": "pops a code object, pushes a new function made from it (extra attributes come from SET_FUNCTION_ATTRIBUTE)",
    "MATCH_KEYS": "with a mapping subject and a tuple of keys on the stack, pushes a tuple of the values for those keys, or None",
    "MATCH_MAPPING": "keeps TOS and pushes whether it is a mapping (pattern matching)",
    "MATCH_SEQUENCE": "keeps TOS and pushes whether it is a sequence other than str, bytes or bytearray (pattern matching)",
    "NOP": "does nothing",
    "POP_EXCEPT": "pops a saved exception and restores it as the exception being handled",
    "POP_TOP": "pops and discards TOS",
    "PUSH_EXC_INFO": "pops the raised exception, pushes the previously handled exception and then the new one, which becomes the one handled",
    "PUSH_NULL": "pushes NULL (the self-or-NULL slot of a call)",
    "RETURN_GENERATOR": "creates a generator, coroutine or async generator from the current frame and returns it to the caller",
    "RETURN_VALUE": "pops TOS and returns it from the frame",
    "SETUP_ANNOTATIONS": "creates __annotations__ as a dict in the locals if it is not there yet",
    "STORE_SLICE": "pops value, container, start and end, does container[start:end] = value",
    "STORE_SUBSCR": "pops value, container and key, does container[key] = value",
    "TO_BOOL": "replaces TOS by bool(TOS)",
    "UNARY_INVERT": "replaces TOS by ~TOS",
    "UNARY_NEGATIVE": "replaces TOS by -TOS",
    "UNARY_NOT": "replaces the bool at TOS by its negation",
    "WITH_EXCEPT_START": "calls the __exit__ kept on the stack with the exception at TOS (type, value, traceback), pushes the result",
    # with argument (>= HAVE_ARGUMENT)
    "BINARY_OP": "pops two values, pushes the result of the binary or in-place operation selected by oparg (see NB_OPS)",
    "BUILD_CONST_KEY_MAP": "pops a tuple of keys and oparg values, pushes a dict mapping the keys to the values",
    "BUILD_LIST": "pops oparg items, pushes a list of them",
    "BUILD_MAP": "pops oparg key/value pairs (2*oparg items), pushes a dict of them",
    "BUILD_SET": "pops oparg items, pushes a set of them",
    "BUILD_SLICE": "pops start, stop (and step if oparg is 3), pushes slice(start, stop[, step])",
    "BUILD_STRING": "pops oparg strings, pushes their concatenation",
    "BUILD_TUPLE": "pops oparg items, pushes a tuple of them",
    "CALL": "pops the callable, self-or-NULL and oparg arguments, pushes the result of the call",
    "CALL_FUNCTION_EX": "pops the callable, NULL, an argument tuple and (if oparg & 1) a keyword mapping, pushes the result of the call",
    "CALL_INTRINSIC_1": "replaces TOS by the result of the one-argument intrinsic selected by oparg (see INTRINSIC_1_DESCS)",
    "CALL_INTRINSIC_2": "pops two values, pushes the result of the two-argument intrinsic selected by oparg (see INTRINSIC_2_DESCS)",
    "CALL_KW": "like CALL, with a tuple of keyword names on top naming the last arguments; pops callable, self-or-NULL, oparg arguments and the names",
    "COMPARE_OP": "pops two values, pushes the comparison CMP_OP[oparg >> 5] of them (converted to bool if oparg & 16)",
    "CONTAINS_OP": "pops two values, pushes the result of 'in' (or 'not in' if oparg is 1)",
    "CONVERT_VALUE": "replaces TOS by str(), repr() or ascii() of it for oparg 1, 2 or 3 (f-string conversion)",
    "COPY": "pushes the oparg-th item from the top (1 = TOS) again",
    "COPY_FREE_VARS": "copies oparg free variables from the function's closure into the frame",
    "DELETE_ATTR": "pops an object, does del obj.name with name co_names[oparg]",
    "DELETE_DEREF": "empties the cell of cell/free variable oparg",
    "DELETE_FAST": "deletes local variable oparg",
    "DELETE_GLOBAL": "deletes the global co_names[oparg]",
    "DELETE_NAME": "deletes co_names[oparg] from the locals",
    "DICT_MERGE": "pops a mapping and merges it into the dict at STACK[-oparg], raising on duplicate keys (** in calls)",
    "DICT_UPDATE": "pops a mapping and updates the dict at STACK[-oparg] with it",
    "ENTER_EXECUTOR": "enters the optimizer executor oparg of the code object, replacing the original instruction",
    "EXTENDED_ARG": "prefixes the argument of the next instruction: its oparg becomes (oparg << 8) | next oparg",
    "FOR_ITER": "pushes next(TOS) keeping the iterator; when it is exhausted pops the iterator and jumps forward by oparg past the loop end",
    "GET_AWAITABLE": "replaces TOS by an awaitable iterator for it (oparg tells whether it follows __aenter__ or __aexit__)",
    "IMPORT_FROM": "keeps the module at TOS and pushes its attribute co_names[oparg] (from ... import name)",
    "IMPORT_NAME": "pops level and fromlist, pushes the module imported by __import__ for co_names[oparg]",
    "IS_OP": "pops two values, pushes the result of 'is' (or 'is not' if oparg is 1)",
    "JUMP_BACKWARD": "jumps backward by oparg code units (checking for interrupts)",
    "JUMP_BACKWARD_NO_INTERRUPT": "jumps backward by oparg code units without checking for interrupts",
    "JUMP_FORWARD": "jumps forward by oparg code units",
    "LIST_APPEND": "pops a value and appends it to the list at STACK[-oparg] (comprehensions)",
    "LIST_EXTEND": "pops an iterable and extends the list at STACK[-oparg] with it",
    "LOAD_ATTR": "replaces TOS by its attribute co_names[oparg >> 1]; if oparg & 1, loads a method: pushes the attribute and self-or-NULL",
    "LOAD_CONST": "pushes co_consts[oparg]",
    "LOAD_DEREF": "pushes the content of the cell of cell/free variable oparg",
    "LOAD_FAST": "pushes local variable oparg",
    "LOAD_FAST_AND_CLEAR": "pushes local variable oparg (NULL if unbound) and clears it (inlined comprehensions)",
    "LOAD_FAST_CHECK": "pushes local variable oparg, raising UnboundLocalError if it is unbound",
    "LOAD_FAST_LOAD_FAST": "pushes local variables oparg >> 4 and oparg & 15",
    "LOAD_FROM_DICT_OR_DEREF": "pops a mapping, pushes its value for the name of cell/free variable oparg, else the content of that cell",
    "LOAD_FROM_DICT_OR_GLOBALS": "pops a mapping, pushes its value for co_names[oparg], else the global or builtin of that name",
    "LOAD_GLOBAL": "pushes the global or builtin co_names[oparg >> 1]; if oparg & 1, also pushes NULL after it",
    "LOAD_NAME": "pushes co_names[oparg] looked up in the locals, then the globals, then the builtins",
    "LOAD_SUPER_ATTR": "pops super, class and self, pushes attribute co_names[oparg >> 2] of super(class, self); oparg & 1 loads a method (pushes attribute and self-or-NULL), oparg & 2 marks zero-argument super()",
    "MAKE_CELL": "creates a cell in slot oparg holding the current value of that slot (if any)",
    "MAP_ADD": "pops a key and a value and sets dict[key] = value in the dict at STACK[-oparg] (dict comprehensions)",
    "MATCH_CLASS": "pops subject, class and a tuple of keyword attribute names, pushes the tuple of extracted attributes (oparg positional ones) or None",
    "POP_JUMP_IF_FALSE": "pops TOS and jumps forward by oparg if it is False",
    "POP_JUMP_IF_NONE": "pops TOS and jumps forward by oparg if it is None",
    "POP_JUMP_IF_NOT_NONE": "pops TOS and jumps forward by oparg if it is not None",
    "POP_JUMP_IF_TRUE": "pops TOS and jumps forward by oparg if it is True",
    "RAISE_VARARGS": "raises an exception: oparg 0 re-raises the active one, 1 raises TOS, 2 raises STACK[-2] from TOS (pops oparg values)",
    "RERAISE": "pops the exception at TOS and re-raises it; if oparg is non-zero, f_lasti is first set from the value at STACK[-oparg]",
    "RESUME": "no-op marking where the frame starts or resumes (oparg: start, after yield, after yield from, after await); checks the eval breaker",
    "RETURN_CONST": "returns co_consts[oparg] from the frame",
    "SEND": "sends TOS into the sub-iterator below it (yield from / await), pushes the yielded value; when it returns, jumps forward by oparg with the return value",
    "SET_ADD": "pops a value and adds it to the set at STACK[-oparg] (set comprehensions)",
    "SET_FUNCTION_ATTRIBUTE": "pops a function and a value, stores the value as the function attribute selected by oparg (see FUNCTION_ATTR_FLAGS), pushes the function",
    "SET_UPDATE": "pops an iterable and updates the set at STACK[-oparg] with it",
    "STORE_ATTR": "pops the object at TOS and the value below it, does obj.name = value with name co_names[oparg]",
    "STORE_DEREF": "pops TOS into the cell of cell/free variable oparg",
    "STORE_FAST": "pops TOS into local variable oparg",
    "STORE_FAST_LOAD_FAST": "pops TOS into local variable oparg >> 4, then pushes local variable oparg & 15",
    "STORE_FAST_STORE_FAST": "pops TOS into local variable oparg >> 4 and the next item into local variable oparg & 15",
    "STORE_GLOBAL": "pops TOS into the global co_names[oparg]",
    "STORE_NAME": "pops TOS into co_names[oparg] in the locals",
    "SWAP": "swaps TOS with the oparg-th item from the top",
    "UNPACK_EX": "pops an iterable, pushes its items for a starred target: (oparg & 0xFF) before the list of the rest and (oparg >> 8) after it",
    "UNPACK_SEQUENCE": "pops a sequence of exactly oparg items, pushes them so that the first item ends on top",
    "YIELD_VALUE": "yields TOS from the generator; on resumption the sent value takes its place",
    # instrumented opcodes without a plain counterpart
    "INSTRUMENTED_LINE": "instrumented: fires the sys.monitoring LINE event, then executes the original instruction",
    "INSTRUMENTED_INSTRUCTION": "instrumented: fires the sys.monitoring INSTRUCTION event, then executes the original instruction",
    # pseudo instructions (compiler only; replaced before the code object is built)
    "JUMP": "pseudo: unconditional jump, becomes JUMP_FORWARD or JUMP_BACKWARD",
    "JUMP_NO_INTERRUPT": "pseudo: unconditional jump without interrupt check, becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT",
    "LOAD_CLOSURE": "pseudo: pushes the cell of variable oparg for a closure tuple, becomes LOAD_FAST",
    "LOAD_METHOD": "pseudo: method load, becomes LOAD_ATTR with oparg & 1 set",
    "LOAD_SUPER_METHOD": "pseudo: super() method load, becomes LOAD_SUPER_ATTR with the method bit set",
    "LOAD_ZERO_SUPER_ATTR": "pseudo: zero-argument super() attribute load, becomes LOAD_SUPER_ATTR",
    "LOAD_ZERO_SUPER_METHOD": "pseudo: zero-argument super() method load, becomes LOAD_SUPER_ATTR with the method bit set",
    "POP_BLOCK": "pseudo: ends the block protected by the preceding SETUP_*, becomes a NOP or disappears",
    "SETUP_CLEANUP": "pseudo: starts a block whose exception handler at the target gets lasti and the exception pushed",
    "SETUP_FINALLY": "pseudo: starts a try block whose exception handler at the target gets the exception pushed",
    "SETUP_WITH": "pseudo: starts a with block whose exception handler at the target gets the exception pushed",
    "STORE_FAST_MAYBE_NULL": "pseudo: STORE_FAST of a value that may be NULL (restoring an inlined comprehension's variable), becomes STORE_FAST",
}

# --------------------------------------------------------------------------------------
# Stack-effect formula templates.  Each template fits ONE branch (jump=True or jump=False)
# of an opcode: fit(samples) returns a java expression in `oparg` or None; the samples
# are {oparg: effect}.  Templates are tried in order; the first that reproduces every
# sample wins.  Each template also carries a Python evaluator used to re-check the fit.
# --------------------------------------------------------------------------------------


def _lin(c, k):
    """Java text for c + k*oparg."""
    if k == 0:
        return str(c)
    term = "oparg" if abs(k) == 1 else "%d * oparg" % abs(k)
    if c == 0:
        return term if k > 0 else "-" + term
    return "%d %s %s" % (c, "+" if k > 0 else "-", term)


def _plus(c, term, sign=1):
    """Java text for c (+|-) term."""
    if c == 0:
        return term if sign > 0 else "-" + term
    return "%d %s %s" % (c, "+" if sign > 0 else "-", term)


class Template:
    def __init__(self, name, shape, make):
        # make(samples) -> (java_expr, py_fn) or None
        self.name, self.shape, self.make = name, shape, make
        self.used_by = []

    def fit(self, samples):
        r = self.make(samples)
        if r is None:
            return None
        expr, fn = r
        if all(fn(a) == v for a, v in samples.items()):
            return expr
        return None


def _const(s):
    c = s[0]
    return str(c), (lambda a: c)


def _linear(k):
    def make(s):
        c = s[0]
        return _lin(c, k), (lambda a: c + k * a)
    return make


def _low_bit(sign):
    def make(s):
        c = s[0]
        return _plus(c, "(oparg & 1)", sign), (lambda a: c + sign * (a & 1))
    return make


def _half(sign):
    def make(s):
        c = s[0]
        return _plus(c, "(oparg >> 1)", sign), (lambda a: c + sign * (a >> 1))
    return make


def _low_bit_minus_oparg(s):
    c = s[0]
    return _plus(c, "(oparg & 1) - oparg"), (lambda a: c + (a & 1) - a)


def _select_eq(s):
    # one special oparg value v with effect c1, every other oparg gives c2
    values = {}
    for a, v in s.items():
        values.setdefault(v, []).append(a)
    if len(values) != 2:
        return None
    (e1, as1), (e2, as2) = sorted(values.items(), key=lambda kv: len(kv[1]))
    if len(as1) != 1:
        return None
    v, c1, c2 = as1[0], e1, e2
    return "oparg == %d ? %d : %d" % (v, c1, c2), (lambda a: c1 if a == v else c2)


def _bytes_split(s):
    # c + (oparg & 0xFF) + (oparg >> 8): counts packed into the low byte and the rest
    c = s[0]
    return _plus(c, "(oparg & 0xFF) + (oparg >> 8)"), (lambda a: c + (a & 0xFF) + (a >> 8))


STACK_EFFECT_TEMPLATES = [
    Template("constant", "c", lambda s: _const(s)),
    Template("linear-1", "c - oparg", _linear(-1)),
    Template("linear+1", "c + oparg", _linear(1)),
    Template("linear-2", "c - 2*oparg", _linear(-2)),
    Template("linear+2", "c + 2*oparg", _linear(2)),
    Template("low-bit+", "c + (oparg & 1)", _low_bit(1)),
    Template("low-bit-", "c - (oparg & 1)", _low_bit(-1)),
    Template("half-", "c - (oparg >> 1)", _half(-1)),
    Template("half+", "c + (oparg >> 1)", _half(1)),
    Template("low-bit-minus-oparg", "c + (oparg & 1) - oparg", _low_bit_minus_oparg),
    Template("select-eq", "oparg == v ? c1 : c2", _select_eq),
    Template("byte-split", "c + (oparg & 0xFF) + (oparg >> 8)", _bytes_split),
]

# opargs at which stack_effect is sampled: dense 0..1100 for fitting, plus sparse large ones
FIT_OPARGS = list(range(0, 1101)) + [2047, 4095, 65535, 65536, 65537, (1 << 20) + 3, (1 << 24) - 1]
GOLDEN_DENSE = range(0, 301)
GOLDEN_SPARSE = [511, 512, 1023, 1024, 4095, 65535, 65536, (1 << 20) + 3]


def sample(op, oparg, jump):
    try:
        return _opcode.stack_effect(op, oparg, jump=jump)
    except ValueError:
        return None


def fit_branch(name, samples):
    for t in STACK_EFFECT_TEMPLATES:
        expr = t.fit(samples)
        if expr is not None:
            return t, expr
    shown = {a: samples[a] for a in sorted(samples) if a < 12 or 250 <= a <= 260 or a > 1100}
    raise SystemExit("gen_opcodes.py: no stack-effect template fits %s (add one to STACK_EFFECT_TEMPLATES); "
                     "oparg -> effect: %s" % (name, shown))


def fit_stack_effect(name, number):
    """Returns a Java expression in (oparg, jump), or None if CPython knows no effect."""
    t_s, f_s, known = {}, {}, []
    for a in FIT_OPARGS:
        t, f = sample(number, a, True), sample(number, a, False)
        if (t is None) != (f is None):
            raise SystemExit("gen_opcodes.py: %s oparg %d: stack_effect raises for only one jump value" % (name, a))
        try:
            m = _opcode.stack_effect(number, a)
        except ValueError:
            m = None
        if t is None:
            if m is not None:
                raise SystemExit("gen_opcodes.py: %s oparg %d: unexpected default-jump effect" % (name, a))
            known.append(False)
            continue
        if m != max(t, f):
            raise SystemExit("gen_opcodes.py: %s oparg %d: jump=None effect %r is not max(%r, %r)"
                             % (name, a, m, t, f))
        known.append(True)
        t_s[a], f_s[a] = t, f
    if not any(known):
        return None, ()
    if not all(known):
        raise SystemExit("gen_opcodes.py: stack_effect of %s raises for some opargs only; no template for that" % name)
    tt, te = fit_branch(name, t_s)
    ft, fe = fit_branch(name, f_s)
    if te == fe:
        return te, (tt,)
    return "jump ? %s : %s" % (_paren(te), _paren(fe)), (tt, ft)


def _is_int(e):
    return e.lstrip("-").isdigit()


def _paren(e):
    """Parenthesize a non-trivial branch expression inside `jump ? a : b`."""
    return e if _is_int(e) or e == "oparg" else "(%s)" % e


# --------------------------------------------------------------------------------------
# Collect the table
# --------------------------------------------------------------------------------------

HAVE_ARGUMENT = opcode.HAVE_ARGUMENT
MIN_INSTRUMENTED = opcode.MIN_INSTRUMENTED_OPCODE
SPECIALIZED = dict(_opcode_metadata._specialized_opmap)
BASE_OF = {spec: base for base, fam in _opcode_metadata._specializations.items() for spec in fam}
ALL_OPMAP = dict(opcode.opmap)
for _n, _v in SPECIALIZED.items():
    assert _n not in ALL_OPMAP
    ALL_OPMAP[_n] = _v
assert set(BASE_OF) == set(SPECIALIZED), "every specialized op needs exactly one base"

FLAG_FUNCS = [  # (java flag name, _opcode function name)
    ("ARG", "has_arg"), ("CONST", "has_const"), ("NAME", "has_name"), ("JUMP", "has_jump"),
    ("FREE", "has_free"), ("LOCAL", "has_local"), ("EXC", "has_exc"),
]


def kind_of(name, number):
    if name in SPECIALIZED:
        return "SPECIALIZED"
    if number >= 256:
        return "PSEUDO"
    if number >= MIN_INSTRUMENTED:
        return "INSTRUMENTED"
    return "REAL"


def meaning_of(name, kind):
    if name in MEANINGS:
        return MEANINGS[name]
    if kind == "SPECIALIZED":
        return "specialized form of %s (adaptive interpreter)" % BASE_OF[name]
    if kind == "INSTRUMENTED" and name.startswith("INSTRUMENTED_") and name[len("INSTRUMENTED_"):] in opcode.opmap:
        return "instrumented form of %s (fires sys.monitoring events)" % name[len("INSTRUMENTED_"):]
    raise SystemExit("gen_opcodes.py: no meaning written for %s; add one to MEANINGS" % name)


def cache_source_name(name):
    """dis looks the cache layout up under the deoptimized name."""
    return BASE_OF.get(name, name)


def collect():
    ops = []
    for name, number in sorted(ALL_OPMAP.items(), key=lambda kv: (kv[1], kv[0])):
        kind = kind_of(name, number)
        cname = cache_source_name(name)
        fmt = list(opcode._cache_format.get(cname, {}).items())
        entries = opcode._inline_cache_entries.get(cname, 0)
        assert entries == sum(s for _, s in fmt), name
        flags = [f for f, fn in FLAG_FUNCS if getattr(_opcode, fn)(number)]
        if number in opcode.hascompare:
            flags.append("COMPARE")
        if number < 256 and dis._is_backward_jump(number):
            flags.append("BACKWARD_JUMP")
        if _opcode.is_valid(number):
            flags.append("VALID")
        effect, templates = fit_stack_effect(name, number)
        for t in templates:
            if name not in t.used_by:
                t.used_by.append(name)
        ops.append(dict(name=name, number=number, kind=kind, base=BASE_OF.get(name),
                        cache=entries, fmt=fmt, flags=flags, effect=effect,
                        meaning=meaning_of(name, kind)))
    # sanity: numbers are unique except nothing; real/specialized/instrumented fit in a byte
    seen = {}
    for o in ops:
        assert o["number"] not in seen, (o["name"], seen.get(o["number"]))
        seen[o["number"]] = o["name"]
        assert (o["number"] < 256) == (o["kind"] != "PSEUDO")
    return ops


# --------------------------------------------------------------------------------------
# Java output
# --------------------------------------------------------------------------------------

def jstr(s):
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif " " <= ch < "\x7f":
            out.append(ch)
        else:
            out.append("\\u%04x" % ord(ch))
    out.append('"')
    return "".join(out)


def javadoc_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;").replace("@", "&#64;")


def jlist_str(items):
    return "List.of(%s)" % ", ".join(jstr(x) for x in items)


def gen_java(ops):
    L = []
    w = L.append
    w("// Generated by marshal/tools/gen_opcodes.py from CPython %s's opcode tables; do not edit." % sys.version.replace("\n", " "))
    w("// Regenerate: $(pyenv prefix 3.13.0)/bin/python3.13 marshal/tools/gen_opcodes.py  (checked by OpcodeTableTest)")
    w("package dev.jpy.marshal.opcode;")
    w("")
    w("import java.util.HashMap;")
    w("import java.util.List;")
    w("import java.util.Map;")
    w("")
    w("/**")
    w(" * The CPython %d.%d opcode table: every real, specialized, instrumented and pseudo opcode." % sys.version_info[:2])
    w(" *")
    w(" * <p>Flags ({@link #hasArg()} ...) are those CPython's {@code _opcode.has_*} report for the opcode's own")
    w(" * number; like {@code dis}, callers that meet specialized opcodes should look at {@link #deopt()} first.")
    w(" * {@link #cacheEntries()} and {@link #cacheFormat()} are those of the deoptimized opcode (as {@code dis}")
    w(" * computes them), so a specialized opcode reports its base opcode's inline cache.")
    w(" *")
    w(" * <p>{@link #stackEffect(int, boolean)} throws {@link UnsupportedOperationException} for opcodes whose")
    w(" * effect CPython does not define ({@code _opcode.stack_effect} raises): all specialized opcodes and")
    w(" * INSTRUMENTED_LINE; {@link #hasKnownStackEffect()} tells them apart.")
    w(" */")
    w("public enum Opcode {")
    for i, o in enumerate(ops):
        w("    /** %s: %s. */" % (o["name"], javadoc_text(o["meaning"])))
        flags = " | ".join("F." + f for f in o["flags"]) or "0"
        args = [str(o["number"]), "Kind." + o["kind"], jstr(o["base"]) if o["base"] else "null",
                flags, str(o["cache"]), jstr(o["meaning"])]
        args += ["new CacheField(%s, %d)" % (jstr(n), s) for n, s in o["fmt"]]
        w("    %s(%s)%s" % (o["name"], ", ".join(args), ";" if i == len(ops) - 1 else ","))
    w("")
    w("    /** What an opcode is. */")
    w("    public enum Kind {")
    w("        /** a real opcode emitted by the compiler (numbers 0..255 below MIN_INSTRUMENTED_OPCODE) */ REAL,")
    w("        /** a specialized form of a real opcode, written by the adaptive interpreter */ SPECIALIZED,")
    w("        /** an instrumented opcode (number >= MIN_INSTRUMENTED_OPCODE), used by sys.monitoring */ INSTRUMENTED,")
    w("        /** a pseudo instruction of the compiler (number >= 256), never in a code object */ PSEUDO")
    w("    }")
    w("")
    w("    /** The CPython version the table was generated from. */")
    w("    public static final String CPYTHON_VERSION = %s;" % jstr(sys.version.split()[0]))
    w("    /** Opcodes with numbers {@code >= HAVE_ARGUMENT} use their argument (opcode.HAVE_ARGUMENT). */")
    w("    public static final int HAVE_ARGUMENT = %d;" % HAVE_ARGUMENT)
    w("    /** The smallest instrumented opcode number (opcode.MIN_INSTRUMENTED_OPCODE). */")
    w("    public static final int MIN_INSTRUMENTED_OPCODE = %d;" % MIN_INSTRUMENTED)
    w("    /** The binary operators of BINARY_OP, indexed by oparg (_opcode.get_nb_ops()). */")
    w("    public static final List<NbOp> NB_OPS = List.of(")
    nb = _opcode.get_nb_ops()
    for i, (n, s) in enumerate(nb):
        w("            new NbOp(%s, %s)%s" % (jstr(n), jstr(s), "" if i == len(nb) - 1 else ","))
    w("    );")
    w("    /** Names of the CALL_INTRINSIC_1 functions, indexed by oparg (_opcode.get_intrinsic1_descs()). */")
    w("    public static final List<String> INTRINSIC_1_DESCS = %s;" % jlist_str(_opcode.get_intrinsic1_descs()))
    w("    /** Names of the CALL_INTRINSIC_2 functions, indexed by oparg (_opcode.get_intrinsic2_descs()). */")
    w("    public static final List<String> INTRINSIC_2_DESCS = %s;" % jlist_str(_opcode.get_intrinsic2_descs()))
    w("    /** The comparison operators of COMPARE_OP, indexed by oparg >> 5 (opcode.cmp_op). */")
    w("    public static final List<String> CMP_OP = %s;" % jlist_str(opcode.cmp_op))
    w("    /** The function attributes of SET_FUNCTION_ATTRIBUTE, bit i of oparg = item i (dis.FUNCTION_ATTR_FLAGS). */")
    w("    public static final List<String> FUNCTION_ATTR_FLAGS = %s;" % jlist_str(dis.FUNCTION_ATTR_FLAGS))
    w("")
    w("    /** Flag bits (a nested holder so enum constant arguments may use them). */")
    w("    private interface F {")
    bits = [f for f, _ in FLAG_FUNCS] + ["COMPARE", "BACKWARD_JUMP", "VALID"]
    for i, b in enumerate(bits):
        w("        int %s = 1 << %d;" % (b, i))
    w("    }")
    w("")
    w("    private static final Opcode[] BY_NUMBER = new Opcode[256];")
    w("    private static final Opcode[] PSEUDO_BY_NUMBER = new Opcode[%d];" % (max(ALL_OPMAP.values()) - 255))
    w("    private static final Map<String, Opcode> BY_NAME = new HashMap<>();")
    w("    /** dis.opname: names of opmap's opcodes by number (no specialized ones), {@code \"<n>\"} for holes. */")
    w("    private static final String[] OPNAME = new String[%d];" % (max(ALL_OPMAP.values()) + 1))
    w("    /** dis._all_opname: like OPNAME, specialized opcodes included. */")
    w("    private static final String[] ALL_OPNAME = new String[%d];" % (max(ALL_OPMAP.values()) + 1))
    w("")
    w("    static {")
    w("        for (Opcode op : values()) {")
    w("            if (op.kind == Kind.PSEUDO) {")
    w("                PSEUDO_BY_NUMBER[op.number - 256] = op;")
    w("            } else {")
    w("                BY_NUMBER[op.number] = op;")
    w("            }")
    w("            BY_NAME.put(op.name(), op);")
    w("            ALL_OPNAME[op.number] = op.name();")
    w("            if (op.kind != Kind.SPECIALIZED) {")
    w("                OPNAME[op.number] = op.name();")
    w("            }")
    w("        }")
    w("        for (int n = 0; n < OPNAME.length; n++) {")
    w("            if (OPNAME[n] == null) {")
    w("                OPNAME[n] = \"<\" + n + \">\";")
    w("            }")
    w("            if (ALL_OPNAME[n] == null) {")
    w("                ALL_OPNAME[n] = \"<\" + n + \">\";")
    w("            }")
    w("        }")
    w("        for (Opcode op : values()) {")
    w("            op.deopt = op.baseName == null ? op : valueOf(op.baseName);")
    w("        }")
    w("    }")
    w("")
    w("    private final int number;")
    w("    private final Kind kind;")
    w("    private final String baseName;")
    w("    private final int flags;")
    w("    private final int cacheEntries;")
    w("    private final String description;")
    w("    private final List<CacheField> cacheFormat;")
    w("    private Opcode deopt;")
    w("")
    w("    Opcode(int number, Kind kind, String baseName, int flags, int cacheEntries, String description,")
    w("           CacheField... cacheFormat) {")
    w("        this.number = number;")
    w("        this.kind = kind;")
    w("        this.baseName = baseName;")
    w("        this.flags = flags;")
    w("        this.cacheEntries = cacheEntries;")
    w("        this.description = description;")
    w("        this.cacheFormat = List.of(cacheFormat);")
    w("    }")
    w("")
    w("    /**")
    w("     * The real, specialized or instrumented opcode with this number (an O(1) array lookup),")
    w("     * or null if no opcode has that number (pseudo numbers >= 256 included: see {@link #pseudoByNumber}).")
    w("     */")
    w("    public static Opcode byNumber(int n) {")
    w("        return (n & ~0xFF) == 0 ? BY_NUMBER[n] : null;")
    w("    }")
    w("")
    w("    /** The pseudo opcode with this number (>= 256), or null. */")
    w("    public static Opcode pseudoByNumber(int n) {")
    w("        int i = n - 256;")
    w("        return i >= 0 && i < PSEUDO_BY_NUMBER.length ? PSEUDO_BY_NUMBER[i] : null;")
    w("    }")
    w("")
    w("    /** The opcode of any kind with this CPython name, or null (unlike {@link #valueOf}, which throws). */")
    w("    public static Opcode byName(String name) {")
    w("        return BY_NAME.get(name);")
    w("    }")
    w("")
    w("    /**")
    w("     * {@code dis.opname[n]}: the name of the real, instrumented or pseudo opcode numbered n, or {@code \"<n>\"}")
    w("     * for a number that opcode.opmap does not use (specialized numbers included, exactly as in dis's list;")
    w("     * see {@link #allOpname}). Numbers beyond the list (where dis would raise IndexError) also give {@code \"<n>\"}.")
    w("     */")
    w("    public static String opname(int n) {")
    w("        return n >= 0 && n < OPNAME.length ? OPNAME[n] : \"<\" + n + \">\";")
    w("    }")
    w("")
    w("    /**")
    w("     * {@code dis._all_opname[n]}: like {@link #opname} but specialized opcodes have their names too")
    w("     * (what dis shows for an instruction of adaptive code).")
    w("     */")
    w("    public static String allOpname(int n) {")
    w("        return n >= 0 && n < ALL_OPNAME.length ? ALL_OPNAME[n] : \"<\" + n + \">\";")
    w("    }")
    w("")
    w("    /** The opcode number (0..255, or >= 256 for pseudo opcodes). */")
    w("    public int number() { return number; }")
    w("    /** What kind of opcode this is. */")
    w("    public Kind kind() { return kind; }")
    w("    /** One line saying what the instruction does. */")
    w("    public String description() { return description; }")
    w("    /** Number of 16-bit inline cache entries that follow the instruction (those of {@link #deopt()}). */")
    w("    public int cacheEntries() { return cacheEntries; }")
    w("    /** The layout of the inline cache, in order (for {@code dis -C}); empty if none. */")
    w("    public List<CacheField> cacheFormat() { return cacheFormat; }")
    w("    /** The base opcode of a specialized opcode; the opcode itself for every other kind. */")
    w("    public Opcode deopt() { return deopt; }")
    w("    /** Whether this opcode is a specialized form of another one. */")
    w("    public boolean isSpecialized() { return kind == Kind.SPECIALIZED; }")
    w("    /** Whether this opcode is instrumented (number >= MIN_INSTRUMENTED_OPCODE, not pseudo). */")
    w("    public boolean isInstrumented() { return kind == Kind.INSTRUMENTED; }")
    w("    /** Whether this is a pseudo opcode of the compiler. */")
    w("    public boolean isPseudo() { return kind == Kind.PSEUDO; }")
    for f, fn in FLAG_FUNCS:
        meth = "has" + f.capitalize()
        w("    /** {@code _opcode.%s(number())}. */" % fn)
        w("    public boolean %s() { return (flags & F.%s) != 0; }" % (meth, f))
    w("    /** Whether the argument selects a comparison (opcode.hascompare, i.e. COMPARE_OP). */")
    w("    public boolean hasCompare() { return (flags & F.COMPARE) != 0; }")
    w("    /** Whether the jump argument counts backward (dis: JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT). */")
    w("    public boolean isBackwardJump() { return (flags & F.BACKWARD_JUMP) != 0; }")
    w("    /** {@code _opcode.is_valid(number())} (false only for INSTRUMENTED_LINE). */")
    w("    public boolean isValid() { return (flags & F.VALID) != 0; }")
    w("")
    unknown = [o["name"] for o in ops if o["effect"] is None]
    w("    /** Whether CPython defines a stack effect for this opcode (false for %d opcodes). */" % len(unknown))
    w("    public boolean hasKnownStackEffect() {")
    w("        return switch (this) {")
    lines = wrap_case(unknown)
    for ln in lines[:-1]:
        w("            " + ln)
    w("            %s -> false;" % lines[-1])
    w("            default -> true;")
    w("        };")
    w("    }")
    w("")
    w("    /**")
    w("     * The net stack effect, {@code _opcode.stack_effect(number(), oparg, jump=jump)}.")
    w("     *")
    w("     * @param oparg the full argument (after EXTENDED_ARG), {@code >= 0}; ignored by opcodes without one")
    w("     * @param jump  whether the branch is taken (only jumps and SETUP_* pseudo ops care)")
    w("     * @throws IllegalArgumentException if {@code oparg < 0}")
    w("     * @throws UnsupportedOperationException if CPython defines no stack effect for this opcode")
    w("     *         (see {@link #hasKnownStackEffect()})")
    w("     */")
    w("    public int stackEffect(int oparg, boolean jump) {")
    w("        if (oparg < 0) {")
    w("            throw new IllegalArgumentException(\"negative oparg \" + oparg + \" for \" + name());")
    w("        }")
    w("        return switch (this) {")
    groups = {}
    for o in ops:
        groups.setdefault(o["effect"], []).append(o["name"])

    def group_key(item):  # constants ascending, then formulas, then the unknown ones
        expr = item[0]
        if expr is None:
            return (2, 0, "")
        if _is_int(expr):
            return (0, int(expr), "")
        return (1, 0, expr)

    for expr, names in sorted(groups.items(), key=group_key):
        if expr is None:
            continue  # the default branch, listed once in hasKnownStackEffect()
        lines = wrap_case(names)
        for ln in lines[:-1]:
            w("            " + ln)
        w("            %s -> %s;" % (lines[-1], expr))
    w("            default -> throw new UnsupportedOperationException(\"CPython defines no stack effect for \" + name());")
    w("        };")
    w("    }")
    w("")
    w("    /** {@code _opcode.stack_effect(number(), oparg)} with jump=None: the larger of both branches. */")
    w("    public int maxStackEffect(int oparg) {")
    w("        return Math.max(stackEffect(oparg, true), stackEffect(oparg, false));")
    w("    }")
    w("}")
    return "\n".join(L) + "\n"


def wrap_case(names, width=100):
    lines, cur = [], "case "
    for i, n in enumerate(names):
        piece = n + ("," if i < len(names) - 1 else "")
        if len(cur) + len(piece) + 13 > width and cur.strip() != "case":
            lines.append(cur.rstrip())
            cur = "     "
        cur += piece + " "
    lines.append(cur.rstrip())
    return lines


# --------------------------------------------------------------------------------------
# Golden JSON: CPython's own view, independent of the fitting above
# --------------------------------------------------------------------------------------

def golden():
    numbers = sorted(set(ALL_OPMAP.values()))
    probe = range(0, max(numbers) + 33)  # every number, holes and a margin included
    effects = {}
    for name, number in sorted(ALL_OPMAP.items(), key=lambda kv: kv[1]):
        per = {}
        for a in list(GOLDEN_DENSE) + GOLDEN_SPARSE:
            t, f = sample(number, a, True), sample(number, a, False)
            per[str(a)] = None if t is None and f is None else [t, f]
        effects[name] = per
    g = {
        "_comment": "CPython-side truth for OpcodeTableTest, written by marshal/tools/gen_opcodes.py; do not edit.",
        "python_version": sys.version.split()[0],
        "HAVE_ARGUMENT": opcode.HAVE_ARGUMENT,
        "MIN_INSTRUMENTED_OPCODE": opcode.MIN_INSTRUMENTED_OPCODE,
        "EXTENDED_ARG": opcode.EXTENDED_ARG,
        "opmap": ALL_OPMAP,
        "real_opmap": dict(opcode.opmap),
        "specialized_opmap": SPECIALIZED,
        "specializations": _opcode_metadata._specializations,
        "opname": list(dis.opname),
        "all_opname": list(dis._all_opname),
        "inline_cache_entries": dict(opcode._inline_cache_entries),
        "cache_format": {k: [[n, s] for n, s in v.items()] for k, v in opcode._cache_format.items()},
        "hasarg": opcode.hasarg, "hasconst": opcode.hasconst, "hasname": opcode.hasname,
        "hasjump": opcode.hasjump, "hasjrel": opcode.hasjrel, "hasjabs": opcode.hasjabs,
        "hasfree": opcode.hasfree, "haslocal": opcode.haslocal, "hasexc": opcode.hasexc,
        "hascompare": opcode.hascompare,
        "_opcode_flags": {fn: [n for n in probe if getattr(_opcode, fn)(n)]
                          for fn in ["has_arg", "has_const", "has_name", "has_jump", "has_free",
                                     "has_local", "has_exc", "is_valid"]},
        "_opcode_flags_probed": [probe.start, probe.stop - 1],
        "backward_jumps": [n for n in range(256) if dis._is_backward_jump(n)],
        "nb_ops": [list(p) for p in _opcode.get_nb_ops()],
        "intrinsic1_descs": list(_opcode.get_intrinsic1_descs()),
        "intrinsic2_descs": list(_opcode.get_intrinsic2_descs()),
        "cmp_op": list(opcode.cmp_op),
        "function_attr_flags": list(dis.FUNCTION_ATTR_FLAGS),
        "stack_effect_doc": "name -> {oparg: [effect with jump=True, effect with jump=False] or null if _opcode.stack_effect raises}",
        "stack_effects": effects,
    }
    # one top-level key per line, the per-opcode stack effects one opcode per line
    parts = []
    for k, v in g.items():
        if k == "stack_effects":
            inner = ",\n".join("    %s: %s" % (json.dumps(n), json.dumps(e, separators=(",", ":")))
                               for n, e in v.items())
            parts.append("  %s: {\n%s\n  }" % (json.dumps(k), inner))
        else:
            parts.append("  %s: %s" % (json.dumps(k), json.dumps(v, separators=(", ", ": "))))
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main():
    ops = collect()
    java = gen_java(ops)
    os.makedirs(os.path.dirname(JAVA_OUT), exist_ok=True)
    os.makedirs(os.path.dirname(JSON_OUT), exist_ok=True)
    with open(JAVA_OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(java)
    text = golden()
    with open(JSON_OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    kinds = {}
    for o in ops:
        kinds[o["kind"]] = kinds.get(o["kind"], 0) + 1
    print("wrote %s (%d opcodes: %s)" % (os.path.relpath(JAVA_OUT, ROOT), len(ops),
                                         ", ".join("%d %s" % (c, k) for k, c in sorted(kinds.items()))))
    print("wrote %s (%d bytes)" % (os.path.relpath(JSON_OUT, ROOT), len(text.encode())))
    print("stack-effect templates used:")
    for t in STACK_EFFECT_TEMPLATES:
        if t.used_by:
            print("  %-22s %-36s %s" % (t.name, t.shape, ", ".join(t.used_by)))
    print("  unknown (stack_effect raises): %d opcodes" % sum(1 for o in ops if o["effect"] is None))


if __name__ == "__main__":
    main()
