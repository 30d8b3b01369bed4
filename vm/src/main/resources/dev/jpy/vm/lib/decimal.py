"""The second part of jpy's decimal module: Decimal as sign, integer coefficient and exponent, rounded by the current Context (lib/decimal_base.py ran first in the same globals)."""


def _zero_sign(sign):
    """The sign of 0 + x for a zero x of that sign: negative only when rounding toward -Infinity."""
    return 1 if sign and getcontext().rounding == ROUND_FLOOR else 0


def _convert(other, strict=True):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if not strict and isinstance(other, float):
        return Decimal(other)
    return None


def _signal(cls, cause=None):
    """Records the signal in the current context's flags; raises it when the context traps it."""
    _signals((cls,), cause)


def _signals(classes, cause=None):
    ctx = getcontext()
    for c in classes:
        ctx.flags[c] = True
    for c in _SIGNALS:
        if c in classes and ctx.traps.get(c):
            raise c([cause or c] if c is classes[0] else [c])


def _invalid(cause=None):
    """The quiet NaN an invalid operation gives when InvalidOperation is not trapped."""
    _signal(InvalidOperation, cause)
    return Decimal._make(0, 0, 0, 'n')


class Decimal:
    """A decimal floating-point number that keeps its digits and exponent exactly."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
        elif isinstance(value, int):
            self._sign, self._int, self._exp, self._special = (1 if value < 0 else 0), abs(int(value)), 0, ''
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                _signal(InvalidOperation, ConversionSyntax)
                parsed = 0, 0, 0, 'n'
            self._sign, self._int, self._exp, self._special = parsed
        elif isinstance(value, float):
            if value != value:
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
            elif value in (float('inf'), float('-inf')):
                self._sign, self._int, self._exp, self._special = (1 if value < 0 else 0), 0, 0, 'F'
            else:
                n, d = value.as_integer_ratio()
                k = d.bit_length() - 1
                self._sign = 1 if math.copysign(1.0, value) < 0 else 0
                self._int, self._exp, self._special = abs(n) * 5 ** k, -k, ''
        elif isinstance(value, (tuple, list)):
            sign, digits, exp = value
            self._sign = sign
            self._int = int(''.join(str(d) for d in digits) or '0')
            if isinstance(exp, str):
                self._exp, self._special = 0, {'F': 'F', 'n': 'n', 'N': 'N'}[exp]
            else:
                self._exp, self._special = exp, ''
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
        return self

    @classmethod
    def _make(cls, sign, coeff, exp, special=''):
        self = object.__new__(cls)
        self._sign, self._int, self._exp, self._special = sign, coeff, exp, special
        return self

    @classmethod
    def from_float(cls, f):
        return cls(f)

    def _fix(self, ctx=None):
        """This value rounded to the context's precision and exponent limits, with the signals that raises."""
        if self._special:
            return self
        ctx = ctx or getcontext()
        coeff, exp, sign = self._int, self._exp, self._sign
        digits = len(str(coeff))
        raised = []
        if coeff and exp + digits - 1 < ctx.Emin:  # subnormal: no digits below Etiny
            raised.append(Subnormal)
            etiny = ctx.Emin - ctx.prec + 1
            if exp < etiny:
                rounded = _round(sign, coeff, etiny - exp, ctx.rounding)
                inexact = rounded * 10 ** (etiny - exp) != coeff
                coeff, exp = rounded, etiny
                raised.append(Rounded)
                if inexact:
                    raised += [Underflow, Inexact]
                if coeff == 0:
                    raised.append(Clamped)
            _signals(tuple(raised))
            return Decimal._make(sign, coeff, exp)
        if digits > ctx.prec:
            drop = digits - ctx.prec
            rounded = _round(sign, coeff, drop, ctx.rounding)
            raised.append(Rounded)
            if rounded * 10 ** drop != coeff:
                raised.append(Inexact)
            coeff, exp = rounded, exp + drop
            if len(str(coeff)) > ctx.prec:
                coeff //= 10
                exp += 1
        if coeff and exp + len(str(coeff)) - 1 > ctx.Emax:
            _signals((Overflow, Inexact, Rounded))
            r = ctx.rounding
            if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or r == (ROUND_FLOOR if sign else ROUND_CEILING):
                return Decimal._make(sign, 0, 0, 'F')
            return Decimal._make(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        if raised:
            _signals(tuple(raised))
            return Decimal._make(sign, coeff, exp)
        return self

    def __repr__(self):
        return "Decimal('%s')" % self

    def __str__(self):
        return self._text(False)

    def to_eng_string(self, context=None):
        return self._text(True)

    def _text(self, eng):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            return sign + ('NaN' if self._special == 'n' else 'sNaN') + (str(self._int) if self._int else '')
        ds = str(self._int)
        left = self._exp + len(ds)
        if self._exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            body = '0.' + '0' * -dot + ds
        elif dot >= len(ds):
            body = ds + '0' * (dot - len(ds))
        else:
            body = ds[:dot] + '.' + ds[dot:]
        if left != dot:
            body += 'E%+d' % (left - dot)
        return sign + body

    def __format__(self, spec):
        if not spec:
            return str(self)
        if not self._special:
            text = _format(self._sign, self._int, self._exp, spec)
            if text is not None:
                return text
        return format(float(self), spec)

    def _value(self):
        """The signed integer and exponent."""
        return (-self._int if self._sign else self._int), self._exp

    def _nan_or_inf(self, other, op):
        for x in (self, other):
            if x._special in ('n', 'N'):
                return Decimal._make(0, 0, 0, 'n')
        if op == '+':
            if self._special and other._special and self._sign != other._sign:
                return _invalid()
            return self if self._special else other
        if op == '*':
            if (self._special and other._int == 0 and not other._special) or (other._special and self._int == 0 and not self._special):
                return _invalid()
            return Decimal._make(self._sign ^ other._sign, 0, 0, 'F')
        if self._special and other._special:
            return _invalid()
        if self._special:
            return Decimal._make(self._sign ^ other._sign, 0, 0, 'F')
        return Decimal._make(self._sign ^ other._sign, 0, 0)

    def __add__(self, other, negate=False):
        o = _convert(other)
        if o is None:
            return NotImplemented
        if negate:
            o = o.copy_negate()
        if self._special or o._special:
            return self._nan_or_inf(o, '+')
        e = min(self._exp, o._exp)
        a, _ = self._value()
        b, _ = o._value()
        v = a * 10 ** (self._exp - e) + b * 10 ** (o._exp - e)
        if v == 0:
            sign = 1 if (self._sign and o._sign) or (self._sign != o._sign and getcontext().rounding == ROUND_FLOOR) else 0
            return Decimal._make(sign, 0, e)._fix()
        return Decimal._make(1 if v < 0 else 0, abs(v), e)._fix()

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        return self.__add__(other, True)

    def __rsub__(self, other):
        o = _convert(other)
        return NotImplemented if o is None else o.__sub__(self)

    def __mul__(self, other):
        o = _convert(other)
        if o is None:
            return NotImplemented
        if self._special or o._special:
            return self._nan_or_inf(o, '*')
        return Decimal._make(self._sign ^ o._sign, self._int * o._int, self._exp + o._exp)._fix()

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = _convert(other)
        if o is None:
            return NotImplemented
        if self._special or o._special:
            return self._nan_or_inf(o, '/')
        sign = self._sign ^ o._sign
        if o._int == 0:
            if self._int == 0:
                return _invalid(DivisionUndefined)
            _signal(DivisionByZero)
            return Decimal._make(sign, 0, 0, 'F')
        ideal = self._exp - o._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        prec = getcontext().prec
        shift = len(str(o._int)) - len(str(self._int)) + prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, o._int)
        else:
            q, r = divmod(self._int, o._int * 10 ** -shift)
        exp = ideal - shift
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._fix()

    def __rtruediv__(self, other):
        o = _convert(other)
        return NotImplemented if o is None else o.__truediv__(self)

    def _divmod(self, o, mod=False):
        if o._int == 0:
            if self._int == 0 or mod:
                nan = _invalid(DivisionUndefined if self._int == 0 else None)
                return nan, nan
            _signal(DivisionByZero)
            return Decimal._make(self._sign ^ o._sign, 0, 0, 'F'), _invalid()
        e = min(self._exp, o._exp)
        a = self._int * 10 ** (self._exp - e)
        b = o._int * 10 ** (o._exp - e)
        q, r = divmod(a, b)
        if len(str(q)) > getcontext().prec:
            nan = _invalid(DivisionImpossible)
            return nan, nan
        return (Decimal._make(self._sign ^ o._sign, q, 0)._fix(),
                Decimal._make(self._sign, r, e)._fix())

    def __floordiv__(self, other):
        o = _convert(other)
        return NotImplemented if o is None else self._divmod(o)[0]

    def __rfloordiv__(self, other):
        o = _convert(other)
        return NotImplemented if o is None else o._divmod(self)[0]

    def __mod__(self, other):
        o = _convert(other)
        return NotImplemented if o is None else self._divmod(o, True)[1]

    def __rmod__(self, other):
        o = _convert(other)
        return NotImplemented if o is None else o._divmod(self, True)[1]

    def __divmod__(self, other):
        o = _convert(other)
        return NotImplemented if o is None else self._divmod(o)

    def __pow__(self, other):
        o = _convert(other)
        if o is None:
            return NotImplemented
        if o._exp >= 0 and not o._special:
            n = o._int * 10 ** o._exp
            if self._int == 0 and not self._special and n and not o._sign:
                return Decimal._make(self._sign if n % 2 else 0, 0, 0)
            r = Decimal._make(self._sign if n % 2 else 0, self._int ** n, self._exp * n) if self._int or n else Decimal(1)
            if o._sign:
                return Decimal(1) / r
            return r._fix()
        return Decimal(repr(float(self) ** float(o)))._fix()

    def __neg__(self):
        if self._special:
            return Decimal._make(1 - self._sign, self._int, self._exp, self._special)
        return Decimal._make(_zero_sign(1 - self._sign) if self._int == 0 else 1 - self._sign, self._int, self._exp)._fix()

    def __pos__(self):
        if self._special:
            return self
        return Decimal._make(_zero_sign(self._sign) if self._int == 0 else self._sign, self._int, self._exp)._fix()

    def __abs__(self):
        return Decimal._make(0, self._int, self._exp, self._special)._fix()

    def __bool__(self):
        return self._int != 0 or bool(self._special)

    def _cmp(self, other):
        """-1, 0 or 1, or None when other is not comparable (NaN counts as unordered)."""
        if isinstance(other, float):
            other = Decimal(other)
        o = _convert(other)
        if o is None:
            return NotImplemented
        if self._special in ('n', 'N') or o._special in ('n', 'N'):
            return None
        if self._special or o._special:
            a = 0 if not self._special else (-1 if self._sign else 1)
            b = 0 if not o._special else (-1 if o._sign else 1)
            if a == b and a:
                return 0
            if a != b:
                return -1 if a < b else 1
        a, b = self._value(), o._value()
        e = min(a[1], b[1])
        x, y = a[0] * 10 ** (a[1] - e), b[0] * 10 ** (b[1] - e)
        return (x > y) - (x < y)

    def __eq__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c == 0

    def __lt__(self, other):
        c = self._cmp(other)
        if c is None:
            _signal(InvalidOperation)
            return False
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._cmp(other)
        if c is None:
            _signal(InvalidOperation)
            return False
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        if c is None:
            _signal(InvalidOperation)
            return False
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        if c is None:
            _signal(InvalidOperation)
            return False
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._special:
            if self._special == 'F':
                return -314159 if self._sign else 314159
            return 0
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, _MODULUS) % _MODULUS
        else:
            h = self._int * pow(_TEN_INV, -self._exp, _MODULUS) % _MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __int__(self):
        if self._special:
            raise (ValueError('cannot convert NaN to integer') if self._special != 'F'
                   else OverflowError('cannot convert Infinity to integer'))
        v = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special == 'F':
            return float('-inf') if self._sign else float('inf')
        if self._special:
            return float('nan')
        return float(str(self))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        return self.quantize(Decimal._make(0, 1, -n))

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        coeff = _round(self._sign, self._int, -self._exp, rounding or getcontext().rounding)
        return Decimal._make(self._sign, coeff, 0)

    to_integral = to_integral_value

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp)
        target = exp._exp
        if self._exp >= target:
            coeff = self._int * 10 ** (self._exp - target)
        else:
            coeff = _round(self._sign, self._int, target - self._exp, rounding or getcontext().rounding)
        if len(str(coeff)) > getcontext().prec:
            return _invalid()
        return Decimal._make(self._sign, coeff, target)

    def normalize(self, context=None):
        r = self._fix()
        if r._special:
            return r
        if r._int == 0:
            return Decimal._make(r._sign, 0, 0)
        coeff, exp = r._int, r._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal._make(r._sign, coeff, exp)

    def sqrt(self, context=None):
        if self._special in ('n', 'N'):
            return Decimal._make(0, 0, 0, 'n')
        if self._sign and (self._int or self._special):
            return _invalid()
        if self._special:
            return self
        if self._int == 0:
            return Decimal._make(self._sign, 0, self._exp // 2)
        prec = getcontext().prec
        e = self._exp
        coeff = self._int
        if e % 2:
            coeff *= 10
            e -= 1
        shift = max(0, prec + 1 - (len(str(coeff)) + 1) // 2)
        r = math.isqrt(coeff * 100 ** shift)
        exp = e // 2 - shift
        if r * r != coeff * 100 ** shift:
            if r % 5 == 0:
                r += 1
        else:
            ideal = self._exp // 2
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        ctx = getcontext()
        saved, ctx.rounding = ctx.rounding, ROUND_HALF_EVEN
        try:
            return Decimal._make(0, r, exp)._fix(ctx)
        finally:
            ctx.rounding = saved

    def compare(self, other, context=None):
        o = _convert(other)
        if self._special in ('n', 'N') or o._special in ('n', 'N'):
            if 'N' in (self._special, o._special):
                return _invalid()
            return Decimal._make(0, 0, 0, 'n')
        return Decimal(self._cmp(o))

    def _pick(self, other, want):
        """max (want 1) or min (want -1): a quiet NaN loses to a number; equal values prefer the sign, then the exponent."""
        o = _convert(other)
        if self._special == 'n' and o._special != 'n':
            return o._fix()
        if o._special == 'n' and self._special != 'n':
            return self._fix()
        if self._special in ('n', 'N') or o._special in ('n', 'N'):
            return self.compare(o)
        c = self._cmp(o)
        if c == 0:
            c = (o._sign - self._sign) or ((self._exp > o._exp) - (self._exp < o._exp)) * (-1 if self._sign else 1)
        return (self if c * want >= 0 else o)._fix()

    def max(self, other, context=None):
        return self._pick(other, 1)

    def min(self, other, context=None):
        return self._pick(other, -1)

    def adjusted(self):
        return self._exp + len(str(self._int)) - 1 if not self._special else 0

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(int(d) for d in str(self._int)), self._exp if not self._special else self._special)

    def as_integer_ratio(self):
        if self._special:
            raise (ValueError('cannot convert NaN to integer ratio') if self._special != 'F'
                   else OverflowError('cannot convert Infinity to integer ratio'))
        n, e = self._value()
        if e >= 0:
            return n * 10 ** e, 1
        d = 10 ** -e
        g = math.gcd(n, d)
        return n // g, d // g

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        o = _convert(other)
        if o is None:
            raise TypeError(f"conversion from {type(other).__name__} to Decimal is not supported")
        return Decimal._make(o._sign, self._int, self._exp, self._special)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
