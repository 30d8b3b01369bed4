"""jpy's fractions module: Fraction, an exact rational number kept in lowest terms with a positive denominator."""
import math
from decimal import _format as _decimal_format, _parse as _decimal_parse

__all__ = ['Fraction']
_MODULUS = 2305843009213693951  # sys.hash_info.modulus
_INF_HASH = 314159


def _parse(text):
    """(numerator, denominator) of a Fraction literal such as ' -3/4 ', '1.5e-2' or '7', else None."""
    s = text.strip().replace('_', '')
    if not s or '__' in text or text.strip().startswith('_') or text.strip().endswith('_'):
        return None
    sign = 1
    if s[0] in '+-':
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not (num.isdigit() and den.isdigit() and num.isascii() and den.isascii()):
            return None
        return sign * int(num), int(den)
    parsed = _decimal_parse(s) if s[:1] not in ('+', '-') else None
    if parsed is None or parsed[3]:
        return None
    n, exp = parsed[1], parsed[2]
    if exp >= 0:
        return sign * n * 10 ** exp, 1
    return sign * n, 10 ** -exp


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('0.75'), Fraction(0.75) and Fraction(Decimal('0.75')) are equal."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int) and not isinstance(numerator, bool):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, bool):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator, self._denominator = numerator._numerator, numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                n, d = parsed
                if d == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % n)
            elif hasattr(numerator, 'as_integer_ratio'):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif isinstance(numerator, int) and isinstance(denominator, int):
            n, d = int(numerator), int(denominator)
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            a, b = Fraction(numerator), Fraction(denominator)
            n, d = a._numerator * b._denominator, a._denominator * b._numerator
        else:
            raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator, self._denominator = n // g, d // g
        return self

    @classmethod
    def _make(cls, n, d):
        self = object.__new__(cls)
        self._numerator, self._denominator = n, d
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(*dec.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._make(p1, q1)
        return Fraction._make(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _coerce(self, other):
        """(n, d) of a rational other, a float for float/complex arithmetic, or None."""
        if isinstance(other, Fraction):
            return other._numerator, other._denominator
        if isinstance(other, int):
            return int(other), 1
        return None

    def _op(self, other, fn, fop, reverse):
        r = self._coerce(other)
        if r is None:
            if isinstance(other, (float, complex)):
                a, b = float(self), other
                return fop(b, a) if reverse else fop(a, b)
            return NotImplemented
        a, b = (self._numerator, self._denominator), r
        if reverse:
            a, b = b, a
        return fn(a[0], a[1], b[0], b[1])

    def __add__(self, o): return self._op(o, lambda n1, d1, n2, d2: Fraction(n1 * d2 + n2 * d1, d1 * d2), lambda x, y: x + y, False)
    def __radd__(self, o): return self._op(o, lambda n1, d1, n2, d2: Fraction(n1 * d2 + n2 * d1, d1 * d2), lambda x, y: x + y, True)
    def __sub__(self, o): return self._op(o, lambda n1, d1, n2, d2: Fraction(n1 * d2 - n2 * d1, d1 * d2), lambda x, y: x - y, False)
    def __rsub__(self, o): return self._op(o, lambda n1, d1, n2, d2: Fraction(n1 * d2 - n2 * d1, d1 * d2), lambda x, y: x - y, True)
    def __mul__(self, o): return self._op(o, lambda n1, d1, n2, d2: Fraction(n1 * n2, d1 * d2), lambda x, y: x * y, False)
    def __rmul__(self, o): return self._op(o, lambda n1, d1, n2, d2: Fraction(n1 * n2, d1 * d2), lambda x, y: x * y, True)
    def __truediv__(self, o): return self._op(o, _div, lambda x, y: x / y, False)
    def __rtruediv__(self, o): return self._op(o, _div, lambda x, y: x / y, True)
    def __floordiv__(self, o): return self._op(o, lambda n1, d1, n2, d2: (n1 * d2) // (d1 * n2), lambda x, y: x // y, False)
    def __rfloordiv__(self, o): return self._op(o, lambda n1, d1, n2, d2: (n1 * d2) // (d1 * n2), lambda x, y: x // y, True)
    def __mod__(self, o): return self._op(o, _mod, lambda x, y: x % y, False)
    def __rmod__(self, o): return self._op(o, _mod, lambda x, y: x % y, True)
    def __divmod__(self, o): return self._op(o, lambda *a: (_floordiv(*a), _mod(*a)), divmod, False)
    def __rdivmod__(self, o): return self._op(o, lambda *a: (_floordiv(*a), _mod(*a)), divmod, True)

    def __pow__(self, other):
        if isinstance(other, int) or isinstance(other, Fraction) and other._denominator == 1:
            e = int(other._numerator if isinstance(other, Fraction) else other)
            if e >= 0:
                return Fraction._make(self._numerator ** e, self._denominator ** e)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -e))
            n, d = self._denominator ** -e, self._numerator ** -e
            if d < 0:
                n, d = -n, -d
            return Fraction._make(n, d)
        if isinstance(other, (float, complex, Fraction)):
            return float(self) ** (float(other) if isinstance(other, Fraction) else other)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0 and isinstance(other, int):
            return Fraction(other ** self._numerator)
        if isinstance(other, (int, Fraction)):
            return Fraction(other) ** self
        if isinstance(other, (float, complex)):
            return other ** float(self)
        return NotImplemented

    def __pos__(self): return Fraction._make(self._numerator, self._denominator)
    def __neg__(self): return Fraction._make(-self._numerator, self._denominator)
    def __abs__(self): return Fraction._make(abs(self._numerator), self._denominator)
    def __bool__(self): return self._numerator != 0
    def __int__(self): return self.__trunc__()
    def __float__(self): return self._numerator / self._denominator
    def __floor__(self): return self._numerator // self._denominator
    def __ceil__(self): return -(-self._numerator // self._denominator)

    def __trunc__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            if 2 * r < self._denominator or 2 * r == self._denominator and q % 2 == 0:
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _MODULUS)
        except ValueError:
            h = _INF_HASH
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return self._numerator == other._numerator and self._denominator == other._denominator
        if isinstance(other, int):
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return False
            return self == Fraction(other)
        if isinstance(other, complex):
            return other.imag == 0 and self == other.real
        return NotImplemented

    def _cmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = Fraction(other)
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return op(0.0, other)
            return self._cmp(Fraction(other), op)
        return NotImplemented

    def __lt__(self, o): return self._cmp(o, lambda a, b: a < b)
    def __le__(self, o): return self._cmp(o, lambda a, b: a <= b)
    def __gt__(self, o): return self._cmp(o, lambda a, b: a > b)
    def __ge__(self, o): return self._cmp(o, lambda a, b: a >= b)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __format__(self, spec):
        """Exact e/E/f/F/% presentations (rounded half to even), str(self) padded without a type, float's g/G/n."""
        kind = spec[-1:]
        if not kind or kind not in 'eEfF%':
            if kind.isalpha():
                return format(float(self), spec)
            return format(str(self), spec)
        n, d = abs(self._numerator), self._denominator
        sign = 1 if self._numerator < 0 else 0
        head, dot, tail = spec[:-1].rpartition('.')
        prec = int(tail) if dot and tail.isdigit() else 6
        if not dot:
            head = spec[:-1]
        if kind in 'fF%':
            shift = prec + (2 if kind == '%' else 0)
            return _decimal_format(sign, _div_even(n * 10 ** shift, d), -shift, '%s.%d%s' % (head, prec, kind))
        e10 = 0
        if n:
            e10 = len(str(n)) - len(str(d))
            if (n * 10 ** -e10 if e10 < 0 else n) < (d if e10 < 0 else d * 10 ** e10):
                e10 -= 1
        scale = prec - e10
        coeff = _div_even(n * 10 ** scale, d) if scale >= 0 else _div_even(n, d * 10 ** -scale)
        if coeff >= 10 ** (prec + 1):
            coeff //= 10
            e10 += 1
        digits = str(coeff).rjust(prec + 1, '0')
        body = digits[0] + ('.' + digits[1:] if prec else '') + kind + '%+03d' % e10
        lead = '-' if sign else ('+' if '+' in head else ' ' if ' ' in head else '')
        return format(lead + body, head.replace('+', '').replace(' ', '').replace('z', ''))


def _div_even(n, d):
    """n / d rounded half to even (n, d > 0)."""
    q, r = divmod(n, d)
    if 2 * r > d or 2 * r == d and q % 2:
        q += 1
    return q


def _div(n1, d1, n2, d2):
    if n2 == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % d2)
    return Fraction(n1 * d2, d1 * n2)


def _floordiv(n1, d1, n2, d2):
    return (n1 * d2) // (d1 * n2)


def _mod(n1, d1, n2, d2):
    return Fraction((n1 * d2) % (n2 * d1), d1 * d2)
