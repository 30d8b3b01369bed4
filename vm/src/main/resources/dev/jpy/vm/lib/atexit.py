"""jpy's atexit: functions to call when the program ends, the last registered first.

Run by dev.jpy.vm.builtins.AtexitModule (through PySource) as the body of the native 'atexit' module; the program
runner calls _run_exitfuncs after the main module has finished (and after an uncaught exception was printed).
"""

_callbacks = []


def register(func, /, *args, **kwargs):
    """Registers func(*args, **kwargs) to be called at exit; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Removes every registration of func."""
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Calls the registered functions, the newest first; an exception is printed and the rest still run."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            import sys
            import traceback
            print("Exception ignored in atexit callback %r:" % (func,), file=sys.stderr)
            e.__traceback__ = e.__traceback__.tb_next  # from the function's frame on, as CPython shows it
            traceback.print_exception(e, file=sys.stderr)
