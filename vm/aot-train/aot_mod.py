# Imported twice by main.py in jpy's AOT training (JDK 25+, see the jpy launcher): first from source, which writes
# its .pyc under the training's PYTHONPYCACHEPREFIX, then from that .pyc, so that the classes and profiles of the
# .pyc reader (`jpy run X.pyc`, imports from __pycache__) are in the cache as well as those of the compiler.
def g(xs):
    return sum(x * 2 for x in xs if x % 3)
