"""The first part of jpy's decimal module: rounding modes, signals, Context, the literal parser, rounding and format specs (lib/decimal.py follows in the same globals)."""
import math
from collections import namedtuple

__all__ = ['Decimal', 'Context', 'getcontext', 'setcontext', 'localcontext', 'DefaultContext', 'DecimalException',
           'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Overflow', 'Underflow', 'Subnormal', 'Clamped',
           'FloatOperation', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
           'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'BasicContext',
           'ExtendedContext', 'MIN_ETINY']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
_MODULUS = 2305843009213693951
_TEN_INV = pow(10, _MODULUS - 2, _MODULUS)
DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# the signals in the order of a context's flags and traps dicts, and in the order their reprs list them
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped)
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal,
               Underflow)


def _signal_dict(value, default):
    if value is None:
        value = default
    if isinstance(value, dict):
        return {s: bool(value.get(s, False)) for s in _SIGNALS}
    return {s: s in value for s in _SIGNALS}


class Context:
    """Precision, rounding, exponent limits and the signals' flags and traps for the arithmetic of Decimal."""

    def __init__(self, prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                 flags=None, traps=None):
        self.prec = prec
        self.rounding = rounding
        self.Emin = Emin
        self.Emax = Emax
        self.capitals = capitals
        self.clamp = clamp
        self.flags = _signal_dict(flags, ())
        self.traps = _signal_dict(traps, (InvalidOperation, DivisionByZero, Overflow))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, dict(self.flags),
                       dict(self.traps))

    __copy__ = copy

    def __repr__(self):
        traps = [t.__name__ for t in _REPR_ORDER if self.traps.get(t)]
        flags = [f.__name__ for f in _REPR_ORDER if self.flags.get(f)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, ', '.join(flags),
                   ', '.join(traps)))

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, value='0'):
        return self._run(lambda: Decimal(value)._fix(self))

    def _run(self, fn):
        """fn() with this context as the current one (so that its flags record what fn signals)."""
        saved = getcontext()
        setcontext(self)
        try:
            return fn()
        finally:
            setcontext(saved)

    def _binary(op):
        def method(self, a, b):
            a = Decimal(a) if isinstance(a, int) else a
            if not isinstance(a, Decimal):
                raise TypeError('conversion from %s to Decimal is not supported' % type(a).__name__)
            return self._run(lambda: op(a, b))
        return method

    add = _binary(lambda a, b: a + b)
    subtract = _binary(lambda a, b: a - b)
    multiply = _binary(lambda a, b: a * b)
    divide = _binary(lambda a, b: a / b)
    divide_int = _binary(lambda a, b: a // b)
    remainder = _binary(lambda a, b: a % b)
    divmod = _binary(lambda a, b: divmod(a, b))
    power = _binary(lambda a, b: a ** b)
    compare = _binary(lambda a, b: a.compare(b))
    max = _binary(lambda a, b: a.max(b))
    min = _binary(lambda a, b: a.min(b))
    quantize = _binary(lambda a, b: a.quantize(b))
    del _binary

    def _unary(op):
        def method(self, a):
            a = Decimal(a) if isinstance(a, int) else a
            return self._run(lambda: op(a))
        return method

    plus = _unary(lambda a: +a)
    minus = _unary(lambda a: -a)
    abs = _unary(lambda a: abs(a))
    sqrt = _unary(lambda a: a.sqrt())
    normalize = _unary(lambda a: a.normalize())
    to_sci_string = _unary(str)
    to_eng_string = _unary(lambda a: a.to_eng_string())
    del _unary


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[Clamped, InvalidOperation, DivisionByZero, Overflow,
                                                                Underflow])
ExtendedContext = Context(prec=9, traps=[])
_current = [DefaultContext.copy()]


def getcontext():
    return _current[0]


def setcontext(context):
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()  # the templates themselves never change, as in CPython
    _current[0] = context


class _LocalContext:
    def __init__(self, ctx):
        self.ctx = ctx

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.ctx)
        return self.ctx

    def __exit__(self, *exc):
        setcontext(self.saved)
        return False


def localcontext(ctx=None, **kwargs):
    c = (ctx or getcontext()).copy()
    for k, v in kwargs.items():
        setattr(c, k, v)
    return _LocalContext(c)


