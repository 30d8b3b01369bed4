"""jpy's datetime module, part 1 (run by dev.jpy.vm.builtins.DatetimeModule): calendar helpers, argument checks,
timedelta, date and IsoCalendarDate, with the messages of CPython 3.13's C implementation. tzinfo and timezone are
in datetime_tz.py, time and datetime in datetime_time.py, strftime, strptime and the ISO parsers in
datetime_format.py."""

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')
MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DBM = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_US_DAY = 86400000000
_NEW = object.__new__


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _is_leap(y) else _DIM[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _DBM[m] + (m > 2 and _is_leap(y)) + d


def _ord2ymd(n):
    """(year, month, day) of a proleptic Gregorian ordinal: whole 400-, 100-, 4- and 1-year cycles, then the month."""
    q400, n = divmod(n - 1, 146097)
    q100, n = divmod(n, 36524)
    q4, n = divmod(n, 1461)
    q1, n = divmod(n, 365)
    y = q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1
    if q1 == 4 or q100 == 4:
        return y - 1, 12, 31
    leap = q1 == 3 and (q4 != 24 or q100 == 3)
    m = (n + 50) >> 5
    before = _DBM[m] + (m > 2 and leap)
    if before > n:
        m -= 1
        before = _DBM[m] + (m > 2 and leap)
    return y, m, n - before + 1


def _tp(obj):
    """The name CPython prints for obj's type: 'datetime.X' for this module's classes, the bare name for subclasses."""
    t = type(obj)
    return 'datetime.' + t.__name__ if t.__module__ == 'datetime' else t.__name__


def _int(v):
    if type(v) is not int:
        if isinstance(v, float) or not hasattr(type(v), '__index__'):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
        v = type(v).__index__(v)
    if v > 2147483647:
        raise OverflowError('signed integer is greater than maximum')
    if v < -2147483648:
        raise OverflowError('signed integer is less than minimum')
    return v


def _parse(args, kw, names, nreq, npos, fname):
    """The values of a C-style (PyArg_ParseTupleAndKeywords) argument list; None for absent optional ones."""
    n = len(args)
    if n + len(kw) > len(names):
        raise TypeError(f'{fname} takes at most {len(names)} argument{"s" if len(names) != 1 else ""} ({n + len(kw)} given)')
    if n > npos:
        raise TypeError(f'{fname} takes at most {npos} positional argument{"s" if npos != 1 else ""} ({n} given)')
    vals = list(args) + [None] * (len(names) - n)
    if kw:
        for k, v in kw.items():
            if k not in names:
                raise TypeError(f"{fname} got an unexpected keyword argument '{k}'" if fname != 'function'
                                else f"'{k}' is an invalid keyword argument for {fname}")
            i = names.index(k)
            if i < n:
                raise TypeError(f"argument for {fname} given by name ('{k}') and position ({i + 1})")
            vals[i] = v
    for i in range(nreq):
        if vals[i] is None and (i >= n and names[i] not in kw):
            raise TypeError(f"{fname} missing required argument '{names[i]}' (pos {i + 1})")
    return vals


def _check_date(y, m, d):
    y, m, d = _int(y), _int(m), _int(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError(f'year {y} is out of range')
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= d <= (29 if m == 2 and _is_leap(y) else _DIM[m]):
        raise ValueError('day is out of range for month')
    return y, m, d


def _check_time(h, mi, s, us, fold):
    h, mi, s, us, fold = _int(h), _int(mi), _int(s), _int(us), _int(fold)
    if not 0 <= h <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= mi <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= s <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= us <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')
    return h, mi, s, us, fold


def _check_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")
    return tz


def _round_half_even(num, den):
    """num / den rounded to the nearest integer, halves to even (den > 0 or < 0)."""
    q, r = divmod(num, den)
    twice = 2 * r
    if den > 0:
        if twice > den or (twice == den and q % 2 == 1):
            q += 1
    elif twice < den or (twice == den and q % 2 == 1):
        q += 1
    return q


# ---------------------------------------------------------------- timedelta

_TD_NAMES = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')
_TD_FACTOR = {'days': _US_DAY, 'seconds': 1000000, 'microseconds': 1, 'milliseconds': 1000, 'minutes': 60000000,
              'hours': 3600000000, 'weeks': 7 * _US_DAY}
_TD_FACTORS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 1000000), ('minutes', 60000000),
               ('hours', 3600000000), ('days', _US_DAY), ('weeks', 7 * _US_DAY))


