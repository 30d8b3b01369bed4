# jpy's datetime module, part 4 (run after datetime_time.py in the same globals): strftime (the C locale, as
# glibc formats it), strptime (CPython's _strptime rules) and the fromisoformat parsers of CPython 3.13.

_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_NAMES = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                'October', 'November', 'December')


def _fields(obj):
    """(y, m, d, H, M, S, us, obj) of a date, time or datetime, as strftime sees them; like CPython, a datetime's
    timetuple() (so its dst()) is computed first, utcoffset() and tzname() only for %z and %Z."""
    if isinstance(obj, datetime):
        if obj._tzinfo is not None:
            obj.dst()
        return obj._year, obj._month, obj._day, obj._hour, obj._minute, obj._second, obj._microsecond, obj
    if isinstance(obj, date):
        return obj._year, obj._month, obj._day, 0, 0, 0, 0, None
    return 1900, 1, 1, obj._hour, obj._minute, obj._second, obj._microsecond, obj


def _iso_year_week(y, m, d):
    n = _ymd2ord(y, m, d)
    start = _iso_week1_monday(y)
    if n < start:
        y -= 1
        start = _iso_week1_monday(y)
    elif n >= _iso_week1_monday(y + 1):
        y += 1
        start = _iso_week1_monday(y)
    return y, (n - start) // 7 + 1


def _directive(c, f):
    y, m, d, hh, mm, ss, us, obj = f
    if c == 'Y': return str(y)
    if c == 'm': return f'{m:02d}'
    if c == 'd': return f'{d:02d}'
    if c == 'H': return f'{hh:02d}'
    if c == 'M': return f'{mm:02d}'
    if c == 'S': return f'{ss:02d}'
    if c == 'f': return f'{us:06d}'
    if c == 'y': return f'{y % 100:02d}'
    if c == 'b' or c == 'h': return _MONTH_NAMES[m][:3]
    if c == 'B': return _MONTH_NAMES[m]
    wday = (_ymd2ord(y, m, d) + 6) % 7
    if c == 'a': return _DAY_NAMES[wday][:3]
    if c == 'A': return _DAY_NAMES[wday]
    if c == 'p': return 'AM' if hh < 12 else 'PM'
    if c == 'P': return 'am' if hh < 12 else 'pm'
    if c == 'I': return f'{hh % 12 or 12:02d}'
    if c == 'l': return f'{hh % 12 or 12:2d}'
    if c == 'k': return f'{hh:2d}'
    if c == 'e': return f'{d:2d}'
    yday = _DBM[m] + (m > 2 and _is_leap(y)) + d
    if c == 'j': return f'{yday:03d}'
    if c == 'U': return f'{(yday - 1 + 7 - (wday + 1) % 7) // 7:02d}'
    if c == 'W': return f'{(yday - 1 + 7 - wday) // 7:02d}'
    if c == 'w': return str((wday + 1) % 7)
    if c == 'u': return str(wday + 1)
    if c == 'z':
        off = obj and obj.utcoffset()
        return '' if off is None else _offset_text(off, '')
    if c == 'Z': return obj and obj.tzname() or ''
    if c == 'c': return f'{_DAY_NAMES[wday][:3]} {_MONTH_NAMES[m][:3]} {d:2d} {hh:02d}:{mm:02d}:{ss:02d} {y}'
    if c == 'x' or c == 'D': return f'{m:02d}/{d:02d}/{y % 100:02d}'
    if c == 'X' or c == 'T': return f'{hh:02d}:{mm:02d}:{ss:02d}'
    if c == 'F': return f'{y}-{m:02d}-{d:02d}'
    if c == 'R': return f'{hh:02d}:{mm:02d}'
    if c == 'r': return f'{hh % 12 or 12:02d}:{mm:02d}:{ss:02d} {"AM" if hh < 12 else "PM"}'
    if c == 'C': return f'{y // 100:02d}'
    if c in 'GgV':
        iy, iw = _iso_year_week(y, m, d)
        return str(iy) if c == 'G' else f'{iy % 100:02d}' if c == 'g' else f'{iw:02d}'
    if c == 's':
        return str(_mkdt(datetime, y, m, d, hh, mm, ss, 0, None)._naive_utc_seconds())
    if c == 'n': return '\n'
    if c == 't': return '\t'
    if c == '%': return '%'
    return None


def _ctime(y, m, d, hh, mm, ss):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    return f'{_DAY_NAMES[wday][:3]} {_MONTH_NAMES[m][:3]} {d:2d} {hh:02d}:{mm:02d}:{ss:02d} {y:04d}'


