package dev.jpy.marshal.model;

/**
 * A value that marshal can carry: the constants, names and code objects of a {@code .pyc} file.
 *
 * <p>The model is immutable and structural: two objects are {@code equals} when they hold the same
 * Python value written the same way (element order included). How an object was spelled on the wire
 * (its type code, its FLAG_REF bit) is not part of the value: {@link dev.jpy.marshal.io.Wire} keeps
 * that beside the tree so that a file can be written back byte for byte.
 */
public sealed interface PyObj
        permits PyNull, PyNone, PyBool, PyEllipsis, PyStopIteration, PyInt, PyFloat, PyComplex,
                PyStr, PyBytes, PyTuple, PyList, PyDict, PySet, PyFrozenSet, PyCode, PyLegacyCode {

    /** The Python type name, as {@code type(x).__name__} would say. */
    String typeName();
}
