"""Prints 'relpath<TAB>sha256 of ast.dump(ast.parse(src, optimize=1))' ('ERROR' if rejected) for Lib."""
import ast, hashlib, os, sys
root = sys.argv[1]
for d, dirs, files in os.walk(root):
    dirs[:] = sorted(x for x in dirs if x != "site-packages")
    for f in sorted(files):
        if not f.endswith(".py"):
            continue
        p = os.path.join(d, f)
        rel = os.path.relpath(p, root)
        try:
            h = hashlib.sha256(ast.dump(ast.parse(open(p, "rb").read(), optimize=1)).encode()).hexdigest()
        except Exception:
            h = "ERROR"
        print(rel + "\t" + h, flush=True)