def _strftime(obj, fmt):
    f = _fields(obj)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '\x00':
            break
        if ch != '%' or i + 1 == n:
            out.append(ch)
            i += 1
            continue
        c = fmt[i + 1]
        if c == ':' and i + 2 < n and fmt[i + 2] == 'z':
            off = f[7] and f[7].utcoffset()
            out.append('' if off is None else _offset_text(off, ':'))
            i += 3
            continue
        if (c == 'E' or c == 'O') and i + 2 < n:
            ok = fmt[i + 2] in ('cCxXyY' if c == 'E' else 'deHImMSuUVwWy')
            out.append(_directive(fmt[i + 2], f) if ok else '')
            i += 3
            continue
        if c == '-' and i + 2 < n:
            text = _directive(fmt[i + 2], f)
            if text is not None:
                out.append(str(int(text)) if text.strip().isdigit() else text)
                i += 3
                continue
        text = _directive(c, f)
        if text is None:
            out.append('%' + c)
        else:
            out.append(text)
        i += 2
    return ''.join(out)


# ---------------------------------------------------------------- strptime

_NUMERIC = {
    'd': r'3[01]|[12]\d|0[1-9]|[1-9]| [1-9]', 'f': r'[0-9]{1,6}', 'H': r'2[0-3]|[0-1]\d|\d',
    'I': r'1[0-2]|0[1-9]|[1-9]', 'G': r'\d\d\d\d', 'j': r'36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]',
    'm': r'1[0-2]|0[1-9]|[1-9]', 'M': r'[0-5]\d|\d', 'S': r'6[0-1]|[0-5]\d|\d', 'U': r'5[0-3]|[0-4]\d|\d',
    'W': r'5[0-3]|[0-4]\d|\d', 'w': r'[0-6]', 'u': r'[1-7]', 'V': r'5[0-3]|0[1-9]|[1-4]\d|\d', 'y': r'\d\d',
    'Y': r'\d\d\d\d', 'z': r'[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|Z',
}
_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_REGEX_CACHE = {}


def _names_re(names):
    return '|'.join(sorted((n.lower() for n in names if n), key=len, reverse=True))


def _directive_re(c):
    if c in _NUMERIC:
        return _NUMERIC[c]
    if c == 'A': return _names_re(_DAY_NAMES)
    if c == 'a': return _names_re(n[:3] for n in _DAY_NAMES)
    if c == 'B': return _names_re(_MONTH_NAMES)
    if c == 'b': return _names_re(n[:3] for n in _MONTH_NAMES)
    if c == 'p': return 'am|pm'
    if c == 'Z':
        return _names_re(('utc', 'gmt') + tuple(_time_module().tzname))
    return None


def _format_regex(fmt):
    """(compiled regex, directives in order) of a strptime format; warns like CPython about %d without a year."""
    import re
    parts, names = [], []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%':
            if i + 1 == n:
                raise ValueError(f"stray % in format '{fmt}'")
            c = fmt[i + 1]
            if c in _EXPANSIONS:
                sub, sub_names = _format_regex(_EXPANSIONS[c])
                parts.append(sub)
                names.extend(sub_names)
            elif c == '%':
                parts.append('%')
            else:
                pattern = _directive_re(c)
                if pattern is None:
                    raise ValueError(f"'{c}' is a bad directive in format '{fmt}'")
                if c in names:
                    raise re.error(f'redefinition of group name {c!r} as group {len(names) + 1}; was group '
                                   f'{names.index(c) + 1}')
                parts.append(f'({pattern})')
                names.append(c)
            i += 2
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            parts.append(r'\s+')
        else:
            parts.append(re.escape(ch))
            i += 1
    return ''.join(parts), names


def _compiled(fmt):
    """The cached (regex, directives) of a format; like CPython, warns about %d without a year when it compiles one."""
    entry = _REGEX_CACHE.get(fmt)
    if entry is None:
        import re
        pattern, names = _format_regex(fmt)
        entry = (re.compile(pattern, re.IGNORECASE), names)
        if 'd' in names and not ('Y' in names or 'y' in names or 'G' in names):
            import warnings
            warnings.warn('Parsing dates involving a day of month without a year specified is ambiguious\n'
                          'and fails to parse leap day. The default behavior will change in Python 3.15\n'
                          'to either always raise an exception or to use a different default year (TBD).\n'
                          'To avoid trouble, add a specific year to the input & format.\n'
                          'See https://github.com/python/cpython/issues/70647.', DeprecationWarning,
                          skip_file_prefixes=('<jpy datetime',))
        if len(_REGEX_CACHE) > 5:
            _REGEX_CACHE.clear()
        _REGEX_CACHE[fmt] = entry
    return entry


