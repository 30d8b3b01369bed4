# jpy's datetime module, part 3 (run after datetime_tz.py in the same globals): time and datetime, the naive/aware
# rules of their comparisons and arithmetic, timestamps and the clocks.


def _offset(tz, dt, what='utcoffset'):
    """tz.utcoffset(dt) (or dst), checked as CPython checks it; None when tz is None."""
    if tz is None:
        return None
    return _check_offset(getattr(tz, what)(dt), what)


def _tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
    return name


def _utcoffset(self):
    """Return self.tzinfo.utcoffset(self)."""
    return _offset(self._tzinfo, self._tz_arg())


def _dst(self):
    """Return self.tzinfo.dst(self)."""
    return _offset(self._tzinfo, self._tz_arg(), 'dst')


def _tzname_method(self):
    """Return self.tzinfo.tzname(self)."""
    return _tzname(self._tzinfo, self._tz_arg())


def _time_text(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f'{h:02d}'
    if timespec == 'minutes':
        return f'{h:02d}:{m:02d}'
    if timespec == 'seconds':
        return f'{h:02d}:{m:02d}:{s:02d}'
    if timespec == 'milliseconds':
        return f'{h:02d}:{m:02d}:{s:02d}.{us // 1000:03d}'
    if timespec == 'microseconds':
        return f'{h:02d}:{m:02d}:{s:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


def _time_repr(name, fields, tz, fold, keep=2):
    while len(fields) > keep and not fields[-1]:
        fields = fields[:-1]
    text = f"{name}({', '.join(str(f) for f in fields)}"
    if tz is not None:
        text += f', tzinfo={tz!r}'
    if fold:
        text += ', fold=1'
    return text + ')'


def _aware_order(a, b, cls, eq, what):
    """The order of two times or datetimes (by UTC when both are aware; None when one is naive and eq is set)."""
    if not isinstance(b, cls):
        return NotImplemented
    if a._tzinfo is b._tzinfo:
        return _cmp(a._local_us(), b._local_us())
    x, y = a.utcoffset(), b.utcoffset()
    if (x is None) != (y is None):
        if eq:
            return None
        raise TypeError(f"can't compare offset-naive and offset-aware {what}")
    return _cmp(a._local_us() - (x._us() if x is not None else 0), b._local_us() - (y._us() if y is not None else 0))


_TIME_NAMES = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')


@_comparable
class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kw):
        h, m, s, us, tz, fold = _parse(args, kw, _TIME_NAMES, 0, 5, 'function')
        h, m, s, us, fold = _check_time(h or 0, m or 0, s or 0, us or 0, fold or 0)
        return _mktime(cls, h, m, s, us, _check_tz(tz), fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        h, m, sec, us, tz = _parse_iso_time_only(s)
        return cls(h, m, sec, us, tz)

    def _tz_arg(self):
        return None

    utcoffset = _utcoffset
    dst = _dst
    tzname = _tzname_method

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        text = _time_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        return text if off is None else text + _offset_text(off, ':')

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return _time_repr(_tp(self), (self._hour, self._minute, self._second, self._microsecond), self._tzinfo,
                          self._fold)

    strftime = date.strftime
    __format__ = date.__format__

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    __replace__ = replace

    def _local_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _order(self, other, eq):
        return _aware_order(self, other, time, eq, 'times')

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        return hash(('aware', self._local_us() - off._us()))

    def __bool__(self):
        return True

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)


def _mktime(cls, h, m, s, us, tz, fold):
    self = _NEW(cls)
    self._hour = h
    self._minute = m
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


time.min = _mktime(time, 0, 0, 0, 0, None, 0)
time.max = _mktime(time, 23, 59, 59, 999999, None, 0)
time.resolution = _td(1)

_NO_TIME = (None,) * 9
_DT_NAMES = ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')


def _mkdt(cls, y, mo, d, h, mi, s, us, tz, fold=0):
    if cls is datetime:
        return _fill(_NEW(datetime), y, mo, d, h, mi, s, us, tz, fold)
    return cls(y, mo, d, h, mi, s, us, tz, fold=fold)


