# The Python half of jpy's io module (run by dev.jpy.vm.builtins.IoModule after its Java names): the methods that
# subclasses of IOBase, RawIOBase, BufferedIOBase and TextIOBase inherit (the Java types call the classes below),
# and TextIOWrapper, BufferedReader and BufferedWriter over any buffer or raw object, as CPython 3.13's io behaves.
# A TextIOWrapper decodes its buffer's content whole on the first read.


def _closed_error():
    return ValueError("I/O operation on closed file.")


class _IOBase:
    def seek(self, pos, whence=0):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def flush(self):
        if self.closed:
            raise _closed_error()

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self.__dict__['__IOBase_closed'] = True

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        if self.closed:
            raise _closed_error()
        return False

    def __enter__(self):
        if self.closed:
            raise _closed_error()
        return self

    def __exit__(self, *args):
        self.close()

    def readline(self, size=-1):
        if size is None:
            size = -1
        line = bytearray()
        while size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line += b
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def __iter__(self):
        if self.closed:
            raise _closed_error()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        if self.closed:
            raise _closed_error()
        for line in lines:
            self.write(line)


class _RawIOBase:
    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        raise UnsupportedOperation("readinto")

    def write(self, b):
        raise UnsupportedOperation("write")


class _BufferedIOBase:
    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        raise UnsupportedOperation("read1")

    def write(self, b):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(b))
        n = len(data)
        b[:n] = data
        return n


class _TextIOBase:
    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def write(self, s):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")


def _named_repr(kind, obj, raw):
    r = "<_io." + kind
    try:
        r += " name=" + repr(raw.name)
    except AttributeError:
        pass
    return r


class _Wrapper:
    """What BufferedReader, BufferedWriter and TextIOWrapper share: the object they wrap and its state."""
    _detached = "raw stream has been detached"

    def _inner(self):
        raw = self.__dict__['_raw']
        if raw is None:
            raise ValueError(self._detached)
        return raw

    @property
    def raw(self):
        return self._inner()

    @property
    def closed(self):
        return self._inner().closed

    @property
    def name(self):
        return self._inner().name

    def readable(self):
        return self._inner().readable()

    def writable(self):
        return self._inner().writable()

    def seekable(self):
        return self._inner().seekable()

    def fileno(self):
        return self._inner().fileno()

    def isatty(self):
        return self._inner().isatty()

    def _check_open(self):
        if self._inner().closed:
            raise _closed_error()

    def close(self):
        raw = self._inner()
        if not raw.closed:
            try:
                self.flush()
            finally:
                raw.close()

    __enter__, __exit__, __iter__, __next__ = _IOBase.__enter__, _IOBase.__exit__, _IOBase.__iter__, _IOBase.__next__
    readlines, writelines = _IOBase.readlines, _IOBase.writelines

    def detach(self):
        self.flush()
        raw = self._inner()
        self.__dict__['_raw'] = None
        return raw


class _BufferedReader(_Wrapper, BufferedReader):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.__dict__['_raw'] = raw
        self._size = buffer_size
        self._buf = b''

    def __repr__(self):
        return _named_repr("BufferedReader", self, self._inner()) + ">"

    def _fill(self, n):
        """Reads once from raw (at least a buffer's worth); False at end of file."""
        data = self._inner().read(max(n, self._size))
        if not data:
            return False
        self._buf += data
        return True

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            while self._fill(self._size):
                pass
            data, self._buf = self._buf, b''
            return data
        while len(self._buf) < size and self._fill(size - len(self._buf)):
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def read1(self, size=-1):
        self._check_open()
        if not self._buf:
            self._fill(size if size is not None and size > 0 else self._size)
        n = len(self._buf) if size is None or size < 0 else size
        data, self._buf = self._buf[:n], self._buf[n:]
        return data

    def peek(self, size=0):
        self._check_open()
        if not self._buf:
            self._fill(self._size)
        return self._buf

    def readline(self, size=-1):
        self._check_open()
        while b"\n" not in self._buf and (size is None or size < 0 or len(self._buf) < size) and self._fill(self._size):
            pass
        end = self._buf.find(b"\n") + 1 or len(self._buf)
        if size is not None and 0 <= size < end:
            end = size
        line, self._buf = self._buf[:end], self._buf[end:]
        return line

    def readinto(self, b):
        return _BufferedIOBase.readinto(self, b)

    def flush(self):
        self._check_open()

    def tell(self):
        return self._inner().tell() - len(self._buf)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._buf)
        self._buf = b''
        return self._inner().seek(pos, whence)

    def writable(self):
        return False


