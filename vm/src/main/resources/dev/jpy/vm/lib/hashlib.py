# jpy's hashlib (run by dev.jpy.vm.builtins.HashlibModule, which puts _digest in these globals): the named
# constructors, new() and the HASH objects of CPython 3.13 for md5, sha1, SHA-2 and SHA-3. A HASH keeps the data it
# was fed and digests it on demand with the JDK's MessageDigest (blake2 and shake are not there yet).

# name: (JDK algorithm, digest_size, block_size)
_ALGORITHMS = {
    'md5': ('MD5', 16, 64), 'sha1': ('SHA-1', 20, 64), 'sha224': ('SHA-224', 28, 64), 'sha256': ('SHA-256', 32, 64),
    'sha384': ('SHA-384', 48, 128), 'sha512': ('SHA-512', 64, 128), 'sha3_224': ('SHA3-224', 28, 144),
    'sha3_256': ('SHA3-256', 32, 136), 'sha3_384': ('SHA3-384', 48, 104), 'sha3_512': ('SHA3-512', 64, 72),
}
algorithms_guaranteed = set(_ALGORITHMS)
algorithms_available = set(_ALGORITHMS)
__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'new', 'algorithms_guaranteed', 'algorithms_available')


def _buffer(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError('object supporting the buffer API required') from None


class HASH:
    __slots__ = ('_name', '_chunks')

    def __init__(self, name, data=b''):
        self._name = name
        self._chunks = [_buffer(data)]

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _ALGORITHMS[self._name][1]

    @property
    def block_size(self):
        return _ALGORITHMS[self._name][2]

    def update(self, obj, /):
        self._chunks.append(_buffer(obj))

    def digest(self):
        if len(self._chunks) > 1:
            self._chunks = [b''.join(self._chunks)]
        return _digest(_ALGORITHMS[self._name][0], self._chunks[0])

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        c = HASH(self._name)
        c._chunks = list(self._chunks)
        return c

    def __repr__(self):
        return f'<{self._name} _hashlib.HASH object @ {hex(id(self))}>'


HASH.__module__ = '_hashlib'


def new(name, data=b'', *, usedforsecurity=True, string=None):
    key = name.lower() if isinstance(name, str) else name
    if key not in _ALGORITHMS:
        raise ValueError(f'unsupported hash type {name}')
    return HASH(key, data if string is None else string)


def _constructor(name):
    def make(string=b'', *, usedforsecurity=True):
        return HASH(name, string)
    make.__name__ = make.__qualname__ = 'openssl_' + name
    return make


for _name in _ALGORITHMS:
    globals()[_name] = _constructor(_name)
del _name
