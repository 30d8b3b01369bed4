"""For ParseStdlibTest: print 'REL<TAB>sha256(ast.dump(tree, include_attributes=True, indent=1))' for
every .py under ROOT (site-packages excluded, sorted). Files CPython rejects print 'REL<TAB>ERROR'.
Usage: python3.13 ast_hashes.py ROOT [type_comments]  (the second argument parses with type_comments=True)."""
import ast
import hashlib
import os
import sys
import warnings

warnings.simplefilter("ignore")
root = sys.argv[1]
type_comments = sys.argv[2:] == ["type_comments"]
rels = []
for d, dirs, files in os.walk(root):
    for f in files:
        if f.endswith(".py"):
            rel = os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/")
            if not rel.startswith("site-packages/"):
                rels.append(rel)
for rel in sorted(rels):
    with open(os.path.join(root, rel), "rb") as fh:
        src = fh.read()
    try:
        dump = ast.dump(ast.parse(src, rel, type_comments=type_comments), include_attributes=True, indent=1)
        h = hashlib.sha256(dump.encode("utf-8")).hexdigest()
    except (SyntaxError, ValueError, UnicodeDecodeError):
        h = "ERROR"
    sys.stdout.write(rel + "\t" + h + "\n")
