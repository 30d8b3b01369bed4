# jpy's html module (run by dev.jpy.vm.builtins.HtmlModule after lib/html_tables.py in the same globals):
# escape() and unescape() with CPython 3.13's results, HTML5 named and numeric character references included.
import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace('\'', "&#x27;")
    return s


def _numeric(num):
    if num in _invalid_charrefs:
        return _invalid_charrefs[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD'
    if num in _invalid_codepoints:
        return ''
    return chr(num)


def _replace_charref(m):
    s = m.group(1)
    if s[0] == '#':
        digits = s[2:] if s[1] in 'xX' else s[1:]
        return _numeric(int(digits.rstrip(';'), 16 if s[1] in 'xX' else 10))
    if s in _html5:
        return _html5[s]
    # the longest known reference that starts the name (some are valid without ';'), then the rest as text
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
