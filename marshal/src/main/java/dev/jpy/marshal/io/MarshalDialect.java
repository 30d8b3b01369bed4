package dev.jpy.marshal.io;

import dev.jpy.marshal.model.PyLegacyCode;

/** What differs between the marshal data of Python versions: strings and the code-object layout. */
public enum MarshalDialect {
    /** Python 2.7 (marshal version 2): {@code 't'} is an interned byte string, {@code 'R'} refers back to one. */
    PY27(PyLegacyCode.Layout.PY27, true),
    /** Python 3.0–3.7. */
    PY30(PyLegacyCode.Layout.PY30, false),
    /** Python 3.8–3.10. */
    PY38(PyLegacyCode.Layout.PY38, false),
    /** Python 3.11–3.13: the {@link dev.jpy.marshal.model.PyCode} layout. */
    PY311(null, false);

    /** The legacy code layout, or null for the 3.11+ layout. */
    public final PyLegacyCode.Layout legacyLayout;
    /** Whether {@code 't'} means a byte string (Python 2). */
    public final boolean py2Strings;

    MarshalDialect(PyLegacyCode.Layout legacyLayout, boolean py2Strings) {
        this.legacyLayout = legacyLayout;
        this.py2Strings = py2Strings;
    }
}
