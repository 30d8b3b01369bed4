# shlex for jpy: split() in POSIX mode (quotes, backslash escapes, optional # comments) with CPython 3.13's tokens and
# errors, quote() and join(). Not here yet: the shlex lexer class, punctuation_chars and split(posix=False).
import re

__all__ = ["split", "quote", "join"]

_WHITESPACE = ' \t\r\n'
_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        raise NotImplementedError("jpy's shlex.split has POSIX mode only")
    tokens, token, quoted = [], '', False
    state, after_escape = ' ', ' '       # ' ' between tokens, 'a' in a word, a quote char, or '\\' after a backslash
    i, n = 0, len(s)
    while True:
        ch = s[i] if i < n else ''
        i += 1
        if state == '\\':
            if not ch:
                raise ValueError("No escaped character")
            if after_escape == '"' and ch not in '"\\':
                token += '\\'              # inside "...", a backslash escapes only " and itself
            token += ch
            state = after_escape
        elif state in '"\'':
            quoted = True
            if not ch:
                raise ValueError("No closing quotation")
            if ch == state:
                state = 'a'
            elif ch == '\\' and state == '"':
                after_escape, state = state, '\\'
            else:
                token += ch
        elif not ch or ch in _WHITESPACE or (comments and ch == '#'):
            if comments and ch == '#':
                j = s.find('\n', i)
                i = n if j < 0 else j + 1
            if token or quoted:
                tokens.append(token)
            token, quoted, state = '', False, ' '
            if not ch:
                return tokens
        elif ch in '"\'':
            state = ch
        elif ch == '\\':
            after_escape, state = 'a', '\\'
        else:
            token += ch
            state = 'a'


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if _unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
