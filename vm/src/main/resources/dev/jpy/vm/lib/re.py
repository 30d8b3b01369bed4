"""The last part of jpy's re module: the compile cache, Pattern and Match objects, replacement templates and the module functions (lib/re_escape.py and lib/re_parse.py ran first in the same globals)."""

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
           'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE',
           'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag', 'PatternError']

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, str):
        src, is_bytes = pattern, False
    elif isinstance(pattern, (bytes, bytearray)):
        src, is_bytes = bytes(pattern).decode('latin-1'), True
    else:
        raise TypeError('first argument must be string or compiled pattern')
    if is_bytes and flags & 32:
        raise ValueError('cannot use UNICODE flag with a bytes pattern')
    if not is_bytes and flags & 4:
        raise ValueError('cannot use LOCALE flag with a str pattern')
    if flags & 256 and flags & 32:
        raise ValueError('ASCII and UNICODE flags are incompatible')
    parser = _Parser(src, flags, is_bytes)
    parser.src = pattern
    java = parser.parse()
    flags = parser.flags
    if flags & 256 and flags & 32:
        raise ValueError('ASCII and UNICODE flags are incompatible')
    if not is_bytes and not flags & 256:
        flags |= 32
    jflags = 1  # UNIX_LINES: only \n ends a line
    if flags & 2:
        jflags |= 2 if (is_bytes or flags & 256) else 2 | 64
    if flags & 16:
        jflags |= 32
    p = Pattern(pattern, flags, java, jflags, parser.ngroups, parser.names, parser.parent, is_bytes)
    if parser.markers:
        p._jmap = parser.jmap
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def _text(string, is_bytes):
    """The str the Java engine reads for string, checking it against the pattern's kind."""
    if isinstance(string, str):
        if is_bytes:
            raise TypeError('cannot use a bytes pattern on a string-like object')
        return string
    if isinstance(string, (bytes, bytearray, memoryview)):
        if not is_bytes:
            raise TypeError('cannot use a string pattern on a bytes-like object')
        return bytes(string).decode('latin-1')
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


def _bounds(n, pos, endpos):
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos is None or endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    return pos, endpos


