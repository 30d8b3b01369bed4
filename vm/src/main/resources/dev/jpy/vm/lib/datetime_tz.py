# jpy's datetime module, part 2 (run after datetime.py in the same globals): tzinfo, the abstract base, and
# timezone, the fixed offsets (utc, min, max), with the offset checks that datetime and time apply to any tzinfo.

class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst


_OMITTED = object()


def _check_offset(off, what):
    """off when it is None or a timedelta within a day; what names the method for the type error."""
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError(f"tzinfo.{what}() must return None or timedelta, not '{type(off).__name__}'")
    if not -_US_DAY < off._us() < _US_DAY:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).')
    return off


def _offset_text(off, sep):
    """+HH:MM[:SS[.ffffff]] of a timedelta (sep between the fields)."""
    us = off._us()
    sign = '-' if us < 0 else '+'
    us = abs(us)
    s, us = divmod(us, 1000000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    text = f'{sign}{h:02d}{sep}{m:02d}'
    if s or us:
        text += f'{sep}{s:02d}'
        if us:
            text += f'.{us:06d}'
    return text


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError(f'timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}')
        if name is _OMITTED:
            name = None
            if not offset and cls is timezone:
                return timezone.utc
        elif not isinstance(name, str):
            raise TypeError(f'timezone() argument 2 must be str, not {type(name).__name__}')
        if not -_US_DAY < offset._us() < _US_DAY:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             f'timedelta(hours=24), not {offset!r}.')
        return _mktz(cls, offset, name)

    def __init_subclass__(cls, **kw):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'{_tp(self)}({self._offset!r})'
        return f'{_tp(self)}({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def _arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f'{what}(dt) argument must be a datetime instance or None, not {type(dt).__name__}')

    def utcoffset(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._arg(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        """Return None."""
        self._arg(dt, 'dst')
        return None

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _offset_text(self._offset, ':')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()


def _mktz(cls, offset, name):
    self = _NEW(cls)
    self._offset = offset
    self._name = name
    return self


timezone.utc = _mktz(timezone, _td(0), None)
timezone.min = _mktz(timezone, _td(-_US_DAY + 60000000), None)
timezone.max = _mktz(timezone, _td(_US_DAY - 60000000), None)
UTC = timezone.utc
