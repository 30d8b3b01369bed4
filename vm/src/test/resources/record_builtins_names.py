"""Records dir(builtins) of CPython 3.13 (each name, what kind of value it is, a class's bases) for BuiltinsNamesTest.

Re-run: $(pyenv prefix 3.13.0)/bin/python3.13 vm/src/test/resources/record_builtins_names.py  (from the repository root)
Writes fixtures/golden/builtins_names.json.
"""
import builtins
import json
import os
import sys

assert sys.version_info[:2] == (3, 13), "record with CPython 3.13"
out = []
for name in dir(builtins):
    v = getattr(builtins, name)
    rec = {"name": name, "kind": "class" if isinstance(v, type) else type(v).__name__}
    if isinstance(v, type):
        rec["bases"] = [b.__name__ for b in v.__bases__]
    out.append(rec)
path = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "fixtures", "golden", "builtins_names.json")
with open(os.path.normpath(path), "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
