"""The first half of jpy's re module: flags, PatternError and the parser of Python's pattern syntax that writes the java.util.regex pattern _jsearch (ReModule) runs; lib/re.py follows in the same globals."""


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


def _lit(cp):
    """A java.util.regex spelling of one literal code point."""
    c = chr(cp)
    if c.isascii() and c.isalnum():
        return c
    return '\\x{%x}' % cp


class _Parser:
    """Reads a Python pattern and writes the java.util.regex pattern that matches the same strings."""

    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.verbose = bool(flags & 64)
        self.ascii = bool(flags & 256)
        self.ngroups = 0
        self.names = {}
        self.open = set()
        self.parent = [None]
        self.stack = [0]

    def err(self, msg, pos):
        return PatternError(msg, self.src, pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ''

    def skip_ws(self):
        p = self.p
        while self.verbose and self.i < len(p):
            c = p[self.i]
            if c in _WS:
                self.i += 1
            elif c == '#':
                while self.i < len(p) and p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse(self):
        self.leading_flags()
        out = self.alternation(0)
        if self.i < len(self.p):
            raise self.err('unbalanced parenthesis', self.i)
        return out

    def leading_flags(self):
        while self.p.startswith('(?', self.i) and self.i + 2 < len(self.p) and self.p[self.i + 2] in _INLINE:
            j = self.i + 2
            while j < len(self.p) and self.p[j] in _INLINE:
                j += 1
            if j >= len(self.p) or self.p[j] != ')':
                return
            for c in self.p[self.i + 2:j]:
                self.flags |= _INLINE[c]
            self.verbose = bool(self.flags & 64)
            self.ascii = bool(self.flags & 256)
            self.i = j + 1

    def alternation(self, depth):
        branches = [self.sequence(depth)]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.sequence(depth))
        return '|'.join(branches)

    def sequence(self, depth):
        out = []
        last = None  # kind of the last item: None, 'atom', 'at', 'repeat'
        p = self.p
        while True:
            self.skip_ws()
            if self.i >= len(p):
                return ''.join(out)
            c = p[self.i]
            if c == '|' or c == ')':
                return ''.join(out)
            start = self.i
            if c in '*+?{':
                q = self.quantifier()
                if q is None:
                    out.append('\\{')
                    last = 'atom'
                    continue
                if last is None or last == 'at':
                    raise self.err('nothing to repeat', start)
                if last == 'repeat':
                    raise self.err('multiple repeat', start)
                if self.peek() == '?' or self.peek() == '+':
                    q += self.peek()
                    self.i += 1
                out.append(q)
                last = 'repeat'
                continue
            self.i += 1
            if c == '(':
                item = self.group(start, depth)
                if item is None:
                    continue
                out.append(item)
                last = 'atom'
            elif c == '[':
                out.append(self.char_class(start))
                last = 'atom'
            elif c == '\\':
                item, kind = self.escape(start)
                out.append(item)
                last = kind
            elif c == '.':
                out.append('.')
                last = 'atom'
            elif c == '^' or c == '$':
                out.append(c)
                last = 'at'
            else:
                out.append(_lit(ord(c)))
                last = 'atom'

    def quantifier(self):
        p = self.p
        c = p[self.i]
        if c != '{':
            self.i += 1
            return c
        j = self.i + 1
        lo_start = j
        while j < len(p) and p[j] in _DIGITS:
            j += 1
        lo = p[lo_start:j]
        hi = lo
        comma = j < len(p) and p[j] == ','
        if comma:
            j += 1
            hs = j
            while j < len(p) and p[j] in _DIGITS:
                j += 1
            hi = p[hs:j]
        if j >= len(p) or p[j] != '}' or (not comma and not lo):
            self.i += 1
            return None
        self.i = j + 1
        if lo and hi and int(lo) > int(hi):
            raise self.err('min repeat greater than max repeat', lo_start)
        return '{%s,%s}' % (lo or '0', hi) if comma else '{%s}' % lo

    def group(self, start, depth):
        p = self.p
        if not p.startswith('?', self.i):
            return self.capture(start, depth, None)
        self.i += 1
        c = self.peek()
        if c == ':':
            self.i += 1
            return '(?:' + self.body(start, depth) + ')'
        if c == 'P':
            self.i += 1
            c2 = self.peek()
            if c2 == '<':
                self.i += 1
                name = self.group_name('>')
                return self.capture(start, depth, name)
            if c2 == '=':
                self.i += 1
                name = self.group_name(')')
                if name not in self.names:
                    raise self.err('unknown group name %r' % name, self.i - len(name) - 1)
                g = self.names[name]
                if g in self.open:
                    raise self.err('cannot refer to an open group', self.i - len(name) - 1)
                return '(?:\\%d)' % g
            if not c2:
                raise self.err('unexpected end of pattern', self.i)
            raise self.err('unknown extension ?P' + c2, start + 1)
        if c in '=!':
            self.i += 1
            return '(?' + c + self.body(start, depth) + ')'
        if c == '<':
            self.i += 1
            c2 = self.peek()
            if c2 in ('=', '!') and c2:
                self.i += 1
                return '(?<' + c2 + self.body(start, depth) + ')'
            if not c2:
                raise self.err('unexpected end of pattern', self.i)
            raise self.err('unknown extension ?<' + c2, start + 1)
        if c == '>':
            self.i += 1
            return '(?>' + self.body(start, depth) + ')'
        if c == '#':
            end = p.find(')', self.i)
            if end < 0:
                raise self.err('missing ), unterminated comment', start)
            self.i = end + 1
            return None
        if c == '(':
            raise self.err('conditional groups are not supported by jpy', start)
        if c in _INLINE or c == '-':
            return self.scoped_flags(start, depth)
        if not c:
            raise self.err('unexpected end of pattern', self.i)
        raise self.err('unknown extension ?' + c, start + 1)

    def group_name(self, end):
        p = self.p
        j = p.find(end, self.i)
        what = 'group name'
        if j < 0:
            if self.i >= len(p):
                raise self.err('missing ' + what, self.i)
            raise self.err('missing %s, unterminated name' % end, self.i)
        name = p[self.i:j]
        if not name:
            raise self.err('missing ' + what, self.i)
        if not name.isidentifier():
            raise self.err('bad character in group name %r' % name, self.i)
        self.i = j + 1
        return name

    def capture(self, start, depth, name):
        self.ngroups += 1
        g = self.ngroups
        if name is not None:
            if name in self.names:
                raise self.err('redefinition of group name %r as group %d; was group %d'
                               % (name, g, self.names[name]), start + 4)
            self.names[name] = g
        self.parent.append(self.stack[-1])
        self.open.add(g)
        self.stack.append(g)
        body = self.body(start, depth)
        self.stack.pop()
        self.open.discard(g)
        return '(' + body + ')'

    def body(self, start, depth):
        inner = self.alternation(depth + 1)
        if self.peek() != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.i += 1
        return inner

    def scoped_flags(self, start, depth):
        p = self.p
        on = off = ''
        while self.peek() in _INLINE and self.peek():
            on += p[self.i]
            self.i += 1
        if self.peek() == '-':
            self.i += 1
            while self.peek() in _INLINE and self.peek():
                off += p[self.i]
                self.i += 1
            if not off:
                raise self.err('missing flag', self.i)
        c = self.peek()
        if c == ')':
            if off:
                raise self.err('missing :', self.i)
            raise self.err('global flags not at the start of the expression', start)
        if c != ':':
            if not c:
                raise self.err('missing -, : or )', self.i)
            raise self.err('unknown flag', self.i)
        self.i += 1
        saved = (self.verbose, self.ascii)
        jon = joff = ''
        for f in on:
            if f == 'x':
                self.verbose = True
            elif f == 'a':
                self.ascii = True
            elif f == 'u':
                self.ascii = False
            elif f in 'ims':
                jon += f
        for f in off:
            if f == 'x':
                self.verbose = False
            elif f in 'ims':
                joff += f
        if 'i' in jon and not self.ascii and not self.is_bytes:
            jon += 'u'
        inner = self.alternation(depth + 1)
        if self.peek() != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.i += 1
        self.verbose, self.ascii = saved
        return '(?%s%s:%s)' % (jon, '-' + joff if joff else '', inner)

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
            return '(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))' % (w, w, w, w), 'at'
        if c in _DIGITS:
            return self.number_escape(start, c)
        cp = self.char_escape(start, c)
        return _lit(cp), 'atom'

    def number_escape(self, start, c):
        p = self.p
        if c == '0':
            j = self.i
            while j < len(p) and j < self.i + 2 and p[j] in _OCT:
                j += 1
            v = int(p[self.i - 1:j], 8)
            self.i = j
            return _lit(v), 'atom'
        j = self.i
        if j < len(p) and p[j] in _DIGITS:
            if c in _OCT and p[j] in _OCT and j + 1 < len(p) and p[j + 1] in _OCT:
                v = int(p[self.i - 1:j + 2], 8)
                if v > 0o377:
                    raise self.err('octal escape value \\%s outside of range 0-0o377' % p[self.i - 1:j + 2], start)
                self.i = j + 2
                return _lit(v), 'atom'
            j += 1
        g = int(p[self.i - 1:j])
        self.i = j
        if g > self.ngroups:
            raise self.err('invalid group reference %d' % g, start + 1)
        if g in self.open:
            raise self.err('cannot refer to an open group', start)
        return '(?:\\%d)' % g, 'atom'

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
                raise self.err('missing }, unterminated name', self.i + 1)
            name = p[self.i + 1:end]
            self.i = end + 1
            v = _char_named(name)
            if v is None:
                raise self.err('undefined character name %r' % name, start)
            return v
        if c.isascii() and c.isalpha():
            raise self.err('bad escape \\' + c, start)
        return ord(c)

    def char_class(self, start):
        p = self.p
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
            lo, text = self.class_item()
            if lo is None:
                parts.append(text)
                continue
            if self.peek() == '-' and self.i + 1 < len(p) and p[self.i + 1] != ']':
                self.i += 1
                hi, text2 = self.class_item()
                if hi is None or hi < lo:
                    raise self.err('bad character range %s' % p[item_start:self.i], item_start)
                parts.append(_lit(lo) + '-' + _lit(hi))
            else:
                parts.append(_lit(lo))
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


def _char_named(name):
    try:
        import unicodedata
        return ord(unicodedata.lookup(name))
    except (ImportError, KeyError):
        return None


