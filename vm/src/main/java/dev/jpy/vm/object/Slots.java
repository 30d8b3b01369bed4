package dev.jpy.vm.object;

import java.util.List;

/** A class statement's __slots__: the member descriptors, the instance lay-out and whether instances get a __dict__. */
final class Slots {
    private Slots() {}

    /**
     * Sets up t from its namespace's __slots__ (a str or an iterable of str, such as a dict's keys):
     * checks the names as CPython does, adds one {@link PyMember} per name in sorted order (private names mangled),
     * and leaves instances without a __dict__ unless a base has one or '__dict__' is listed.
     */
    static void setUp(PyType t, Object spec, PyDict ns) {
        List<Object> items = spec instanceof PyStr s ? List.of(s) : Ops.toList(spec);
        boolean baseDict = false, baseWeak = false;
        for (PyType b : t.mro) {
            if (b == t) continue;
            baseDict |= b.heap && b.slots == null || b.layout == PyType.Layout.EXCEPTION;
            baseWeak |= b.heap && b.slots == null || b.dict.get("__weakref__") != null;
        }
        boolean wantDict = false, wantWeak = false;
        java.util.TreeSet<String> members = new java.util.TreeSet<>();
        for (Object item : items) {
            if (!(item instanceof PyStr s)) throw Errors.type("__slots__ items must be strings, not '" + Errors.typeName(item) + "'");
            if (!isIdentifier(s.s)) throw Errors.type("__slots__ must be identifiers");
            if (s.s.equals("__dict__")) {
                if (baseDict || wantDict) throw Errors.type("__dict__ slot disallowed: we already got one");
                wantDict = true;
            } else if (s.s.equals("__weakref__")) {
                if (baseWeak || wantWeak) throw Errors.type("__weakref__ slot disallowed: we already got one");
                wantWeak = true;
            } else {
                String name = mangle(t.name, s.s);
                if (ns.map.containsKey(PyStr.intern(name))) throw Errors.value(Ops.repr(new PyStr(name)) + " in __slots__ conflicts with class variable");
                members.add(name);
            }
        }
        PyType base = inherit(t);
        if (!members.isEmpty() && t.layout == PyType.Layout.BUILTIN) {
            PyType solid = Derived.solidBase(t);
            if (solid == Types.INT || solid == Types.TUPLE || solid == Types.BYTES) {
                throw Errors.type("nonempty __slots__ not supported for subtype of '" + solid.name + "'");
            }
        }
        int at = base == null ? 0 : base.slotCount;
        for (String m : members) t.put(m, new PyMember(m, t, at++));
        t.slotCount = at;
        t.slotBase = members.isEmpty() ? base : t;
        if (!baseDict && !wantDict) t.slots = new java.util.HashSet<>(members);
        if (wantDict) TypeCall.addDictDescriptor(t);
        if (wantWeak) TypeCall.addWeakrefDescriptor(t);
    }

    /**
     * Gives t the slot lay-out of its bases (they must agree: one base's slot-declaring class is a subclass of each
     * other's) and returns the class whose slot values come first in t's instances, or null.
     */
    static PyType inherit(PyType t) {
        PyType base = null;
        for (PyType b : t.bases) {
            if (b.slotBase == null) continue;
            if (base == null || b.slotBase.isSubtype(base)) base = b.slotBase;
            else if (!base.isSubtype(b.slotBase)) throw Errors.type("multiple bases have instance lay-out conflict");
        }
        t.slotBase = base;
        t.slotCount = base == null ? 0 : base.slotCount;
        return base;
    }

    /** obj.__class__ = value: allowed between heap classes whose instances have the same lay-out, as CPython checks it. */
    static void assignClass(Object obj, Object value) {
        if (!(value instanceof PyType to)) throw Errors.type("__class__ must be set to a class, not '" + Errors.typeName(value) + "' object");
        PyType from = ((PyObject) obj).type();
        if (!to.heap || !from.heap || !(obj instanceof PyInstance inst)) {
            throw Errors.type("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        boolean same = to.layout == from.layout && Derived.solidBase(to) == Derived.solidBase(from)
                && (to.slots == null) == (from.slots == null) && memberNames(to).equals(memberNames(from));
        if (!same) throw Errors.type("__class__ assignment: '" + to.name + "' object layout differs from '" + from.name + "'");
        inst.setType(to);
    }

    /** The names of t's slot members in lay-out order. */
    private static List<String> memberNames(PyType t) {
        String[] names = new String[t.slotCount];
        for (PyType b : t.mro) {
            for (Object v : b.dict.map.values()) if (v instanceof PyMember m && m.index < names.length) names[m.index] = m.name;
        }
        return java.util.Arrays.asList(names);
    }

    private static boolean isIdentifier(String s) {
        return !s.isEmpty() && (Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_')
                && s.codePoints().allMatch(Character::isUnicodeIdentifierPart);
    }

    /** A private name (__x, not __x__) as the compiler mangles it inside class {@code cls}. */
    static String mangle(String cls, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) return name;
        String stripped = cls.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }
}
