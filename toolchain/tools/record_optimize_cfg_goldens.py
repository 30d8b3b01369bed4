#!/usr/bin/env python3.13
"""Record CPython 3.13's _testinternalcapi.optimize_cfg on crafted instruction sequences that use fast locals
(LOAD_FAST_CHECK, superinstructions, DELETE_FAST, LOAD_FAST_AND_CLEAR, many locals), which module-level code
never has.

Usage (from the repository root):

    $(pyenv prefix 3.13.0)/bin/python3.13 toolchain/tools/record_optimize_cfg_goldens.py

Writes fixtures/golden/cfg/optimize_cfg.json.gz: for each case the input instructions (jump arguments are
instruction indices), consts (marshal, base64), nlocals, and optimize_cfg's output instructions and consts.
The cases come from a fixed-seed random generator, so re-running gives the same file.
"""
import sys, os

if sys.version_info[:2] != (3, 13):
    sys.exit("must run under CPython 3.13")

import base64, dis, gzip, json, marshal, random
import _testinternalcapi

OP = dis._all_opmap
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CONSTS = [None, 0, 1, "a", True, (), (1, 2)]


def make_case(rnd):
    nlocals = rnd.choice([1, 2, 3, 5, 8, 17, 66, 70])
    n = rnd.randint(3, 40)
    body = []  # (opname, arg or label number, line)
    nlabels = rnd.randint(0, 4)
    for _ in range(n):
        line = rnd.randint(1, 6)
        r = rnd.random()
        local = rnd.randrange(nlocals)
        if r < 0.30:
            body.append(("LOAD_FAST", local, line))
        elif r < 0.50:
            body.append(("STORE_FAST", local, line))
        elif r < 0.55:
            body.append(("DELETE_FAST", local, line))
        elif r < 0.58:
            body.append(("LOAD_FAST_AND_CLEAR", local, line))
        elif r < 0.60:
            body.append(("STORE_FAST_MAYBE_NULL", local, line))
        elif r < 0.70:
            body.append(("LOAD_CONST", rnd.randrange(len(CONSTS)), line))
        elif r < 0.76:
            body.append(("POP_TOP", 0, line))
        elif r < 0.80:
            body.append(("NOP", 0, line))
        elif r < 0.88 and nlabels:
            body.append(("POP_JUMP_IF_FALSE", rnd.randrange(nlabels), line))
        elif r < 0.93 and nlabels:
            body.append(("JUMP", rnd.randrange(nlabels), line))
        elif r < 0.96:
            body.append(("LABEL", rnd.randrange(nlabels) if nlabels else None, line))
        else:
            body.append(("RETURN_VALUE", 0, line))
    body.append(("RETURN_VALUE", 0, rnd.randint(1, 6)))
    # bind every label exactly once, at a random LABEL marker or before the final return
    placed = set()
    seq = _testinternalcapi.new_instruction_sequence()
    labels = [seq.new_label() for _ in range(nlabels)]
    instrs = []
    pending = []
    for name, arg, line in body:
        if name == "LABEL":
            if arg is not None and arg not in placed:
                placed.add(arg)
                pending.append(arg)
            continue
        if name == "RETURN_VALUE" and len(instrs) == len([b for b in body if b[0] != "LABEL"]) - 1:
            for l in range(nlabels):
                if l not in placed:
                    placed.add(l)
                    pending.append(l)
        instrs.append((name, arg, line, list(pending)))
        pending = []
    for name, arg, line, bound in instrs:
        for l in bound:
            seq.use_label(labels[l])
        oparg = labels[arg] if name in ("POP_JUMP_IF_FALSE", "JUMP") else arg
        seq.addop(OP[name], oparg, line, line, 0, 3)
    # the input as index-targeted tuples, the way the codegen recordings give them
    label_at = {}
    for idx, (_, _, _, bound) in enumerate(instrs):
        for l in bound:
            label_at[l] = idx
    inp = [[OP[name], label_at[arg] if name in ("POP_JUMP_IF_FALSE", "JUMP") else arg, line, line, 0, 3]
           for name, arg, line, _ in instrs]
    assert [tuple(r) for r in inp] == [(op, a if a is not None else 0, *loc) for op, a, *loc in seq.get_instructions()]
    consts = list(CONSTS)
    out = _testinternalcapi.optimize_cfg(seq, consts, nlocals)
    return {
        "instrs": inp,
        "consts_marshal": base64.b64encode(marshal.dumps(tuple(CONSTS))).decode(),
        "nlocals": nlocals,
        "expected": [[op, arg if arg is not None else 0, l, el, c, ec]
                     for op, arg, l, el, c, ec in out.get_instructions()],
        "expected_consts_marshal": base64.b64encode(marshal.dumps(tuple(consts))).decode(),
    }


def main():
    rnd = random.Random(313)
    cases = [make_case(rnd) for _ in range(400)]
    dest = os.path.join(ROOT, "fixtures", "golden", "cfg", "optimize_cfg.json.gz")
    with gzip.GzipFile(dest, "wb", mtime=0) as f:
        f.write(json.dumps(cases, separators=(",", ":")).encode())
    print(f"{len(cases)} cases -> {dest} ({os.path.getsize(dest)} bytes)")


main()
