"""Writes, for every .py file under a directory, CPython's compile(src, path, 'exec') as marshal data.

Used by LibCorpusCompileTest: one CPython 3.13 process for the whole Lib, so the Java test compares
jpy's code objects with CPython's field by field without starting Python per file. Run by hand:
  python3.13 lib_marshal.py "$(pyenv prefix 3.13.0)/lib/python3.13" > out.bin
site-packages is skipped. Output, per file, in walk order (directories and names sorted):
  u32 length + UTF-8 path, one status byte ('C' compiled, 'E' CPython raised), u32 length + payload
(marshal.dumps of the module code object, or the exception's "Type: message" in UTF-8). u32 is
big-endian.
"""
import marshal, os, struct, sys


def frame(out, data):
    out.write(struct.pack('>I', len(data)))
    out.write(data)


def main():
    root = sys.argv[1]
    out = sys.stdout.buffer
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        if 'site-packages' in dirnames:
            dirnames.remove('site-packages')
        for name in sorted(filenames):
            if not name.endswith('.py'):
                continue
            path = os.path.join(dirpath, name)
            with open(path, 'rb') as f:
                src = f.read()
            try:
                payload = marshal.dumps(compile(src, path, 'exec', dont_inherit=True))
                status = b'C'
            except Exception as e:
                payload = f'{type(e).__name__}: {e}'.encode('utf-8', 'surrogatepass')
                status = b'E'
            frame(out, path.encode('utf-8', 'surrogateescape'))
            out.write(status)
            frame(out, payload)
    out.flush()


if __name__ == '__main__':
    main()
