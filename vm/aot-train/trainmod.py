# A module for jpy's AOT training program (see main.py).
import functools

def fold(xs):
    return functools.reduce(lambda a, b: (a * 31 + b) % 1000003, xs, 7)
