"""Prints, for every .pyc under a directory, what CPython's dis.dis shows for it, as a digest.

Used by StdlibDisTest: one Python process for the whole stdlib. Each line is
"<path>\t<sha256 of the listing>\t<length>", where the listing is dis.dis(marshal.loads(data[16:]))
with every ' at 0x...' address replaced by ' at 0x?'. With --full PATH it prints one file's listing.
"""
import dis, hashlib, io, marshal, os, re, sys

ADDRESS = re.compile(r' at 0x[0-9a-f]+')


def listing(path, opts):
    with open(path, 'rb') as f:
        data = f.read()
    out = io.StringIO()
    dis.dis(marshal.loads(data[16:]), file=out, show_caches='C' in opts, show_offsets='O' in opts)
    return ADDRESS.sub(' at 0x?', out.getvalue())


def main():
    opts = sys.argv[2] if len(sys.argv) > 2 else ''
    if sys.argv[1] == '--full':
        sys.stdout.write(listing(sys.argv[3], sys.argv[2] if len(sys.argv) > 3 else ''))
        return
    for dirpath, dirnames, filenames in os.walk(sys.argv[1]):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith('.pyc'):
                path = os.path.join(dirpath, name)
                text = listing(path, opts).encode('utf-8', 'surrogatepass')
                print(f"{path}\t{hashlib.sha256(text).hexdigest()}\t{len(text)}", flush=False)
    sys.stdout.flush()


main()
