#!/usr/bin/env python3.13
"""Record CPython 3.13's codegen output and final module code objects, for the flowgraph/assembler tests.

Usage (from the repository root):

    $(pyenv prefix 3.13.0)/bin/python3.13 toolchain/tools/record_cfg_goldens.py

Writes fixtures/golden/cfg/module_units.json.gz: one record per source file (the 24 fixtures/src/*.py
and a deterministic sample of the CPython 3.13 Lib), holding the MODULE unit's codegen instructions
(from _testinternalcapi.compiler_codegen, jump targets as instruction indices), its metadata, and the
marshal of compile(src, filename, 'exec'). Consts are stored as the marshal of a tuple in index order
with code objects replaced by None; "code_consts" maps those indices to the index of the equal code
object in the expected code's co_consts (so nested code objects are stored once). Re-executes itself
with PYTHONHASHSEED=0 so set orders are reproducible.
"""
import sys, os

if sys.version_info[:2] != (3, 13):
    sys.exit("must run under CPython 3.13")
if os.environ.get("PYTHONHASHSEED") != "0":
    env = dict(os.environ, PYTHONHASHSEED="0")
    os.execve(sys.executable, [sys.executable] + sys.argv, env)

import ast, base64, glob, gzip, json, marshal, sysconfig
import _testinternalcapi

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LIB = sysconfig.get_paths()["stdlib"]
SAMPLE = 300


def const_value(key):
    # _PyCode_ConstantKey: scalars become (type, value, ...), tuples and frozensets (keys, value);
    # int, str, None, Ellipsis and code objects stay themselves
    return key[1] if isinstance(key, tuple) else key


def b64(b):
    return base64.b64encode(b).decode()


def record(path, rel):
    with open(path, "rb") as f:
        src = f.read()
    try:
        code = compile(src, rel, "exec", dont_inherit=True)
        seq, md = _testinternalcapi.compiler_codegen(ast.parse(src, rel), rel, 0)
    except (SyntaxError, ValueError, RecursionError):
        return None
    consts = [None] * len(md["consts"])
    for k, i in md["consts"].items():
        consts[i] = const_value(k)
    code_consts = {}
    plain = []
    for i, c in enumerate(consts):
        if isinstance(c, type(code)):
            code_consts[str(i)] = next(j for j, d in enumerate(code.co_consts) if d == c)
            plain.append(None)
        else:
            plain.append(c)

    def table(name):
        d = md[name]
        out = [None] * len(d)
        for k, i in d.items():
            out[i] = k
        return out

    return {
        "file": rel,
        "instrs": [[op, arg if arg is not None else 0, l, el, c, ec]
                   for op, arg, l, el, c, ec in seq.get_instructions()],
        "name": md["name"],
        "consts_marshal": b64(marshal.dumps(tuple(plain))),
        "code_consts": code_consts,
        "names": table("names"),
        "varnames": table("varnames"),
        "cellvars": table("cellvars"),
        "freevars": table("freevars"),
        "argcount": md["argcount"],
        "posonlyargcount": md["posonlyargcount"],
        "kwonlyargcount": md["kwonlyargcount"],
        "firstlineno": code.co_firstlineno,
        "flags": code.co_flags,
        "expected_marshal": b64(marshal.dumps(code)),
    }


def main():
    files = [(p, "fixtures/src/" + os.path.basename(p))
             for p in sorted(glob.glob(os.path.join(ROOT, "fixtures", "src", "*.py")))]
    lib = sorted(glob.glob(os.path.join(LIB, "**", "*.py"), recursive=True))
    lib = [p for p in lib if "site-packages" not in p and os.path.getsize(p) < 60000]
    step = max(1, len(lib) // SAMPLE)
    files += [(p, os.path.relpath(p, LIB)) for p in lib[::step][:SAMPLE]]
    out = [r for r in (record(p, rel) for p, rel in files) if r is not None]
    dest = os.path.join(ROOT, "fixtures", "golden", "cfg", "module_units.json.gz")
    with gzip.GzipFile(dest, "wb", mtime=0) as f:
        f.write(json.dumps(out, separators=(",", ":")).encode())
    print(f"{len(out)} units -> {dest} ({os.path.getsize(dest)} bytes)")


main()
