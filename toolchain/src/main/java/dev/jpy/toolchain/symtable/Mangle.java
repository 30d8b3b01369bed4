package dev.jpy.toolchain.symtable;

/** Private-name mangling: CPython's {@code _Py_Mangle} ({@code __x} in class {@code C} is {@code _C__x}). */
public final class Mangle {
    private Mangle() { }

    /**
     * The mangled form of {@code name} inside class {@code privateName} (null outside a class):
     * {@code "_" + privateName.lstrip("_") + name} when {@code name} starts with two underscores, does
     * not end with two, has no dot, and the class name is not all underscores; else {@code name}.
     */
    public static String mangle(String privateName, String name) {
        if (privateName == null || name.length() < 2 || name.charAt(0) != '_' || name.charAt(1) != '_') {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }
}