def _parse(text):
    """(sign, coefficient, exponent, special) of a numeric string, or None."""
    s = text.strip().replace('_', '') if '__' not in text else ''
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    if low.startswith('nan') or low.startswith('snan'):
        payload = low[3:] if low[0] == 'n' else low[4:]
        if payload and not (payload.isdigit() and payload.isascii()):
            return None
        return sign, int(payload or '0'), 0, 'n' if low[0] == 'n' else 'N'
    exp = 0
    if 'e' in low:
        low, _, e = low.partition('e')
        body = e[1:] if e[:1] in '+-' else e
        if not (body.isdigit() and body.isascii()):
            return None
        exp = int(e)
    whole, _, frac = low.partition('.')
    digits = whole + frac
    if not digits or not (digits.isdigit() and digits.isascii()):
        return None
    return sign, int(digits), exp - len(frac), ''


def _round(sign, coeff, drop, mode):
    """coeff with its last drop digits removed, rounded by mode."""
    q, r = divmod(coeff, 10 ** drop)
    if r == 0:
        return q
    half = 5 * 10 ** (drop - 1)
    if mode == ROUND_HALF_EVEN:
        up = r > half or r == half and q % 2 == 1
    elif mode == ROUND_HALF_UP:
        up = r >= half
    elif mode == ROUND_HALF_DOWN:
        up = r > half
    elif mode == ROUND_DOWN:
        up = False
    elif mode == ROUND_UP:
        up = True
    elif mode == ROUND_CEILING:
        up = sign == 0
    elif mode == ROUND_FLOOR:
        up = sign == 1
    else:
        up = q % 5 == 0
    return q + 1 if up else q


def _format(sign, coeff, exp, spec):
    """format(Decimal, spec) of the finite value (-1)**sign * coeff * 10**exp for the types '', e, E, f, F and %."""
    fill, align, i = ' ', None, 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align, i = spec[0], 1
    plus = '-'
    if spec[i:i + 1] in ('+', '-', ' '):
        plus = spec[i]
        i += 1
    z = spec[i:i + 1] == 'z'
    i += z
    i += spec[i:i + 1] == '#'
    if spec[i:i + 1] == '0':
        if align is None:
            fill, align = '0', '='
        i += 1
    j = i
    while spec[j:j + 1].isdigit():
        j += 1
    width = int(spec[i:j] or '0')
    comma = spec[j:j + 1] == ','
    j += comma
    if spec[j:j + 1] == '_':
        raise ValueError('invalid format string')
    prec = None
    if spec[j:j + 1] == '.':
        k = j + 1
        while spec[k:k + 1].isdigit():
            k += 1
        if k == j + 1:
            raise ValueError('invalid format string')
        prec = int(spec[j + 1:k])
        j = k
    kind = spec[j:]
    if len(kind) > 1 or kind and kind not in 'eEfF%':
        return None
    if kind == '%':
        exp += 2
    if kind in ('f', 'F', '%') and prec is not None and exp < -prec:
        coeff = _round(sign, coeff, -prec - exp, getcontext().rounding)
        exp = -prec
    if kind in ('e', 'E'):
        body = _sci(coeff, exp, prec, kind)
    elif kind or exp <= 0 and exp + len(str(coeff)) > -6:
        digits = str(coeff)
        if coeff == 0 and exp > 0:
            exp = 0
        if prec is not None and kind and exp > -prec:
            digits += '0' * (exp + prec)
            exp = -prec
        elif exp > 0:
            digits += '0' * exp
            exp = 0
        digits = digits.rjust(1 - exp, '0')
        whole, frac = (digits[:exp], digits[exp:]) if exp < 0 else (digits, '')
        if comma:
            whole = '{:,}'.format(int(whole))
        body = whole + ('.' + frac if frac else '') + ('%' if kind == '%' else '')
    else:
        body = str(Decimal._make(0, coeff, exp))
    if z and coeff == 0:
        sign = 0
    lead = '-' if sign else ('' if plus == '-' else plus)
    pad = width - len(lead) - len(body)
    if pad <= 0:
        return lead + body
    align = align or '>'
    if align == '=':
        return lead + fill * pad + body
    if align == '<':
        return lead + body + fill * pad
    if align == '^':
        return fill * (pad // 2) + lead + body + fill * (pad - pad // 2)
    return fill * pad + lead + body


def _sci(coeff, exp, prec, kind):
    digits = str(coeff)
    if prec is not None:
        if coeff == 0:
            digits = '0' * (prec + 1)
        elif len(digits) > prec + 1:
            drop = len(digits) - prec - 1
            coeff = _round(0, coeff, drop, getcontext().rounding)
            exp += drop
            digits = str(coeff)
            if len(digits) > prec + 1:
                digits = digits[:-1]
                exp += 1
        else:
            exp -= prec + 1 - len(digits)
            digits += '0' * (prec + 1 - len(digits))
    adjusted = exp + len(digits) - 1
    mantissa = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
    return '%s%s%+d' % (mantissa, 'e' if kind == 'e' else 'E', adjusted)


