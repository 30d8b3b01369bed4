"""Records what CPython 3.13's `python -m tokenize [-e]` prints for small edge-case and error sources.

Run from anywhere with CPython 3.13:  python3.13 record_cases.py
Writes cases/NAME.py (the source bytes below) and cases/NAME.expected:
    == tokenize: exit N            then the stdout, then the stderr
    == tokenize -e: exit N         likewise
Each command is run with cwd = this directory and the argument cases/NAME.py.
"""
import os
import subprocess
import sys

CASES = {
    # errors
    'err_unterminated_string': b"x = 'abc\ny = 2\n",
    'err_unterminated_string_escaped_quote': b"x = 'a\\'b\n",
    'err_unterminated_string_nonascii': "\u00e9 = '\u00f1abc\n".encode(),
    'err_unterminated_triple': b'x = 1\ns = """abc\n\ny\n',
    'err_unterminated_fstring': b"x = f'abc {y}\n",
    'err_unterminated_triple_fstring': b'x = f"""abc {y}\n\n',
    'err_unindent': b"if x:\n    a\n  b\n",
    'err_tabs_spaces': b"if x:\n\ta\n        b\n",
    'err_eof_in_brackets': b"x = (1,\n2\n",
    'err_eof_after_backslash': b"x = 1 \\\n",
    'err_char_after_backslash': b"x = 1 \\ y\n",
    'err_nonprintable': b"x = \x01\n",
    'err_invalid_decimal': b"x = 1_\n",
    'err_invalid_hex': b"x = 0x\n",
    'err_invalid_octal_digit': b"x = 0o8\n",
    'err_invalid_binary_digit': b"x = 0b2\n",
    'err_exponent_sign': b"x = 1e+\n",
    'err_fstring_single_close': b"f'a } b'\n",
    'err_bad_cookie': b"# -*- coding: nope-42 -*-\nx = 1\n",
    'err_bad_utf8': b"x = '\xff'\n",
    'err_bom_and_latin1_cookie': b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    # not errors for tokenize (the parser reports them)
    'ok_unmatched_brackets': b"x = )\ny = (]\n",
    'ok_unexpected_indent': b"  x = 1\n",
    'ok_old_octal_and_odd_numbers': b"x = 0777 + 1if 1else 2 + 0x1for\ny = 1.e5 + .5j + 1_000.000_1E-1_0J + 0b1_0 + 0o7_7\n",
    'ok_odd_characters': "x = $ ? ` \u00e9\u20ac <> 1\n".encode(),
    # layout
    'crlf': b"x = 1\r\n# c\r\n\r\nif x:\r\n  y = '''a\r\nb'''\r\n",
    'lone_cr': b"a=1\rb=2\n",
    'no_final_newline': b"if x:\n  y",
    'no_final_newline_comment': b"x = 1\n# c",
    'no_final_newline_blank': b"if x:\n  y\n   ",
    'only_comment_lines': b"# a\n   # b\n\n\t\n",
    'formfeed_and_tabs': b"if x:\n\tif y:\n\t\tz\n\f\tw\n",
    'continuation_lines': b"x = 1 + \\\n    2\nif x:\n    a = \\\n  3\n    \\\n    b\n",
    'dedent_many': b"class A:\n  def f():\n    if x:\n      pass\n# c\nz\n",
    'bom': b"\xef\xbb\xbfx = '\xc3\xa9'\n",
    'latin1_cookie_line2': b"#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\ns = '\xe9'\n",
    'ascii_cookie': b"# coding=ascii\nx = 1\n",
    'non_ascii_columns': "\u00e9\u00e9 = '\U0001f600' + \"\u4e2d\"  # \u00fc\nx = '''\u00e9\n\u00e9''' + 1\n".encode(),
    'strings_and_prefixes': b"a = rb'x' Rb\"y\" br'''z''' u'w' U\"v\" '' \"\" '''''' 'a\\'b' \"a\\\"b\" '\\\\'\nb = 'x\\\ny'\n",
    # f-strings
    'fstring_nested': b"f'{a!r:>{w}.{p}} {b=} {c:%H:%M} {{d}} {\"e\"} {f\"{g}\"}'\n",
    'fstring_triple_multiline': b'x = f"""a {\n  b\n} c\n{d:\n}\n  """\n',
    'fstring_escapes': b"f'\\N{BULLET} \\{x} \\n {y}' rf'\\{z} \\N{w}' F'' f\"{x}\" f'{x:}'\n",
    'fstring_format_spec_nested': b"f'{x:{y:{z}}}'\nf'{x:=^10}' f'{x=!s:>3}' f'{x:!<3}'\n",
    'fstring_lambda_and_dict': b"f'{(lambda: 1)()} {({1: 2})[1]} {x!a}'\n",
    'fstring_newline_in_format_spec': b'x = f"{ 50:\n}"\n',
    'err_eof_inside_fstring_expr': b'x = f"{ 50\ny = 3\ndef t():\n  pass\n',
    'lone_cr_before_operator': b"x = (1\r)\n",
    'operators': b"a **= b //= c >>= d <<= e @= f -> g := h != i == j <= k >= l ... m . n ; o ~ p ^ q | r & s % t\n",
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    cases = os.path.join(here, 'cases')
    os.makedirs(cases, exist_ok=True)
    for name, src in CASES.items():
        rel = 'cases/%s.py' % name
        with open(os.path.join(here, rel), 'wb') as f:
            f.write(src)
        parts = []
        for flags in ([], ['-e']):
            p = subprocess.run([sys.executable, '-m', 'tokenize', *flags, rel], cwd=here, capture_output=True)
            parts.append(b'== tokenize%s: exit %d\n' % (b' -e' if flags else b'', p.returncode))
            parts.append(p.stdout)
            parts.append(p.stderr)
        with open(os.path.join(cases, name + '.expected'), 'wb') as f:
            f.write(b''.join(parts))


if __name__ == '__main__':
    if sys.version_info[:2] != (3, 13):
        sys.exit('run this with CPython 3.13')
    main()
