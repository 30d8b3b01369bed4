"""jpy's statistics module: means, medians, modes, variances and standard deviations, computed exactly with fractions."""
import math
from fractions import Fraction

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _exact(x):
    if isinstance(x, Fraction):
        return x
    if isinstance(x, int):
        return Fraction(int(x))
    try:
        return Fraction(*x.as_integer_ratio())
    except (OverflowError, ValueError):
        return x
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _kind(T, x):
    """The type the result takes when T meets value x (int < Fraction < float; Decimal stays Decimal)."""
    S = type(x)
    if T is None or T is S or T is bool:
        return S
    if S is bool or issubclass(S, int):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, float):
        return T
    if issubclass(S, float):
        return S
    raise TypeError("can't convert type '%s' to '%s'" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total, count) of the values."""
    T = None
    total = Fraction(0)
    special = None
    n = 0
    for x in data:
        T = _kind(T, x)
        e = _exact(x)
        if isinstance(e, Fraction):
            total += e
        else:
            special = e if special is None else special + e
        n += 1
    if T is None:
        T = int
    return T, (total if special is None else special), n


def _convert(value, T):
    if not isinstance(value, Fraction):
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if T is bool or issubclass(T, int):
        return int(value)
    if issubclass(T, Fraction):
        return value
    if T.__name__ == 'Decimal':
        return T(value.numerator) / T(value.denominator)
    return T(value.numerator / value.denominator) if T is not float else value.numerator / value.denominator


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    if weights is None:
        values = [float(x) for x in data]
        if not values:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(values) / len(values)
    data, weights = list(data), list(weights)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(float(x) * float(w) for x, w in zip(data, weights)) / total


def geometric_mean(data):
    values = [float(x) for x in data]
    if not values:
        raise StatisticsError('geometric_mean requires at least one data point')
    if any(x <= 0 for x in values):
        if any(x < 0 for x in values):
            raise StatisticsError('No negative inputs allowed')
        return 0.0
    return math.exp(math.fsum(math.log(x) for x in values) / len(values))


def harmonic_mean(data):
    values = list(data)
    if not values:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if any(x < 0 for x in values):
        raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x in values):
        return 0
    T, total, n = _sum(Fraction(1) / _exact(x) for x in values)
    T = type(values[0])
    return _convert(n / total, T if len(set(map(type, values))) == 1 and T is not int else float)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data[(len(data) - 1) // 2]


def median_high(data):
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data[len(data) // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = max(counts.values())
    for x, c in counts.items():
        if c == best:
            return x


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    best = max(counts.values())
    return [x for x, c in counts.items() if c == best]


def _ss(data, c=None):
    """(type, exact sum of squared deviations, count)."""
    data = list(data)
    T, total, n = _sum(data)
    if n == 0:
        return T, Fraction(0), 0
    if c is None:
        c = total / n
    else:
        c = _exact(c)
    ss = Fraction(0)
    for x in data:
        d = _exact(x) - c
        ss += d * d
    return T, ss, n


def variance(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def _sqrt(q, T):
    """The correctly rounded square root of the fraction q, as T (float unless Decimal)."""
    if T.__name__ == 'Decimal':
        return (T(q.numerator) / T(q.denominator)).sqrt()
    n, m = q.numerator, q.denominator
    if n == 0:
        return 0.0
    k = max(0, 110 - (n.bit_length() - m.bit_length())) // 2 + 1
    scaled = (n << (2 * k)) // m
    r = math.isqrt(scaled)
    if r * r * m != n << (2 * k):
        r |= 1
    return math.ldexp(float(r), -k)


def stdev(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt(ss / (n - 1), T)


def pstdev(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt(ss / n, T)


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    lo = 0
    while data[lo] < x:
        lo += 1
    hi = lo
    while hi < n and data[hi] == x:
        hi += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    return x - interval / 2 + interval * (n / 2 - lo) / (hi - lo)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1:
            return data * (n - 1)
        raise StatisticsError('must have at least one data point')
    out = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            out.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return out
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            out.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return out
    raise ValueError('Unknown method: %r' % (method,))


def _centered(x, y, name):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % name)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % name)
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    return n, xbar, ybar, [xi - xbar for xi in x], [yi - ybar for yi in y]


def _dot(a, b):
    return math.fsum(p * q for p, q in zip(a, b))


def covariance(x, y, /):
    n, xbar, ybar, dx, dy = _centered(x, y, 'covariance')
    return _dot(dx, dy) / (n - 1)


def correlation(x, y, /, *, method='linear'):
    if method not in ('linear', 'ranked'):
        raise ValueError('Unknown method: %r' % (method,))
    if method == 'ranked':
        x, y = _ranks(x), _ranks(y)
    n, xbar, ybar, dx, dy = _centered(x, y, 'correlation')
    sxx, syy = _dot(dx, dx), _dot(dy, dy)
    if not sxx or not syy:
        raise StatisticsError('at least one of the inputs is constant')
    return _dot(dx, dy) / math.sqrt(sxx * syy)


def _ranks(data):
    order = sorted(range(len(data)), key=lambda i: data[i])
    ranks = [0.0] * len(data)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and data[order[j + 1]] == data[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


class LinearRegression(tuple):
    """The slope and intercept that linear_regression returns."""

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0])
    intercept = property(lambda self: self[1])

    def __repr__(self):
        return 'LinearRegression(slope=%r, intercept=%r)' % (self[0], self[1])


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if not proportional:
        n, xbar, ybar, x, y = _centered(x, y, 'linear regression')
    sxx = _dot(x, x)
    if not sxx:
        raise StatisticsError('x is constant')
    slope = _dot(x, y) / sxx
    return LinearRegression(slope, 0.0 if proportional else ybar - slope * xbar)
