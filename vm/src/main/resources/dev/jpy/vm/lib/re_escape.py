"""The first part of jpy's re module: flags, PatternError, and the reading of escapes and character sets (a base class of the parser in lib/re_parse.py, which runs next in the same globals)."""


class RegexFlag(int):
    """A flag value of the re module; repr and str name the flags the way re.RegexFlag does."""

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        parts = []
        for bit, name in _FLAG_NAMES:
            if v & bit:
                parts.append('re.' + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return '|'.join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)


_FLAG_NAMES = ((256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (64, 'VERBOSE'), (128, 'DEBUG'))
NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
_INLINE = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'a': 256, 'u': 32}


class PatternError(Exception):
    """Raised for an invalid pattern or replacement template."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = '%s at position %d (line %d, column %d)' % (msg, pos, self.lineno, self.colno)
            else:
                msg = '%s at position %d' % (msg, pos)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error = PatternError
PatternError.__module__ = 're'

_WS = ' \t\n\r\v\f'
_DIGITS = '0123456789'
_OCT = '01234567'
_HEX = '0123456789abcdefABCDEF'
_SPECIAL = {'a': 7, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': 92}
_U_WORD = '\\p{L}\\p{N}_'
_A_WORD = 'a-zA-Z0-9_'
_U_SPACE = '\\t-\\r\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}'
_A_SPACE = '\\t-\\r\\x{20}'
_RE_FILES = ('<jpy re>', '<jpy re_parse>', '<jpy re_escape>')
_SET_OPS = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference', '|': 'union'}


def _lit(cp):
    """A java.util.regex spelling of one literal code point."""
    c = chr(cp)
    if c.isascii() and c.isalnum():
        return c
    return '\\x{%x}' % cp


class _Escapes:
    """Escapes and character sets of a Python pattern, written as java.util.regex."""

    def lit(self, cp, in_class=False):
        """A literal code point; under Unicode IGNORECASE a sharp s also matches the capital sharp s, as in CPython
        (whose case folding compares lower cases; java.util.regex misses that pair)."""
        if cp == 0xdf and self.icase and not self.ascii:
            return '\\x{df}\\x{1e9e}' if in_class else '[\\x{df}\\x{1e9e}]'
        return _lit(cp)

    def word(self):
        return _A_WORD if self.ascii else _U_WORD

    def classes(self, c):
        """The java class body for \\d \\w \\s (negated for upper case) or None."""
        low = c.lower()
        if low == 'd':
            body = '0-9' if self.ascii else '\\p{Nd}'
        elif low == 'w':
            body = self.word()
        elif low == 's':
            body = _A_SPACE if self.ascii else _U_SPACE
        else:
            return None
        return ('[^' if c.isupper() else '[') + body + ']'

    def escape(self, start):
        p = self.p
        if self.i >= len(p):
            raise self.err('bad escape (end of pattern)', start)
        c = p[self.i]
        self.i += 1
        cls = self.classes(c)
        if cls is not None:
            return cls, 'atom'
        if c == 'A':
            return '\\A', 'at'
        if c == 'Z':
            return '\\z', 'at'
        if c in 'bB':
            w = '[' + self.word() + ']'
            if c == 'b':
                return '(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))' % (w, w, w, w), 'at'
            return '(?!\\A\\z)(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))' % (w, w, w, w), 'at'
        if c in _DIGITS:
            return self.number_escape(start, c)
        cp = self.char_escape(start, c)
        return self.lit(cp), 'atom'

    def number_escape(self, start, c):
        p = self.p
        if c == '0':
            j = self.i
            while j < len(p) and j < self.i + 2 and p[j] in _OCT:
                j += 1
            v = int(p[self.i - 1:j], 8)
            self.i = j
            return self.lit(v), 'atom'
        j = self.i
        if j < len(p) and p[j] in _DIGITS:
            if c in _OCT and p[j] in _OCT and j + 1 < len(p) and p[j + 1] in _OCT:
                v = int(p[self.i - 1:j + 2], 8)
                if v > 0o377:
                    raise self.err('octal escape value \\%s outside of range 0-0o377' % p[self.i - 1:j + 2], start)
                self.i = j + 2
                return self.lit(v), 'atom'
            j += 1
        g = int(p[self.i - 1:j])
        self.i = j
        if g > self.ngroups:
            raise self.err('invalid group reference %d' % g, start + 1)
        if g in self.open:
            raise self.err('cannot refer to an open group', start)
        return self.backref(g), 'ref'

    def char_escape(self, start, c):
        """The code point of a one-character escape (the backslash at start, c just read)."""
        p = self.p
        if c in _SPECIAL:
            return _SPECIAL[c]
        if c in 'xuU' and not (c != 'x' and self.is_bytes):
            n = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = p[self.i:self.i + n]
            k = 0
            while k < len(digits) and digits[k] in _HEX:
                k += 1
            if k < n:
                raise self.err('incomplete escape \\%s%s' % (c, digits[:k]), start)
            self.i += n
            v = int(digits, 16)
            if v > 0x10ffff:
                raise self.err('bad escape \\%s%s' % (c, digits), start)
            return v
        if c == 'N' and not self.is_bytes:
            if not p.startswith('{', self.i):
                raise self.err('missing {', self.i)
            end = p.find('}', self.i)
            if end < 0:
                raise self.err('missing character name' if self.i + 1 >= len(p) else 'missing }, unterminated name',
                               self.i + 1)
            name = p[self.i + 1:end]
            self.i = end + 1
            v = _jcharname(name)
            if v is None:
                raise self.err('undefined character name %r' % name, start)
            return v
        if c.isascii() and c.isalpha():
            raise self.err('bad escape \\' + c, start)
        return ord(c)

    def char_class(self, start):
        p = self.p
        if self.peek() == '[':
            _future('Possible nested set at position %d' % self.i)
        neg = False
        if self.peek() == '^':
            neg = True
            self.i += 1
        parts = []
        first = True
        while True:
            if self.i >= len(p):
                raise self.err('unterminated character set', start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            if parts and c in '-&~|' and p[self.i + 1:self.i + 2] == c:
                _future('Possible set %s at position %d' % (_SET_OPS[c], self.i))
            lo, text = self.class_item()
            if self.peek() == '-' and self.i + 1 < len(p) and p[self.i + 1] != ']':
                self.i += 1
                if p[self.i] == '-':
                    _future('Possible set difference at position %d' % (self.i - 1))
                hi_start = self.i
                hi, java = self.class_item()
                if lo is None or hi is None or hi < lo:
                    raise self.err('bad character range %s-%s' % (p[item_start:hi_start - 1], p[hi_start:self.i]),
                                   item_start)
                parts.append(_lit(lo) + '-' + _lit(hi))
            else:
                parts.append(text if lo is None else self.lit(lo, True))
        if not parts:
            return '[^\\x{0}-\\x{10ffff}]' if not neg else '[\\x{0}-\\x{10ffff}]'
        return ('[^' if neg else '[') + ''.join(parts) + ']'

    def class_item(self):
        """One member of a set: (code point, source) or (None, java class) for \\d and the like."""
        p = self.p
        start = self.i
        c = p[self.i]
        self.i += 1
        if c != '\\':
            return ord(c), c
        if self.i >= len(p):
            raise self.err('bad escape (end of pattern)', start)
        e = p[self.i]
        self.i += 1
        cls = self.classes(e)
        if cls is not None:
            return None, cls
        if e == 'b':
            return 8, p[start:self.i]
        if e in _OCT:
            j = self.i
            while j < len(p) and j < self.i + 2 and p[j] in _OCT:
                j += 1
            v = int(p[self.i - 1:j], 8)
            if v > 0o377:
                raise self.err('octal escape value \\%s outside of range 0-0o377' % p[self.i - 1:j], start)
            self.i = j
            return v, p[start:self.i]
        if e in _DIGITS:
            raise self.err('bad escape \\' + e, start)
        return self.char_escape(start, e), p[start:self.i]


def _future(message):
    """A FutureWarning pointed at the first caller outside the re module."""
    import sys
    import warnings
    level = 2
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename in _RE_FILES:
        frame = frame.f_back
        level += 1
    warnings.warn(message, FutureWarning, stacklevel=level)