def _dt_from_us(cls, us, tz, fold=0):
    """The datetime us microseconds after 0001-01-01 00:00 minus one day (ordinal 0), or OverflowError."""
    days, us = divmod(us, _US_DAY)
    if not 1 <= days <= _MAXORDINAL:
        raise OverflowError('date value out of range')
    y, mo, d = _ord2ymd(days)
    s, us = divmod(us, 1000000)
    mi, s = divmod(s, 60)
    h, mi = divmod(mi, 60)
    return _mkdt(cls, y, mo, d, h, mi, s, us, tz, fold)


_EPOCH_US = 719163 * _US_DAY


def _split_timestamp(t):
    """(seconds, microseconds) of a POSIX timestamp, the microseconds rounded half to even as CPython does."""
    if isinstance(t, int):
        secs, us = t, 0
    elif isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = _modf(t) if abs(t) != float('inf') else (0.0, t)
        us = round(frac * 1e6)
        if us >= 1000000:
            us -= 1000000
            whole += 1.0
        elif us < 0:
            us += 1000000
            whole -= 1.0
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError('timestamp out of range for platform time_t')
        secs = int(whole)
    else:
        if not hasattr(type(t), '__index__') and not hasattr(type(t), '__float__'):
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        return _split_timestamp(float(t) if not hasattr(type(t), '__index__') else type(t).__index__(t))
    if not -9223372036854775808 <= secs <= 9223372036854775807:
        raise OverflowError('timestamp out of range for platform time_t')
    return secs, us


