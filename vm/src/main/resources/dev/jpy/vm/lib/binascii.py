# jpy's binascii (run by dev.jpy.vm.builtins.BinasciiModule): base64 and hex conversions and crc32 with CPython
# 3.13's results and error messages, written in Python.

class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = [255] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
del _i, _c


def _bytes(data, fname):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'") from None


def _buffer(data):
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def b2a_base64(data, /, *, newline=True):
    data = _buffer(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = data[i] << 16 | data[i + 1] << 8 | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63])) + b'=='
    elif rest == 2:
        n = data[-2] << 16 | data[-1] << 8
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    data = _bytes(data, 'a2b_base64')
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad = left = pads = 0
    padding_started = False
    for i, c in enumerate(data):
        if c == 0x3D:
            padding_started = True
            if strict_mode and quad == 0:
                raise Error('Excess padding not allowed')
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VALUE[c]
        if v == 255:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad == 0:
            left, quad = v, 1
        elif quad == 1:
            out.append((left << 2 | v >> 4) & 255)
            left, quad = v & 15, 2
        elif quad == 2:
            out.append((left << 4 | v >> 2) & 255)
            left, quad = v & 3, 3
        else:
            out.append((left << 6 | v) & 255)
            left, quad = 0, 0
    if quad == 1:
        raise Error(f'Invalid base64-encoded string: number of data characters ({len(out) // 3 * 4 + 1}) '
                    'cannot be 1 more than a multiple of 4')
    if quad:
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _buffer(data)
    return (data.hex() if sep is None else data.hex(sep, bytes_per_sep)).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    data = _bytes(hexstr, 'a2b_hex')
    if len(data) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(data.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


unhexlify = a2b_hex

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _n, _c


def crc32(data, crc=0, /):
    crc = ~crc & 0xFFFFFFFF
    for b in _buffer(data):
        crc = _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
