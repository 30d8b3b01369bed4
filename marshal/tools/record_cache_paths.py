"""Records CPython 3.13's importlib cache-path rules into fixtures/golden/cache_paths.json.

Run with CPython 3.13 from the repository root:
    $(pyenv prefix 3.13.0)/bin/python3.13 marshal/tools/record_cache_paths.py
Each case gives a source path, an optimization level, a pycache prefix (or null) and the working
directory, with what cache_from_source returns; and cache paths with what source_from_cache
returns or the ValueError it raises.
"""
import importlib.util, json, os, sys, tempfile

if sys.version_info[:2] != (3, 13):
    sys.exit("record_cache_paths.py must run under CPython 3.13, not " + sys.version.split()[0])

SOURCES = ["foo.py", "pkg/mod.py", "/abs/dir/mod.py", "./rel/x.py", "a/b/c/d.py", "noext", "dir/noext",
           ".hidden.py", "dir/.hidden", "double.ext.py", "dir.with.dots/m.py", "/m.py", "pkg//two.py",
           "trail/x.pyw", "ünï/cödé.py"]
OPTS = ["", "1", "2"]
PREFIXES = [None, "/tmp/pfx", "/tmp/pfx/", "relprefix"]

work = os.path.join(tempfile.gettempdir(), "jpy-cache-paths-cwd")
os.makedirs(work, exist_ok=True)
os.chdir(work)
cwd = os.getcwd()
cases = []
for prefix in PREFIXES:
    sys.pycache_prefix = prefix
    for src in SOURCES:
        for opt in OPTS:
            cases.append({"source": src, "optimization": opt, "prefix": prefix, "cwd": cwd,
                          "cache": importlib.util.cache_from_source(src, optimization=opt)})
back = []
for prefix in [None, "/tmp/pfx"]:
    sys.pycache_prefix = prefix
    for pyc in ["__pycache__/foo.cpython-313.pyc", "a/__pycache__/m.cpython-313.opt-1.pyc",
                "/x/__pycache__/m.cpython-313.opt-2.pyc", "a/m.cpython-313.pyc", "__pycache__/foo.pyc",
                "__pycache__/a.b.c.d.e.pyc", "__pycache__/m.cpython-313.xpt-1.pyc",
                "__pycache__/m.cpython-313.opt-.pyc", "/tmp/pfx/abs/dir/mod.cpython-313.pyc",
                "/tmp/pfx/abs/dir/mod.cpython-313.opt-1.pyc"]:
        try:
            back.append({"cache": pyc, "prefix": prefix, "source": importlib.util.source_from_cache(pyc)})
        except ValueError as e:
            back.append({"cache": pyc, "prefix": prefix, "error": str(e)})
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "fixtures", "golden", "cache_paths.json")
with open(os.path.normpath(out), "w", encoding="utf-8") as f:
    json.dump({"python": sys.version, "cache_from_source": cases, "source_from_cache": back}, f, indent=1,
              ensure_ascii=False)
    f.write("\n")
print("wrote", os.path.normpath(out), len(cases), "+", len(back), "cases")