def _utc_fields(secs, us):
    days, s = divmod(secs, 86400)
    y, m, d = _ord2ymd(days + 719163) if -719162 <= days <= 2932896 else (days * 400 // 146097 + 1970, 1, 1)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError(f'year {y} is out of range')
    mi, s = divmod(s, 60)
    h, mi = divmod(mi, 60)
    return y, m, d, h, mi, s, us


def _gmtoff(secs):
    try:
        return _time_module().localtime(secs).tm_gmtoff or 0
    except (OverflowError, ValueError, OSError):
        return 0


def _local_fields(t):
    secs, us = _split_timestamp(t)
    return _utc_fields(secs + _gmtoff(secs), us)


def _warn_utc(what, instead):
    import warnings
    warnings.warn(f'datetime.datetime.{what}() is deprecated and scheduled for removal in a future version. '
                  f'Use timezone-aware objects to represent datetimes in UTC: {instead}.', DeprecationWarning,
                  stacklevel=2, skip_file_prefixes=('<jpy datetime',))


@_comparable
class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kw):
        if kw or not 3 <= len(args) <= 8:
            y, mo, d, h, mi, s, us, tz, fold = _parse(args, kw, _DT_NAMES, 3, 8, 'function')
        else:
            y, mo, d, h, mi, s, us, tz, fold = args + _NO_TIME[len(args):]
        y, mo, d = _check_date(y, mo, d)
        h, mi, s, us, fold = _check_time(h or 0, mi or 0, s or 0, us or 0, fold or 0)
        return _mkdt(datetime, y, mo, d, h, mi, s, us, _check_tz(tz), fold) if cls is datetime else \
            _fill(_NEW(cls), y, mo, d, h, mi, s, us, _check_tz(tz), fold)

    hour, minute, second, microsecond, tzinfo, fold = time.hour, time.minute, time.second, time.microsecond, \
        time.tzinfo, time.fold

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tz(tz)
        secs, us = _split_timestamp(t)
        if tz is None:
            return _mkdt(cls, *_utc_fields(secs + _gmtoff(secs), us), None)
        dt = _mkdt(cls, *_utc_fields(secs, us), tz)
        return tz.fromutc(dt)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        _warn_utc('utcfromtimestamp', 'datetime.datetime.fromtimestamp(timestamp, datetime.UTC)')
        return _mkdt(cls, *_utc_fields(*_split_timestamp(t)), None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        _check_tz(tz)
        ns = _time_module().time_ns()
        return cls.fromtimestamp(ns // 1000000000, tz).replace(microsecond=ns // 1000 % 1000000)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        _warn_utc('utcnow', 'datetime.datetime.now(datetime.UTC)')
        ns = _time_module().time_ns()
        return _mkdt(cls, *_utc_fields(ns // 1000000000, ns // 1000 % 1000000), None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError(f'combine() argument 1 must be datetime.date, not {type(date).__name__}')
        if not isinstance(time, _time_class):
            raise TypeError(f'combine() argument 2 must be datetime.time, not {type(time).__name__}')
        tz = time._tzinfo if tzinfo is True else _check_tz(tzinfo)
        return _mkdt(cls, date._year, date._month, date._day, time._hour, time._minute, time._second,
                     time._microsecond, tz, time._fold)

    @classmethod
    def fromisoformat(cls, s):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        return cls(*_parse_iso_datetime(s))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        return _strptime_datetime(cls, date_string, format)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second,
                            -1 if dst is None else int(bool(dst)))

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        dt = self if off is None else _dt_from_us(datetime, self._local_us() - off._us(), None)
        return _struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, 0)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        off = self.utcoffset()
        if off is not None:
            return (self._local_us() - off._us() - _EPOCH_US) / 10 ** 6
        return self._naive_utc_seconds() + self._microsecond / 10 ** 6

    def _naive_utc_seconds(self):
        """The POSIX seconds of this naive datetime taken as local time."""
        local = (self._local_us() - _EPOCH_US) // 1000000
        return local - _gmtoff(local - _gmtoff(local))

    def date(self):
        """Return date object with same year, month and day."""
        return _mkdate(_date_class, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _mktime(_time_class, self._hour, self._minute, self._second, self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _mktime(_time_class, self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                       self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    __replace__ = replace

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is not None:
            _check_tz(tz)
        off = self.utcoffset()
        if off is None:
            utc_us = _EPOCH_US + self._naive_utc_seconds() * 1000000 + self._microsecond
        else:
            utc_us = self._local_us() - off._us()
        if tz is None:
            secs = (utc_us - _EPOCH_US) // 1000000
            gmtoff = _gmtoff(secs)
            name = _time_module().localtime(secs).tm_zone
            tz = timezone(_td(gmtoff * 1000000), name)
        elif tz is self._tzinfo and off is not None:
            return self
        return tz.fromutc(_dt_from_us(type(self), utc_us, tz))

    def ctime(self):
        """Return ctime() style string."""
        return _ctime(self._year, self._month, self._day, self._hour, self._minute, self._second)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(f'isoformat() argument 1 must be a unicode character, not {type(sep).__name__}')
        text = (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}' +
                _time_text(self._hour, self._minute, self._second, self._microsecond, timespec))
        off = self.utcoffset()
        return text if off is None else text + _offset_text(off, ':')

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        return _time_repr(_tp(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                                      self._microsecond), self._tzinfo, self._fold, 5)

    def _tz_arg(self):
        return self

    utcoffset = _utcoffset
    dst = _dst
    tzname = _tzname_method

    def _local_us(self):
        return ((_ymd2ord(self._year, self._month, self._day) * 86400 + self._hour * 3600 + self._minute * 60 +
                 self._second) * 1000000 + self._microsecond)

    def _order(self, other, eq):
        return _aware_order(self, other, datetime, eq, 'datetimes')

    def __hash__(self):
        off = self.utcoffset() if self._fold == 0 else self.replace(fold=0).utcoffset()
        if off is None:
            return hash((self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond))
        return hash(('aware', self._local_us() - off._us()))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._local_us() + other._us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._local_us() - other._us(), self._tzinfo)
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return _td(self._local_us() - other._local_us())
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            a = a._us() if a is not None else 0
            b = b._us() if b is not None else 0
            return _td(self._local_us() - a - other._local_us() + b)
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                            self._microsecond, self._tzinfo)


def _fill(self, y, mo, d, h, mi, s, us, tz, fold):
    self._year = y
    self._month = mo
    self._day = d
    self._hour = h
    self._minute = mi
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


_date_class = date
_time_class = time
datetime.min = _mkdt(datetime, 1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _mkdt(datetime, 9999, 12, 31, 23, 59, 59, 999999, None)
datetime.resolution = _td(1)
