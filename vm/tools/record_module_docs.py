"""Records CPython 3.13's module docstrings for jpy's native modules (and builtins) into
vm/src/main/resources/dev/jpy/vm/builtins/docs/NAME.txt (UTF-8, one file per module, none when CPython's is None),
which dev.jpy.vm.builtins.ModuleDunders reads (only for the modules a program imports) to give each native module
CPython's __doc__. os.path is recorded under its own name (posixpath's docstring). It also writes
vm/src/main/resources/dev/jpy/vm/run/stdlib_module_names.txt (sys.stdlib_module_names, one a line), which
NameError's "Did you forget to import 'x'?" hint reads.

Re-run after adding a native module: $(pyenv prefix 3.13.0)/bin/python3.13 vm/tools/record_module_docs.py
"""
import importlib
import os
import sys

NAMES = ['builtins', 'abc', 'asyncio', 'bisect', 'collections.abc', 'collections', 'contextlib', 'copy', 'dataclasses',
         'decimal', 'enum', 'fractions', 'functools', '__future__', 'heapq', 'importlib', 'io', 'itertools', 'json',
         'marshal', 'math', 'operator', 'os', 'os.path', 'random', 're', 'statistics', 'string', 'struct', 'sys',
         'textwrap', 'time', 'datetime', 'types', 'typing', 'warnings', 'logging', 'logging.handlers', 'logging.config', 'pprint', 'weakref', 'atexit', 'gc']
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'main', 'resources', 'dev', 'jpy', 'vm',
                   'builtins', 'docs')


def main():
    assert sys.version_info[:2] == (3, 13), "record with CPython 3.13"
    os.makedirs(OUT, exist_ok=True)
    n = 0
    for name in NAMES:
        doc = importlib.import_module(name).__doc__
        path = os.path.join(OUT, name + '.txt')
        if doc is None:
            if os.path.exists(path):
                os.remove(path)
            continue
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(doc)
        n += 1
    print(n, 'docstrings of', len(NAMES), 'modules')
    names = os.path.join(OUT, '..', '..', 'run', 'stdlib_module_names.txt')
    with open(names, 'w', encoding='utf-8') as f:
        f.write(''.join(n + '\n' for n in sorted(sys.stdlib_module_names)))
    print(len(sys.stdlib_module_names), 'stdlib module names')


if __name__ == '__main__':
    main()
