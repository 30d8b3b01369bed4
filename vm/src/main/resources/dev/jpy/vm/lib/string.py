# jpy's string module (run by dev.jpy.vm.builtins.StringModule): the constants, capwords and Template
# ($name, ${name}, $$), with CPython 3.13's results and messages; the placeholders are scanned by hand
# (jpy has no re module yet).
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset('_' + ascii_letters)
_ID_REST = frozenset('_' + ascii_letters + digits)


def _ident_end(s, i):
    """The end of an identifier starting at i, or i when there is none."""
    if i < len(s) and s[i] in _ID_START:
        i += 1
        while i < len(s) and s[i] in _ID_REST:
            i += 1
    return i


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (start, end, kind, name) for each placeholder: kind is 'escaped', 'named' or 'invalid'."""
        s, d = self.template, self.delimiter
        i = s.find(d)
        while i >= 0:
            j = i + len(d)
            if s.startswith(d, j):
                yield i, j + len(d), 'escaped', None
                j += len(d)
            elif s.startswith('{', j) and _ident_end(s, j + 1) > j + 1 and s.startswith('}', _ident_end(s, j + 1)):
                e = _ident_end(s, j + 1)
                yield i, e + 1, 'named', s[j + 1:e]
                j = e + 1
            elif _ident_end(s, j) > j:
                e = _ident_end(s, j)
                yield i, e, 'named', s[j:e]
                j = e
            else:
                yield i, j, 'invalid', None
            i = s.find(d, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _substitute(self, mapping, kws, safe):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged
        out, last = [], 0
        for start, end, kind, name in self._scan():
            out.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(self.template[start:end])
                else:
                    out.append(str(mapping[name]))
            elif safe:
                out.append(self.template[start:end])
            else:
                self._invalid(start + len(self.delimiter))
        out.append(self.template[last:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for _, _, kind, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in self._scan():
            if kind == 'named' and name not in ids:
                ids.append(name)
        return ids