def _pattern_repr(p):
    flags = p.flags
    if isinstance(p.pattern, str):
        flags &= ~32
    text = repr(p.pattern)[:200]
    if not flags:
        return 're.compile(%s)' % text
    names = []
    for bit, name in ((2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'), (32, 'UNICODE'),
                      (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII')):
        if flags & bit:
            names.append('re.' + name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return 're.compile(%s, %s)' % (text, '|'.join(names))


class _Alias:
    """Pattern[str] and Match[bytes] as annotations spell them (a stand-in for types.GenericAlias)."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def name(t):
            if isinstance(t, type):
                return t.__qualname__ if t.__module__ == 'builtins' else t.__module__ + '.' + t.__qualname__
            return repr(t)
        return 're.%s[%s]' % (self.__origin__.__name__, ', '.join(name(t) for t in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


class Pattern:
    """A compiled regular expression."""

    __class_getitem__ = classmethod(_Alias)

    def __init__(self, pattern, flags, java, jflags, groups, names, parent, is_bytes):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = dict(names)
        self._java = java
        self._jflags = jflags
        self._parent = parent
        self._bytes = is_bytes
        self._jmap = None

    def __repr__(self):
        return _pattern_repr(self)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def _run(self, string, pos, endpos, mode):
        text = _text(string, self._bytes)
        pos, endpos = _bounds(len(text), pos, endpos)
        if endpos < pos:
            return None
        spans = self._search(text, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, text, spans, pos, endpos)

    def _search(self, text, pos, endpos, mode):
        """The flat (start, end) pairs of groups 0..n of a match found by the Java engine, or None."""
        spans = _jsearch(self._java, self._jflags, text, pos, endpos, mode)
        if spans is None or self._jmap is None:
            return spans
        out = []
        for j in self._jmap:
            out.append(spans[2 * j])
            out.append(spans[2 * j + 1])
        return tuple(out)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _all(self, text, pos, endpos, limit):
        """The spans of the successive matches (at most limit, 0 for all) in text[pos:endpos]."""
        pos, endpos = _bounds(len(text), pos, endpos)
        if endpos < pos:
            return ()
        found = _jall(self._java, self._jflags, text, pos, endpos, limit)
        if self._jmap is None:
            return found
        jmap = self._jmap
        return [tuple(x for j in jmap for x in (spans[2 * j], spans[2 * j + 1])) for spans in found]

    def finditer(self, string, pos=0, endpos=None):
        text = _text(string, self._bytes)
        pos, endpos = _bounds(len(text), pos, endpos)
        return iter([Match(self, string, text, spans, pos, endpos) for spans in self._all(text, pos, endpos, 0)])

    def findall(self, string, pos=0, endpos=None):
        text = _text(string, self._bytes)
        found = self._all(text, pos, endpos, 0)
        n = self.groups
        if self._bytes:
            cut = lambda a, b: text[a:b].encode('latin-1')
        else:
            cut = lambda a, b: text[a:b]
        empty = b'' if self._bytes else ''
        if n == 0:
            return [cut(sp[0], sp[1]) for sp in found]
        if n == 1:
            return [cut(sp[2], sp[3]) if sp[2] >= 0 else empty for sp in found]
        return [tuple(cut(sp[2 * g], sp[2 * g + 1]) if sp[2 * g] >= 0 else empty for g in range(1, n + 1))
                for sp in found]

    def split(self, string, maxsplit=0):
        text = _text(string, self._bytes)
        found = self._all(text, 0, None, maxsplit if maxsplit > 0 else 0) if maxsplit >= 0 else ()
        if self._bytes:
            cut = lambda a, b: text[a:b].encode('latin-1')
        else:
            cut = lambda a, b: text[a:b]
        out = []
        last = 0
        for sp in found:
            out.append(cut(last, sp[0]))
            for g in range(1, self.groups + 1):
                out.append(cut(sp[2 * g], sp[2 * g + 1]) if sp[2 * g] >= 0 else None)
            last = sp[1]
        out.append(cut(last, len(text)))
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
            items = None
        else:
            items = _template(self, repl)
            fn = None
        text = _text(string, self._bytes)
        if fn is None and count >= 0:
            jmap = self._jmap
            jitems = tuple(x if type(x) is not int or jmap is None else jmap[x] for x in items)
            result, n = _jsub(self._java, self._jflags, text, jitems, count)
            if n == 0:
                return (string if isinstance(string, (str, bytes)) else bytes(string)), 0
            return (result.encode('latin-1') if self._bytes else result), n
        found = self._all(text, 0, None, count if count > 0 else 0) if count >= 0 else ()
        if not found:
            return (string if isinstance(string, (str, bytes)) else bytes(string)), 0
        parts = []
        last = 0
        for spans in found:
            parts.append(text[last:spans[0]])
            if fn is not None:
                r = fn(Match(self, string, text, spans, 0, len(text)))
                if r is not None:
                    parts.append(r.decode('latin-1') if self._bytes else r)
            else:
                for x in items:
                    if type(x) is int:
                        if spans[2 * x] >= 0:
                            parts.append(text[spans[2 * x]:spans[2 * x + 1]])
                    else:
                        parts.append(x)
            last = spans[1]
        parts.append(text[last:])
        joined = ''.join(parts)
        return (joined.encode('latin-1') if self._bytes else joined), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Match:
    """The result of a successful match."""

    __class_getitem__ = classmethod(_Alias)

    def __init__(self, pattern, string, text, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._text = text
        self._spans = spans
        self.pos = pos
        self.endpos = endpos
        self._empty = b'' if pattern._bytes else ''

    def _slice(self, a, b):
        s = self._text[a:b]
        return s.encode('latin-1') if self.re._bytes else s

    def _index(self, g):
        if type(g) is int and 0 <= g <= self.re.groups:
            return g
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(g, '__index__') and not isinstance(g, str):
            try:
                g = g.__index__()
            except AttributeError:
                raise IndexError('no such group')
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError('no such group')
        if isinstance(g, str) and g in self.re.groupindex:
            return self.re.groupindex[g]
        raise IndexError('no such group')

    def _group(self, g, default=None):
        a = self._spans[2 * g]
        if a < 0:
            return default
        s = self._text[a:self._spans[2 * g + 1]]
        return s.encode('latin-1') if self.re._bytes else s

    def group(self, group=0, *groups):
        if not groups:
            return self._group(self._index(group))
        return (self._group(self._index(group)),) + tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._group(self._index(g))

    def groups(self, default=None):
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(g, default) for name, g in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return self._spans[2 * g], self._spans[2 * g + 1]

    @property
    def regs(self):
        return tuple((self._spans[2 * g], self._spans[2 * g + 1]) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        for g in range(1, self.re.groups + 1):
            end = self._spans[2 * g + 1]
            if self._spans[2 * g] < 0:
                continue
            if best is None or end > self._spans[2 * best + 1] or end == self._spans[2 * best + 1] and not _inside(self.re._parent, best, g):
                best = g
        return best

    @property
    def lastgroup(self):
        g = self.lastindex
        if g is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == g:
                return name
        return None

    def expand(self, template):
        return _expand(self, _template(self.re, template))

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (self._spans[0], self._spans[1], repr(self.group())[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _inside(parent, outer, g):
    """Whether group g is nested in group outer."""
    while g:
        g = parent[g]
        if g == outer:
            return True
    return False


def _template(pattern, repl):
    """The replacement template as a list of literal strings and group numbers."""
    is_bytes = pattern._bytes
    if is_bytes:
        if not isinstance(repl, (bytes, bytearray)):
            raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
        src = bytes(repl).decode('latin-1')
    else:
        if not isinstance(repl, str):
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
        src = repl
    if '\\' not in src:
        return [src]
    items = []
    lit = []
    i = 0
    n = len(src)

    def fail(msg, pos):
        return PatternError(msg, repl, pos)

    while i < n:
        c = src[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise fail('bad escape (end of pattern)', start)
        c = src[i]
        i += 1
        g = None
        if c == 'g':
            if i >= n or src[i] != '<':
                raise fail('missing <', i)
            end = src.find('>', i + 1)
            if end < 0:
                if i + 1 >= n:
                    raise fail('missing group name', i + 1)
                raise fail('missing >, unterminated name', i + 1)
            name = src[i + 1:end]
            if not name:
                raise fail('missing group name', i + 1)
            if name.isdecimal() and name.isascii():
                g = int(name)
                if g > pattern.groups:
                    raise fail('invalid group reference %d' % g, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                g = pattern.groupindex[name]
            else:
                raise fail('bad character in group name %r' % name, i + 1)
            i = end + 1
        elif c == '0':
            j = i
            while j < n and j < i + 2 and src[j] in _OCT:
                j += 1
            lit.append(chr(int(src[i - 1:j], 8)))
            i = j
            continue
        elif c in _DIGITS:
            j = i
            if j < n and src[j] in _DIGITS:
                if c in _OCT and src[j] in _OCT and j + 1 < n and src[j + 1] in _OCT:
                    v = int(src[i - 1:j + 2], 8)
                    if v > 0o377:
                        raise fail('octal escape value \\%s outside of range 0-0o377' % src[i - 1:j + 2], start)
                    lit.append(chr(v))
                    i = j + 2
                    continue
                j += 1
            g = int(src[i - 1:j])
            if g > pattern.groups:
                raise fail('invalid group reference %d' % g, start + 1)
            i = j
        elif c in _SPECIAL or c == 'b':
            lit.append(chr(8 if c == 'b' else _SPECIAL[c]))
            continue
        elif c.isascii() and c.isalpha():
            raise fail('bad escape \\' + c, start)
        else:
            lit.append('\\' + c)
            continue
        if lit:
            items.append(''.join(lit))
            lit = []
        items.append(g)
    if lit:
        items.append(''.join(lit))
    return items


def _expand(m, items):
    parts = []
    for x in items:
        if type(x) is not int:
            parts.append(x)
        elif m._spans[2 * x] >= 0:
            parts.append(m._text[m._spans[2 * x]:m._spans[2 * x + 1]])
    text = ''.join(parts)
    return text.encode('latin-1') if m.re._bytes else text


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_ESCAPED = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _ESCAPED else c for c in pattern)
    text = bytes(pattern).decode('latin-1')
    return ''.join('\\' + c if c in _ESCAPED else c for c in text).encode('latin-1')
