# The Python half of jpy's time module (run by dev.jpy.vm.builtins.TimeModule after the clocks):
# struct_time, gmtime, localtime, mktime, strftime (C locale), strptime (by datetime's parser), asctime and ctime.
_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December')
_NAMES = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time:
    n_sequence_fields = 9
    n_fields = 11

    def __init__(self, seq):
        t = tuple(seq)
        if len(t) < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({len(t)}-sequence given)')
        if len(t) > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({len(t)}-sequence given)')
        self._t = t[:9]
        self.tm_zone = t[9] if len(t) > 9 else None
        self.tm_gmtoff = t[10] if len(t) > 10 else None

    def __getattr__(self, name):
        if name in _NAMES:
            return self._t[_NAMES.index(name)]
        raise AttributeError(f"'time.struct_time' object has no attribute '{name}'")

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        return self._t == (other._t if isinstance(other, struct_time) else other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(f'{n}={v!r}' for n, v in zip(_NAMES, self._t)) + ')'


def _seconds(secs):
    if secs is not None and not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    return secs


def gmtime(secs=None):
    return struct_time(_fields(_seconds(secs), False))


def localtime(secs=None):
    return struct_time(_fields(_seconds(secs), True))


def mktime(t):
    return _mktime(tuple(t))


def _tuple(t, fname):
    if t is None:
        return localtime()
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError(f'Tuple or struct_time argument required')
    return struct_time(t)


def _two(n):
    return f'{n:02d}'


def _directive(c, t):
    wday, yday0 = t[6], t[7] - 1
    hour12 = t[3] % 12 or 12
    if c == 'Y': return str(t[0])
    if c == 'm': return _two(t[1])
    if c == 'd': return _two(t[2])
    if c == 'e': return f'{t[2]:2d}'
    if c == 'H': return _two(t[3])
    if c == 'I': return _two(hour12)
    if c == 'M': return _two(t[4])
    if c == 'S': return _two(t[5])
    if c == 'y': return _two(t[0] % 100)
    if c == 'a': return _DAYS[wday][:3]
    if c == 'A': return _DAYS[wday]
    if c == 'b' or c == 'h': return _MONTHS[t[1] - 1][:3]
    if c == 'B': return _MONTHS[t[1] - 1]
    if c == 'j': return f'{t[7]:03d}'
    if c == 'p': return 'AM' if t[3] < 12 else 'PM'
    if c == 'w': return str((wday + 1) % 7)
    if c == 'u': return str(wday + 1)
    if c == 'U': return _two((yday0 + 7 - (wday + 1) % 7) // 7)
    if c == 'W': return _two((yday0 + 7 - wday) // 7)
    if c == 'c': return f'{_DAYS[wday][:3]} {_MONTHS[t[1] - 1][:3]} {t[2]:2d} {_two(t[3])}:{_two(t[4])}:{_two(t[5])} {t[0]}'
    if c == 'x': return f'{_two(t[1])}/{_two(t[2])}/{_two(t[0] % 100)}'
    if c == 'X' or c == 'T': return f'{_two(t[3])}:{_two(t[4])}:{_two(t[5])}'
    if c == 'D': return f'{_two(t[1])}/{_two(t[2])}/{_two(t[0] % 100)}'
    if c == 'F': return f'{t[0]}-{_two(t[1])}-{_two(t[2])}'
    if c == 'R': return f'{_two(t[3])}:{_two(t[4])}'
    if c == 'n': return '\n'
    if c == 't': return '\t'
    if c == '%': return '%'
    if c == 'Z': return t.tm_zone or ''
    if c == 'z':
        off = t.tm_gmtoff or 0
        sign = '-' if off < 0 else '+'
        off = abs(off)
        return f'{sign}{_two(off // 3600)}{_two(off // 60 % 60)}'
    return '%' + c


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    t = _tuple(t, 'strftime')
    out, i = [], 0
    while i < len(format):
        ch = format[i]
        if ch == '%' and i + 1 < len(format):
            out.append(_directive(format[i + 1], t))
            i += 2
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """Parses a string to a struct_time by a format (the parser of jpy's datetime module, as CPython's _strptime)."""
    import datetime
    return struct_time(datetime._time_strptime(data_string, format))


def asctime(t=None):
    return strftime('%c', _tuple(t, 'asctime'))


def ctime(secs=None):
    return asctime(localtime(secs))