class _BufferedWriter(_Wrapper, BufferedWriter):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.__dict__['_raw'] = raw
        self._size = buffer_size
        self._pending = bytearray()

    def __repr__(self):
        return _named_repr("BufferedWriter", self, self._inner()) + ">"

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._pending += b
        if len(self._pending) >= self._size:
            self.flush()
        return len(b)

    def flush(self):
        self._check_open()
        if self._pending:
            data, self._pending = bytes(self._pending), bytearray()
            self._inner().write(data)
        flush = getattr(self._inner(), 'flush', None)
        if flush is not None:
            flush()

    def tell(self):
        return self._inner().tell() + len(self._pending)

    def seek(self, pos, whence=0):
        self.flush()
        return self._inner().seek(pos, whence)

    def truncate(self, pos=None):
        self.flush()
        return self._inner().truncate(pos)

    def readable(self):
        return False


def _split_line(text, start, newline):
    """The end of the line of text that starts at start (after its terminator), as the newline mode reads lines."""
    if newline is None or newline == '\n':
        end = text.find('\n', start)
        return len(text) if end < 0 else end + 1
    if newline == '':
        for i in range(start, len(text)):
            c = text[i]
            if c == '\n':
                return i + 1
            if c == '\r':
                return i + 2 if text.startswith('\n', i + 1) else i + 1
        return len(text)
    end = text.find(newline, start)
    return len(text) if end < 0 else end + len(newline)


class _TextIOWrapper(_Wrapper, TextIOWrapper):
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        ''.encode(encoding)
        self.__dict__['_raw'] = buffer
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._newline = newline
        self.line_buffering = line_buffering
        self._write_through = write_through
        self._text = None
        self._pos = 0
        self._start = 0
        self._pending = []
        self._pending_size = 0

    _detached = "underlying buffer has been detached"

    @property
    def buffer(self):
        return self._inner()

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def newlines(self):
        return None

    def __repr__(self):
        r = _named_repr("TextIOWrapper", self, self._inner())
        mode = self.__dict__.get('mode')
        if mode is not None:
            r += " mode=" + repr(mode)
        return r + " encoding=" + repr(self._encoding) + ">"

    def _load(self):
        if self._text is None:
            self.flush()
            raw = self._inner()
            self._start = raw.tell() if raw.seekable() else 0
            self._raw_text = text = raw.read().decode(self._encoding, self._errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text, self._pos = text, 0
        return self._text

    def read(self, size=-1):
        self._check_open()
        text = self._load()
        end = len(text) if size is None or size < 0 else min(len(text), self._pos + size)
        data, self._pos = text[self._pos:end], end
        return data

    def readline(self, size=-1):
        self._check_open()
        text = self._load()
        end = _split_line(text, self._pos, self._newline)
        if size is not None and 0 <= size < end - self._pos:
            end = self._pos + size
        line, self._pos = text[self._pos:end], end
        return line

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        n = len(s)
        if self._newline in ('\r', '\r\n'):
            s = s.replace('\n', self._newline)
        self._text = None
        self._pending.append(s)
        self._pending_size += len(s)
        if self._write_through or self._pending_size > 8192 or self.line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return n

    def flush(self):
        self._check_open()
        if self._pending:
            data = ''.join(self._pending).encode(self._encoding, self._errors)
            self._pending, self._pending_size = [], 0
            self._inner().write(data)
        self._inner().flush()

    def tell(self):
        self.flush()
        if self._text is None:
            return self._inner().tell()
        raw, i = self._raw_text, self._pos
        if self._newline is None:  # the read text had each \r\n made one \n: find where it ends in the decoded text
            i = read = 0
            while read < self._pos:
                i += 2 if raw.startswith('\r\n', i) else 1
                read += 1
        return self._start + len(raw[:i].encode(self._encoding, self._errors))

    def seek(self, cookie, whence=0):
        self._check_open()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self.flush()
        self._text = None
        return self._inner().seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        self._text = None
        return self._inner().truncate(pos)


for _cls, _name in ((_TextIOWrapper, 'TextIOWrapper'), (_BufferedReader, 'BufferedReader'), (_BufferedWriter, 'BufferedWriter')):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = '_io'
del _cls, _name