def _julian_from_week(year, week, weekday, monday_first):
    first = (_ymd2ord(year, 1, 1) + 6) % 7
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _strptime_parse(s, fmt):
    """((y, m, d, H, M, S, wday, yday, isdst, zone, gmtoff), us, gmtoff_us) parsed from s by fmt, as CPython's
    _strptime computes them."""
    regex, names = _compiled(fmt)
    found = regex.match(s)
    if found is None:
        raise ValueError(f'time data {s!r} does not match format {fmt!r}')
    if found.end() != len(s):
        raise ValueError(f'unconverted data remains: {s[found.end():]}')
    g = dict(zip(names, found.groups()))
    year = iso_year = iso_week = weekday = julian = gmtoff = None
    month = day = 1
    hour = minute = second = fraction = gmtoff_us = 0
    week = week_start = None
    for c, v in g.items():
        if c == 'y':
            year = int(v) + (2000 if int(v) <= 68 else 1900)
        elif c == 'Y':
            year = int(v)
        elif c == 'G':
            iso_year = int(v)
        elif c == 'm':
            month = int(v)
        elif c == 'B':
            month = [n.lower() for n in _MONTH_NAMES].index(v.lower())
        elif c == 'b':
            month = [n[:3].lower() for n in _MONTH_NAMES].index(v.lower())
        elif c == 'd':
            day = int(v)
        elif c == 'H':
            hour = int(v)
        elif c == 'I':
            hour = int(v)
            ampm = g.get('p', '').lower()
            if ampm == 'am' and hour == 12:
                hour = 0
            elif ampm == 'pm' and hour != 12:
                hour += 12
        elif c == 'M':
            minute = int(v)
        elif c == 'S':
            second = int(v)
        elif c == 'f':
            fraction = int(v + '0' * (6 - len(v)))
        elif c == 'A':
            weekday = [n.lower() for n in _DAY_NAMES].index(v.lower())
        elif c == 'a':
            weekday = [n[:3].lower() for n in _DAY_NAMES].index(v.lower())
        elif c == 'w':
            weekday = (int(v) + 6) % 7
        elif c == 'u':
            weekday = int(v) - 1
        elif c == 'j':
            julian = int(v)
        elif c in 'UW':
            week, week_start = int(v), c
        elif c == 'V':
            iso_week = int(v)
        elif c == 'z':
            gmtoff, gmtoff_us = _parse_z(v)
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year "
                         "'%G' instead.")
    leap_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_fix else 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, week_start == 'W')
        elif iso_year is not None:
            year, month, day = _from_iso_calendar(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        year, month, day = _ord2ymd(julian - 1 + _ymd2ord(year, 1, 1))
    else:
        _check_date(year, month, day)
        julian = _ymd2ord(year, month, day) - _ymd2ord(year, 1, 1) + 1
    if weekday is None:
        weekday = (_ymd2ord(year, month, day) + 6) % 7
    if leap_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, _isdst(g.get('Z')), g.get('Z'), gmtoff),
            fraction, gmtoff_us)


def _isdst(zone):
    if zone is None:
        return -1
    zone = zone.lower()
    if zone in ('utc', 'gmt'):
        return 0
    names = [n.lower() for n in _time_module().tzname]
    if zone not in names or (names[0] == names[1] and _time_module().daylight):
        return -1
    return names.index(zone)


def _strptime_fields(s, fmt):
    """(y, m, d, H, M, S, us, tzinfo or None) of datetime.strptime."""
    for arg, i in ((s, 1), (fmt, 2)):
        if not isinstance(arg, str):
            raise TypeError(f'strptime() argument {i} must be str, not {type(arg).__name__}')
    t, us, gmtoff_us = _strptime_parse(s, fmt)
    tz = None
    if t[10] is not None:
        delta = timedelta(seconds=t[10], microseconds=gmtoff_us)
        tz = timezone(delta, t[9]) if t[9] else timezone(delta)
    return t[:6] + (us, tz)


def _time_strptime(s, fmt):
    """The 11 fields of time.strptime's struct_time."""
    for i, arg in enumerate((s, fmt)):
        if not isinstance(arg, str):
            raise TypeError(f'strptime() argument {i} must be str, not {type(arg)!r}')
    return _strptime_parse(s, fmt)[0]