def _cmp(a, b):
    return 0 if a == b else 1 if a > b else -1


def _comparison(test, eq):
    def method(self, other):
        c = self._order(other, eq)
        return c if c is NotImplemented else test(c)
    return method


def _comparable(cls):
    """Gives cls the six rich comparisons from its _order(other, eq): -1, 0, 1, NotImplemented, or None when eq is
    set and the objects are not comparable (a naive and an aware one: unequal)."""
    cls.__eq__ = _comparison(lambda c: c == 0, True)
    cls.__ne__ = _comparison(lambda c: c != 0, True)
    cls.__lt__ = _comparison(lambda c: c < 0, False)
    cls.__le__ = _comparison(lambda c: c <= 0, False)
    cls.__gt__ = _comparison(lambda c: c > 0, False)
    cls.__ge__ = _comparison(lambda c: c >= 0, False)
    return cls


def _modf(x):
    i = float(int(x))
    return x - i, i


def _td_us(vals):
    """Total microseconds of the constructor's arguments, float parts rounded as CPython does (half to even)."""
    total, leftover = 0, 0.0
    for name, factor in _TD_FACTORS:
        v = vals[name]
        if v is None:
            continue
        if isinstance(v, int):
            total += v * factor
        elif isinstance(v, float):
            frac, whole = _modf(v)
            total += int(whole) * factor
            if frac:
                frac, whole = _modf(float(factor) * frac)
                total += int(whole)
                leftover += frac
        else:
            raise TypeError(f'unsupported type for timedelta {name} component: {type(v).__name__}')
    if leftover:
        whole = float(round(leftover))
        if abs(whole - leftover) == 0.5:
            odd = total & 1
            whole = 2.0 * round((leftover + odd) * 0.5) - odd
        total += int(whole)
    return total


class _ReadOnly:
    """A read-only field of timedelta (a C member in CPython: setting it says 'readonly attribute')."""
    __slots__ = ('slot',)

    def __init__(self, slot):
        self.slot = slot

    def __get__(self, obj, cls=None):
        return self if obj is None else getattr(obj, self.slot)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


