"""jpy's struct module: pack, unpack, calcsize and Struct over the format codes and byte orders of CPython's struct (_float_bits/_bits_float in StructModule)."""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


_NATIVE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8,
           'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_STANDARD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8,
             'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SIGNED = frozenset('bhilqn')


def _parse(fmt):
    """(order, [(code, count, offset)], size) of a format."""
    if isinstance(fmt, (bytes, bytearray)):
        fmt = bytes(fmt).decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    order = '@'
    i = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        order = fmt[0]
        i = 1
    sizes = _NATIVE if order == '@' else _STANDARD
    items = []
    offset = 0
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        while c.isdigit() and c.isascii():
            count = (count or 0) * 10 + int(c)
            i += 1
            if i >= len(fmt):
                raise error('repeat count given without format specifier')
            c = fmt[i]
        i += 1
        if c not in sizes:
            raise error('bad char in struct format')
        n = 1 if count is None else count
        size = sizes[c]
        if order == '@' and c not in 'xcsp?bB':
            offset = (offset + size - 1) // size * size
        items.append((c, n, offset))
        offset += size * n
    return order, items, offset


def _int_arg(code, v, size, signed):
    if not isinstance(v, int):
        if hasattr(v, '__index__') and not isinstance(v, float):
            v = v.__index__()
        else:
            raise error('required argument is not an integer')
    bits = 8 * size
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    if not lo <= v <= hi:
        raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
    return int(v)


class Struct:
    """A compiled struct format."""

    def __init__(self, format):
        self.format = format if isinstance(format, str) else bytes(format).decode('latin-1')
        self._order, self._items, self.size = _parse(format)
        self._little = self._order in ('<', '=', '@')
        self._std = self._order != '@'
        self._nargs = sum(0 if c == 'x' else (1 if c in 'sp' else n) for c, n, _ in self._items)

    def __repr__(self):
        return 'Struct(%r)' % self.format

    def _sizes(self):
        return _STANDARD if self._std else _NATIVE

    def pack(self, *values):
        if len(values) != self._nargs:
            raise error('pack expected %d items for packing (got %d)' % (self._nargs, len(values)))
        out = bytearray(self.size)
        self._pack_into(out, 0, values)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        if len(values) != self._nargs:
            raise error('pack expected %d items for packing (got %d)' % (self._nargs, len(values)))
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self.size + offset, self.size, offset, len(buffer)))
        self._pack_into(buffer, offset, values)

    def _pack_into(self, out, base, values):
        order = 'little' if self._little else 'big'
        sizes = self._sizes()
        k = 0
        for c, n, off in self._items:
            at = base + off
            size = sizes[c]
            if c == 'x':
                continue
            if c in 'sp':
                v = values[k]
                k += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % c)
                if c == 'p':
                    data = bytes(v)[:max(n - 1, 0)][:255]
                    if n:
                        out[at] = min(len(data), 255)
                        out[at + 1:at + 1 + len(data)] = data
                else:
                    data = bytes(v)[:n]
                    out[at:at + len(data)] = data
                continue
            for j in range(n):
                v = values[k]
                k += 1
                pos = at + j * size
                if c == 'c':
                    if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                        raise error('char format requires a bytes object of length 1')
                    out[pos] = v[0]
                elif c == '?':
                    out[pos] = 1 if v else 0
                elif c in 'efd':
                    if not isinstance(v, (int, float)) and not hasattr(v, '__float__'):
                        raise error('required argument is not a float')
                    bits = _float_bits(float(v), size) & ((1 << 8 * size) - 1)
                    out[pos:pos + size] = bits.to_bytes(size, order)
                else:
                    v = _int_arg(c, v, size, c in _SIGNED)
                    out[pos:pos + size] = v.to_bytes(size, order, signed=c in _SIGNED)

    def unpack(self, buffer):
        data = bytes(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = bytes(buffer)
        if offset < 0:
            offset += len(data)
        if len(data) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self.size + offset, self.size, offset, len(data)))
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        data = bytes(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self.size)
        return (self._unpack(data, i) for i in range(0, len(data), self.size))

    def _unpack(self, data, base):
        order = 'little' if self._little else 'big'
        sizes = self._sizes()
        out = []
        for c, n, off in self._items:
            at = base + off
            size = sizes[c]
            if c == 'x':
                continue
            if c == 's':
                out.append(data[at:at + n])
                continue
            if c == 'p':
                if n:
                    length = min(data[at], n - 1)
                    out.append(data[at + 1:at + 1 + length])
                else:
                    out.append(b'')
                continue
            for j in range(n):
                chunk = data[at + j * size:at + (j + 1) * size]
                if c == 'c':
                    out.append(chunk)
                elif c == '?':
                    out.append(chunk != b'\x00')
                elif c in 'efd':
                    out.append(_bits_float(int.from_bytes(chunk, order), size))
                else:
                    out.append(int.from_bytes(chunk, order, signed=c in _SIGNED))
        return tuple(out)


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