def _parse_z(z):
    if z == 'Z':
        return 0, 0
    raw = z
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError(f'Inconsistent use of : in {raw}')
            z = z[:5] + z[6:]
    secs = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    us = int((z[8:] + '000000')[:6]) if len(z) > 8 else 0
    return (-secs, -us) if z[0] == '-' else (secs, us)


def _strptime_datetime(cls, s, fmt):
    return cls(*_strptime_fields(s, fmt))


# ---------------------------------------------------------------- fromisoformat

def _digits(s, i, n):
    """int of the n ASCII digits at s[i:], or None."""
    part = s[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        return None
    return int(part)


class _IsoError(Exception):
    pass


def _need(v):
    if v is None:
        raise _IsoError
    return v


def _iso_date(s):
    """(y, m, d) of a whole ISO date: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]."""
    y = _need(_digits(s, 0, 4))
    i = 4
    ext = s[i:i + 1] == '-'
    if ext:
        i += 1
    if s[i:i + 1] == 'W':
        w = _need(_digits(s, i + 1, 2))
        i += 3
        d = 1
        if i < len(s):
            if ext:
                if s[i] != '-':
                    raise _IsoError
                i += 1
            d = _need(_digits(s, i, 1))
            i += 1
        if i != len(s):
            raise _IsoError
        try:
            return _from_iso_calendar(y, w, d)
        except ValueError:
            raise _IsoError from None
    m = _need(_digits(s, i, 2))
    i += 2
    if ext:
        if s[i:i + 1] != '-':
            raise _IsoError
        i += 1
    d = _need(_digits(s, i, 2))
    if i + 2 != len(s):
        raise _IsoError
    return y, m, d


def _hms(s):
    """[h, m, s, us] of HH[:MM[:SS[.fff]]] or HH[MM[SS[.fff]]] (the whole of s)."""
    fields = [_need(_digits(s, 0, 2)), 0, 0, 0]
    i = 2
    sep = s[2:3] == ':'
    for k in (1, 2):
        if i == len(s):
            return fields
        if sep:
            if s[i] != ':':
                raise _IsoError
            i += 1
        fields[k] = _need(_digits(s, i, 2))
        i += 2
    if i == len(s):
        return fields
    if s[i] not in '.,':
        raise _IsoError
    frac = s[i + 1:]
    if not frac or not frac.isdigit() or not frac.isascii():
        raise _IsoError
    fields[3] = int((frac + '00000')[:6])
    return fields


def _iso_time(s):
    """(h, m, s, us, tzinfo) of an ISO time with an optional Z or +-offset."""
    cut = len(s)
    for i, ch in enumerate(s):
        if ch in '+-Z':
            cut = i
            break
    h, m, sec, us = _hms(s[:cut])
    tz = None
    if cut < len(s):
        if s[cut] == 'Z':
            if cut + 1 != len(s):
                raise _IsoError
            tz = timezone.utc
        else:
            oh, om, osec, ous = _hms(s[cut + 1:])
            secs = (oh * 60 + om) * 60 + osec
            off = secs * 1000000 + ous
            if s[cut] == '-':
                off = -off
            tz = timezone.utc if secs == 0 else timezone(_td(off))
    return h, m, sec, us, tz


def _iso_call(parse, s):
    try:
        return parse(s)
    except _IsoError:
        raise ValueError(f'Invalid isoformat string: {s!r}') from None


def _parse_iso_date_only(s):
    return _check_date(*_iso_call(_iso_date, s))


def _parse_iso_time_only(s):
    return _iso_call(_iso_time, s[1:] if s[:1] == 'T' else s)


def _date_length(s):
    """Where the date part of an ISO datetime string ends."""
    if len(s) <= 7:
        return len(s)
    if s[4] == '-':
        if s[5] == 'W':
            return 10 if len(s) > 8 and s[8] == '-' and not (len(s) > 10 and '0' <= s[10] <= '9') else 8
        return 10
    if s[4] == 'W':
        return 8 if '0' <= s[7] <= '9' else 7
    return 8


def _iso_datetime(s):
    n = _date_length(s)
    y, mo, d = _iso_date(s[:n])
    if n == len(s):
        return y, mo, d, 0, 0, 0, 0, None
    if n + 1 == len(s):
        raise _IsoError
    return (y, mo, d) + _iso_time(s[n + 1:])


def _parse_iso_datetime(s):
    return _iso_call(_iso_datetime, s)