def _td(us, cls=None):
    """The timedelta of us microseconds (exactly timedelta unless cls is given)."""
    s, u = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -999999999 <= d <= 999999999:
        if not -2147483648 <= d <= 2147483647:
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError(f'days={d}; must have magnitude <= 999999999')
    self = _NEW(cls or timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = u
    return self


@_comparable
class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""
    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, *args, **kw):
        if not kw and len(args) == 1 and type(args[0]) is int:
            return _td(args[0] * _US_DAY, cls)
        if not args:
            us = 0
            for k, v in kw.items():
                factor = _TD_FACTOR.get(k)
                if factor is None or type(v) is not int:
                    break
                us += v * factor
            else:
                return _td(us, cls)
        vals = _parse(args, kw, _TD_NAMES, 0, 7, '__new__()')
        return _td(_td_us(dict(zip(_TD_NAMES, vals))), cls)

    days = _ReadOnly('_days')
    seconds = _ReadOnly('_seconds')
    microseconds = _ReadOnly('_microseconds')

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f'days={self._days}')
        if self._seconds:
            parts.append(f'seconds={self._seconds}')
        if self._microseconds:
            parts.append(f'microseconds={self._microseconds}')
        return f"{_tp(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f'{hh}:{mm:02d}:{ss:02d}'
        if self._microseconds:
            s += f'.{self._microseconds:06d}'
        if self._days:
            s = f"{self._days} day{'s' if abs(self._days) != 1 else ''}, " + s
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _td(-self._us())

    def __pos__(self):
        return _td(self._us())

    def __abs__(self):
        return _td(-self._us()) if self._days < 0 else _td(self._us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td(_round_half_even(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _td(_round_half_even(self._us(), other) if other else divmod(1, 0))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                divmod(1, 0)
            return _td(_round_half_even(self._us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td(r)
        return NotImplemented

    def _order(self, other, eq):
        if isinstance(other, timedelta):
            return _cmp(self._us(), other._us())
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = _td(-999999999 * _US_DAY)
timedelta.max = _td(1000000000 * _US_DAY - 1)
timedelta.resolution = _td(1)


# ---------------------------------------------------------------- date

def _mkdate(cls, y, m, d):
    if cls is date:
        self = _NEW(date)
        self._year = y
        self._month = m
        self._day = d
        return self
    return cls(y, m, d)


def _date_from_ordinal(cls, n):
    if not 1 <= n <= _MAXORDINAL:
        raise OverflowError('date value out of range')
    return _mkdate(cls, *_ord2ymd(n))




def _time_module():
    import time
    return time


def _struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _DBM[m] + (m > 2 and _is_leap(y)) + d
    return _time_module().struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


@_comparable
class date:
    """date(year, month, day) --> date object"""
    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, *args, **kw):
        if not kw and len(args) == 3:
            y, m, d = args
        else:
            y, m, d = _parse(args, kw, ('year', 'month', 'day'), 3, 3, 'function')
        y, m, d = _check_date(y, m, d)
        self = _NEW(cls)
        self._year = y
        self._month = m
        self._day = d
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time_module().time())

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time."""
        y, m, d = _local_fields(t)[:3]
        return _mkdate(cls, y, m, d)

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        if y > MAXYEAR:
            raise ValueError(f'year {y} is out of range')
        return _mkdate(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        return _mkdate(cls, *_parse_iso_date_only(s))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        return _mkdate(cls, *_from_iso_calendar(_int(year), _int(week), _int(day)))

    def ctime(self):
        """Return ctime() style string."""
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
        return _strftime(self, format)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'format() argument 2 must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return f'{_tp(self)}({self._year}, {self._month}, {self._day})'

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        y = self._year
        n = self.toordinal()
        start = _iso_week1_monday(y)
        if n < start:
            y -= 1
            start = _iso_week1_monday(y)
        elif y < MAXYEAR and n >= _iso_week1_monday(y + 1):
            y += 1
            start = _iso_week1_monday(y)
        week, day = divmod(n - start, 7)
        return _IsoCalendarDate(y, week + 1, day + 1)

    def _key(self):
        return self._year, self._month, self._day

    def _order(self, other, eq):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return _cmp(self._key(), other._key())
        return NotImplemented

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() + other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() - other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td((self.toordinal() - other.toordinal()) * _US_DAY)
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


def _iso_week1_monday(y):
    first = _days_before_year(y) + 1
    wd = (first + 6) % 7
    monday = first - wd
    return monday + 7 if wd > 3 else monday


def _from_iso_calendar(y, w, d):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError(f'Year is out of range: {y}')
    if not 0 < w < 53:
        long_year = w == 53 and ((_days_before_year(y) + 1 + 6) % 7 == 3 or
                                 ((_days_before_year(y) + 1 + 6) % 7 == 2 and _is_leap(y)))
        if not long_year:
            raise ValueError(f'Invalid week: {w}')
    if not 0 < d < 8:
        raise ValueError(f'Invalid day: {d} (range is [1, 7])')
    n = _iso_week1_monday(y) + (w - 1) * 7 + d - 1
    if not 1 <= n <= _MAXORDINAL:
        raise ValueError(f'Year is out of range: {y}')
    return _ord2ymd(n)


date.min = _mkdate(date, 1, 1, 1)
date.max = _mkdate(date, 9999, 12, 31)
date.resolution = _td(_US_DAY)


class IsoCalendarDate(tuple):
    """The result of date.isocalendar(): a (year, week, weekday) tuple with named fields."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f'{_tp(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})'

    def __reduce__(self):
        return tuple, (tuple(self),)


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate
