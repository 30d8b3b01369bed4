"""The second part of jpy's re module: the parser of Python's pattern syntax that writes the java.util.regex pattern _jsearch (ReModule) runs, checking what CPython's parser checks (lib/re_escape.py ran first; lib/re.py follows)."""

_INF = 1 << 62
# ^ and $ without and with MULTILINE, as Python reads them (Java's multi-line ^ never matches at the very end)
_ANCHORS = {('^', False): '\\A', ('^', True): '(?<![^\\n])', ('$', False): '(?=\\n?\\z)',
            ('$', True): '(?=\\n|\\z)'}


class _Parser(_Escapes):
    """Reads a Python pattern and writes the java.util.regex pattern that matches the same strings.

    Each item leaves its width (min, max) in self.w for the look-behind check. When the pattern has a conditional
    group, every group gets an empty marker group after its body, whose back reference tests that the group took
    part; jmap then maps Python's group numbers to Java's.
    """

    def __init__(self, pattern, flags, is_bytes):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.is_bytes = is_bytes
        self.verbose = bool(flags & 64)
        self.multiline = bool(flags & 8)
        self.icase = bool(flags & 2)
        self.ascii = bool(flags & 256) or is_bytes
        self.ngroups = 0
        self.names = {}
        self.open = set()
        self.parent = [None]
        self.stack = [0]
        self.widths = {}
        self.markers = '(?(' in pattern
        self.jgroups = 0
        self.jmap = [0]
        self.jmark = [0]
        self.w = (0, 0)

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
        out = self.alternation(0)
        if self.i < len(self.p):
            raise self.err('unbalanced parenthesis', self.i)
        return out

    def alternation(self, depth):
        branches = [self.sequence(depth, True)]
        lo, hi = self.w
        while self.peek() == '|':
            self.i += 1
            branches.append(self.sequence(depth, False))
            lo, hi = min(lo, self.w[0]), max(hi, self.w[1])
        self.w = (lo, hi)
        return '|'.join(branches)

    def sequence(self, depth, first):
        out = []
        last = None  # kind of the last item: None, 'atom', 'at', 'repeat'
        lo = hi = 0
        last_w = (0, 0)
        p = self.p
        while True:
            self.skip_ws()
            if self.i >= len(p) or p[self.i] in '|)':
                self.w = (lo, hi)
                return ''.join(out)
            c = p[self.i]
            start = self.i
            if c in '*+?{':
                q = self.quantifier()
                if q is None:
                    out.append('\\{')
                    last, last_w = 'atom', (1, 1)
                    lo, hi = lo + 1, hi + 1
                    continue
                if last is None or last == 'at':
                    raise self.err('nothing to repeat', start)
                if last == 'repeat':
                    raise self.err('multiple repeat', start)
                text, qlo, qhi = q
                if last_w[1] == 0:
                    # repeating what matches only the empty string: at most once matters (and Java's look-behind
                    # needs a bounded length)
                    text = '?' if qlo == 0 else '{1}'
                if self.peek() == '?' or self.peek() == '+':
                    text += self.peek()
                    self.i += 1
                out.append(text)
                new = (last_w[0] * qlo, min(_INF, last_w[1] * qhi) if last_w[1] else 0)
                lo, hi = lo - last_w[0] + new[0], min(_INF, hi - last_w[1] + new[1])
                last, last_w = 'repeat', new
                continue
            self.i += 1
            self.w = (1, 1)
            kind = 'atom'
            if c == '(':
                item = self.group(start, depth, first and depth == 0 and not out)
                if item is None:
                    continue
            elif c == '[':
                item = self.char_class(start)
            elif c == '\\':
                item, kind = self.escape(start)
                if kind == 'at':
                    self.w = (0, 0)
                elif kind == 'ref':
                    kind = 'atom'
            elif c == '.':
                item = '.'
            elif c == '^' or c == '$':
                item, kind = _ANCHORS[c, self.multiline], 'at'
                self.w = (0, 0)
            else:
                item = self.lit(ord(c))
            out.append(item)
            last, last_w = kind, self.w
            lo, hi = lo + self.w[0], min(_INF, hi + self.w[1])

    def quantifier(self):
        """(java text, min, max) of the repeat at self.i, or None for a '{' that is a literal."""
        p = self.p
        c = p[self.i]
        if c != '{':
            self.i += 1
            return c, (1 if c == '+' else 0), (1 if c == '?' else _INF)
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
        qlo, qhi = int(lo or '0'), (int(hi) if hi else _INF)
        return ('{%s,%s}' % (lo or '0', hi) if comma else '{%s}' % lo), qlo, qhi

    def group(self, start, depth, at_start):
        p = self.p
        if not p.startswith('?', self.i):
            return self.capture(start, depth, None)
        self.i += 1
        c = self.peek()
        if c == ':':
            self.i += 1
            return '(?:' + self.body(start, depth) + ')'
        if c == 'P':
            return self.p_group(start, depth)
        if c in '=!' and c:
            self.i += 1
            text = '(?' + c + self.body(start, depth) + ')'
            self.w = (0, 0)
            return text
        if c == '<':
            self.i += 1
            c2 = self.peek()
            if c2 in ('=', '!') and c2:
                self.i += 1
                text = '(?<' + c2 + self.body(start, depth) + ')'
                if self.w[0] != self.w[1]:
                    raise PatternError('look-behind requires fixed-width pattern')
                self.w = (0, 0)
                return text
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
            return self.conditional(start, depth)
        if c in _INLINE and c or c == '-':
            return self.inline_flags(start, depth, at_start)
        if not c:
            raise self.err('unexpected end of pattern', self.i)
        raise self.err('unknown extension ?' + c, start + 1)

    def p_group(self, start, depth):
        self.i += 1
        c2 = self.peek()
        if c2 == '<':
            self.i += 1
            return self.capture(start, depth, self.group_name('>'))
        if c2 == '=':
            self.i += 1
            name = self.group_name(')')
            if name not in self.names:
                raise self.err('unknown group name %r' % name, self.i - len(name) - 1)
            g = self.names[name]
            if g in self.open:
                raise self.err('cannot refer to an open group', self.i - len(name) - 1)
            return self.backref(g)
        if not c2:
            raise self.err('unexpected end of pattern', self.i)
        raise self.err('unknown extension ?P' + c2, start + 1)

    def backref(self, g):
        self.w = self.widths.get(g, (0, _INF))
        return '(?:\\%d)' % self.jmap[g]

    def group_name(self, end):
        p = self.p
        j = p.find(end, self.i)
        if j < 0:
            if self.i >= len(p):
                raise self.err('missing group name', self.i)
            raise self.err('missing %s, unterminated name' % end, self.i)
        name = p[self.i:j]
        if not name:
            raise self.err('missing group name', self.i)
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
                               % (name, g, self.names[name]), self.i - len(name) - 1)
            self.names[name] = g
        self.jgroups += 1
        self.jmap.append(self.jgroups)
        self.jmark.append(0)
        self.parent.append(self.stack[-1])
        self.open.add(g)
        self.stack.append(g)
        body = self.body(start, depth)
        self.stack.pop()
        self.open.discard(g)
        self.widths[g] = self.w
        if not self.markers:
            return '(' + body + ')'
        self.jgroups += 1
        self.jmark[g] = self.jgroups
        return '(' + body + '())'

    def body(self, start, depth):
        inner = self.alternation(depth + 1)
        if self.peek() != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.i += 1
        return inner

    def conditional(self, start, depth):
        p = self.p
        self.i += 1
        end = p.find(')', self.i)
        if end < 0:
            raise self.err('missing group name' if self.i >= len(p) else 'missing ), unterminated name', self.i)
        cond = p[self.i:end]
        if cond.isdigit() and cond.isascii():
            g = int(cond)
            if g == 0:
                raise self.err('bad group number', self.i)
            if g > self.ngroups:
                raise self.err('invalid group reference %d' % g, self.i)
        elif cond.isidentifier():
            if cond not in self.names:
                raise self.err('unknown group name %r' % cond, self.i)
            g = self.names[cond]
        else:
            raise self.err('bad character in group name %r' % cond, self.i)
        self.i = end + 1
        yes = self.sequence(depth + 1, False)
        w = self.w
        no = ''
        nw = (0, 0)
        if self.peek() == '|':
            self.i += 1
            no = self.sequence(depth + 1, False)
            nw = self.w
            if self.peek() == '|':
                raise self.err('conditional backref with more than two branches', self.i)
        if self.peek() != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.i += 1
        self.w = (min(w[0], nw[0]), max(w[1], nw[1]))
        m = self.jmark[g]
        return '(?:\\%d(?:%s)|(?!\\%d)(?:%s))' % (m, yes, m, no)

    def inline_flags(self, start, depth, at_start):
        p = self.p
        on = off = ''
        while self.peek() in _INLINE and self.peek():
            c = p[self.i]
            self.i += 1
            if c == 'L' and not self.is_bytes:
                raise self.err("bad inline flags: cannot use 'L' flag with a str pattern", self.i)
            if c == 'u' and self.is_bytes:
                raise self.err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i)
            on += c
            if sum(f in on for f in 'auL') > 1:
                raise self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i)
        c = self.peek()
        if c == ')':
            if not at_start:
                raise self.err('global flags not at the start of the expression', start)
            self.i += 1
            for f in on:
                self.flags |= _INLINE[f]
            self.verbose = bool(self.flags & 64)
            self.multiline = bool(self.flags & 8)
            self.icase = bool(self.flags & 2)
            self.ascii = bool(self.flags & 256) or self.is_bytes
            return None
        if c == '-':
            self.i += 1
            if not self.peek():
                raise self.err('missing flag', self.i)
            if self.peek() not in _INLINE:
                raise self.err('unknown flag' if self.peek().isalpha() else 'missing flag', self.i)
            while self.peek() in _INLINE and self.peek():
                if self.peek() in 'auL':
                    raise self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i + 1)
                off += p[self.i]
                self.i += 1
            c = self.peek()
            if c != ':':
                if not c:
                    raise self.err('missing :', self.i)
                raise self.err('unknown flag' if c.isalpha() else 'missing :', self.i)
        elif c != ':':
            if not c:
                raise self.err('missing -, : or )', self.i)
            raise self.err('unknown flag' if c.isalpha() else 'missing -, : or )', self.i)
        if set(on) & set(off):
            raise self.err('bad inline flags: flag turned on and off', self.i)
        self.i += 1
        saved = (self.verbose, self.ascii, self.multiline, self.icase)
        if 'i' in on or 'i' in off:
            self.icase = 'i' in on
        jon = ''.join(f for f in on if f in 'is')
        joff = ''.join(f for f in off if f in 'is')
        if 'm' in on:
            self.multiline = True
        if 'm' in off:
            self.multiline = False
        if 'x' in on:
            self.verbose = True
        if 'x' in off:
            self.verbose = False
        if 'a' in on:
            self.ascii = True
        if 'u' in on:
            self.ascii = False
        if 'i' in jon and not self.ascii:
            jon += 'u'
        inner = self.alternation(depth + 1)
        if self.peek() != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.i += 1
        self.verbose, self.ascii, self.multiline, self.icase = saved
        if not jon and not joff:
            return '(?:%s)' % inner
        return '(?%s%s:%s)' % (jon, '-' + joff if joff else '', inner)
