"""Precompiles the Python halves of jpy's native modules (vm/src/main/resources/dev/jpy/vm/lib/*.py) to
checked-hash .pyc files beside them, so a run loads their code instead of compiling it in a cold JVM.
dev.jpy.vm.builtins.PySource uses a .pyc only while its source hash matches the .py (else it compiles the
source), and LibPycTest fails when one is stale.

Re-run after editing a lib/*.py: $(pyenv prefix 3.13.0)/bin/python3.13 vm/tools/compile_lib.py
"""
import glob
import os
import py_compile
import sys

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'main', 'resources', 'dev', 'jpy', 'vm', 'lib')


def main():
    assert sys.version_info[:2] == (3, 13), "compile with CPython 3.13"
    for src in sorted(glob.glob(os.path.join(LIB, '*.py'))):
        name = os.path.basename(src)[:-3]
        py_compile.compile(src, cfile=os.path.join(LIB, name + '.pyc'), dfile='<jpy ' + name + '>', doraise=True,
                           invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
        print(name)


if __name__ == '__main__':
    main()
