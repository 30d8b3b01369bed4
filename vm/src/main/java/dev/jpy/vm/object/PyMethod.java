package dev.jpy.vm.object;

/** A bound method: a function and the object it was looked up on. */
public final class PyMethod extends PyObject {
    public final Object func;
    public final Object self;

    public PyMethod(Object func, Object self) {
        this.func = func;
        this.self = self;
    }

    @Override public PyType type() { return func instanceof PyBuiltin ? Types.BUILTIN_FUNCTION : Types.METHOD; }
}
