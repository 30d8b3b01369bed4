"""jpy's textwrap: TextWrapper, wrap, fill, shorten, dedent and indent, giving CPython 3.13's line breaks.

Run by dev.jpy.vm.builtins.TextwrapModule (through PySource) as the body of the native 'textwrap' module. CPython splits text into
chunks with a regular expression; jpy has no re module yet, so the same chunk rules are written out as a scanner.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_WS = "\t\n\x0b\x0c\r "


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_wordpunct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _dashes_then_word(text, j):
    """Whether text[j:] is two or more hyphens followed by a word character."""
    k = j
    while k < len(text) and text[k] == "-":
        k += 1
    return k - j >= 2 and k < len(text) and _is_word(text[k])


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _chunk_end(text, i):
    """Where the chunk starting at i ends: a whitespace run, an em-dash, or a word cut after a hyphen or at its end."""
    n = len(text)
    if text[i] in _WS:
        while i < n and text[i] in _WS:
            i += 1
        return i
    if i > 0 and _is_wordpunct(text[i - 1]) and _dashes_then_word(text, i):
        while text[i] == "-":
            i += 1
        return i
    j = i + 1
    while True:
        if j < n and text[j] == "-":
            after_two = _letter_at(text, j - 2) and _letter_at(text, j - 1)
            after_pair = _letter_at(text, j - 3) and j >= 2 and text[j - 2] == "-" and _letter_at(text, j - 1)
            ahead = _letter_at(text, j + 1) and (_letter_at(text, j + 2) or
                                                (j + 2 < n and text[j + 2] == "-" and _letter_at(text, j + 3)))
            if (after_two or after_pair) and ahead:
                return j + 1
        if j >= n or text[j] in _WS:
            return j
        if _is_wordpunct(text[j - 1]) and _dashes_then_word(text, j):
            return j
        j += 1


def _is_sentence_end(chunk):
    body = chunk[:-1] if chunk and chunk[-1] in "\"'" else chunk
    return len(body) >= 2 and body[-1] in ".!?" and "a" <= body[-2] <= "z"


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in "\t\n\x0b\x0c\r":
                text = text.replace(c, " ")
        return text

    def _split(self, text):
        chunks = []
        i = 0
        while i < len(text):
            if self.break_on_hyphens:
                end = _chunk_end(text, i)
            else:
                end = i + 1
                in_ws = text[i] in _WS
                while end < len(text) and (text[end] in _WS) == in_ws:
                    end += 1
            chunks.append(text[i:end])
            i = end
        return chunks

    def _fix_sentence_endings(self, chunks):
        for i in range(len(chunks) - 1):
            if chunks[i + 1] == " " and _is_sentence_end(chunks[i]):
                chunks[i + 1] = "  "

    def _handle_long_word(self, pending, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = pending[-1]
            cut = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            pending[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(pending.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = chunks[::-1]
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            cur_line, cur_len = [], 0
            while pending and cur_len + len(pending[-1]) <= width:
                cur_len += len(pending[-1])
                cur_line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])
            if self.drop_whitespace and cur_line and not cur_line[-1].strip():
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if not cur_line:
                continue
            rest_blank = not pending or (self.drop_whitespace and len(pending) == 1 and not pending[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or (rest_blank and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            self._add_placeholder(lines, indent, cur_line, cur_len, width)
            break
        return lines

    def _add_placeholder(self, lines, indent, cur_line, cur_len, width):
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                lines.append(indent + "".join(cur_line) + self.placeholder)
                return
            cur_len -= len(cur_line[-1])
            cur_line.pop()
        if lines:
            prev = lines[-1].rstrip()
            if len(prev) + len(self.placeholder) <= self.width:
                lines[-1] = prev + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(" ".join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    lines = text.split("\n")
    lines = ["" if line and not line.strip(" \t") else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        lead = _leading_blanks(line)
        if margin is None or margin.startswith(lead):
            margin = lead
        elif not lead.startswith(margin):
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
