package dev.jpy.vm.object;

import java.util.Arrays;
import java.util.Map;

/**
 * Exception classes whose constructors do more than store {@code args}: OSError (errno mapped to its
 * subclass, errno/strerror/filename/filename2), ImportError, SyntaxError, AttributeError, NameError and the
 * Unicode errors, with their attributes and CPython's {@code __str__}.
 */
public final class ExceptionKinds {
    private ExceptionKinds() {}

    /** The OSError subclass that OSError(errno, ...) makes (Linux errno values). */
    private static final Map<Long, PyType> ERRNO = Map.ofEntries(
            Map.entry(11L, Types.BLOCKING_IO_ERROR), Map.entry(114L, Types.BLOCKING_IO_ERROR), Map.entry(115L, Types.BLOCKING_IO_ERROR),
            Map.entry(10L, Types.CHILD_PROCESS_ERROR), Map.entry(32L, Types.BROKEN_PIPE_ERROR), Map.entry(108L, Types.BROKEN_PIPE_ERROR),
            Map.entry(103L, Types.CONNECTION_ABORTED_ERROR), Map.entry(111L, Types.CONNECTION_REFUSED_ERROR),
            Map.entry(104L, Types.CONNECTION_RESET_ERROR), Map.entry(17L, Types.FILE_EXISTS_ERROR), Map.entry(2L, Types.FILE_NOT_FOUND_ERROR),
            Map.entry(21L, Types.IS_A_DIRECTORY_ERROR), Map.entry(20L, Types.NOT_A_DIRECTORY_ERROR), Map.entry(4L, Types.INTERRUPTED_ERROR),
            Map.entry(13L, Types.PERMISSION_ERROR), Map.entry(1L, Types.PERMISSION_ERROR), Map.entry(3L, Types.PROCESS_LOOKUP_ERROR),
            Map.entry(110L, Types.TIMEOUT_ERROR));

    private static final String[] OS_ATTRS = {"errno", "strerror", "filename", "filename2"};
    private static final String[] SYNTAX_ATTRS = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"};

    /** BaseException.__new__ followed by the builtin __init__'s work (what calling an exception class does). */
    static PyBaseException create(PyType t, Object[] args, PyTuple kw) {
        int n = args.length - (kw == null ? 0 : kw.items.length);
        if (t == Types.OS_ERROR && n >= 2 && n <= 5 && args[0] instanceof PyInt i && i.isSmall()) {
            PyType sub = ERRNO.get(i.v);
            if (sub != null) t = sub;
        }
        PyBaseException e = new PyBaseException(t, PyTuple.of(Arrays.copyOf(args, n)));
        Object init = t.lookup("__init__");
        if (init instanceof PyBuiltin) init(e, args, kw);
        return e;
    }

    /** The builtin __init__ of every exception class: args, then the class's own attributes. */
    public static void init(PyBaseException e, Object[] args, PyTuple kw) {
        int n = args.length - (kw == null ? 0 : kw.items.length);
        PyType t = e.type();
        e.args = PyTuple.of(Arrays.copyOf(args, n));
        String[] allowed = t.isSubtype(Types.IMPORT_ERROR) ? new String[] {"name", "path", "name_from"}
                : t.isSubtype(Types.ATTRIBUTE_ERROR) ? new String[] {"name", "obj"}
                : t.isSubtype(Types.NAME_ERROR) ? new String[] {"name"} : new String[0];
        if (kw != null && kw.items.length > 0 && allowed.length == 0) throw Errors.type(t.name + "() takes no keyword arguments");
        for (String a : allowed) if (!a.equals("name_from")) e.dict.put(a, PyNone.NONE);
        if (kw != null) {
            for (int i = 0; i < kw.items.length; i++) {
                String k = ((PyStr) kw.items[i]).s;
                if (!Arrays.asList(allowed).contains(k)) throw Errors.type(t.name + "() got an unexpected keyword argument '" + k + "'");
                if (!k.equals("name_from")) e.dict.put(k, args[n + i]);
            }
        }
        if (t.isSubtype(Types.OS_ERROR)) osError(e, args, n);
        else if (t.isSubtype(Types.IMPORT_ERROR)) e.dict.put("msg", n == 1 ? args[0] : PyNone.NONE);
        else if (t.isSubtype(Types.SYNTAX_ERROR)) syntaxError(e, args, n);
        else if (t.isSubtype(Types.UNICODE_DECODE_ERROR) || t.isSubtype(Types.UNICODE_ENCODE_ERROR)) unicodeError(e, args, n, "encoding", "object", "start", "end", "reason");
        else if (t.isSubtype(Types.UNICODE_TRANSLATE_ERROR)) unicodeError(e, args, n, "object", "start", "end", "reason");
    }

    private static void osError(PyBaseException e, Object[] args, int n) {
        for (String a : OS_ATTRS) e.dict.put(a, PyNone.NONE);
        if (n < 2 || n > 5) return;
        e.dict.put("errno", args[0]);
        e.dict.put("strerror", args[1]);
        if (n >= 3 && args[2] != PyNone.NONE) {
            e.dict.put("filename", args[2]);
            if (n == 5 && args[4] != PyNone.NONE) e.dict.put("filename2", args[4]);
            e.args = PyTuple.of(args[0], args[1]);
        }
    }

    private static void syntaxError(PyBaseException e, Object[] args, int n) {
        for (String a : SYNTAX_ATTRS) e.dict.put(a, PyNone.NONE);
        if (n >= 1) e.dict.put("msg", args[0]);
        if (n == 2) {
            Object[] info = Ops.toList(args[1]).toArray();
            if (info.length < 4 || info.length > 6) {
                throw Errors.type("function takes " + (info.length < 4 ? "at least 4" : "at most 6") + " arguments (" + info.length + " given)");
            }
            for (int i = 0; i < info.length; i++) e.dict.put(SYNTAX_ATTRS[i + 1], info[i]);
        }
    }

    private static void unicodeError(PyBaseException e, Object[] args, int n, String... names) {
        if (n != names.length) throw Errors.type("function takes exactly " + names.length + " arguments (" + n + " given)");
        for (int i = 0; i < n; i++) e.dict.put(names[i], args[i]);
    }

    /** CPython's __str__ for these classes, or null when BaseException's applies. */
    public static String str(PyBaseException e) {
        PyType t = e.type();
        if (t.isSubtype(Types.OS_ERROR)) return osStr(e);
        if (t.isSubtype(Types.IMPORT_ERROR)) return e.dict.get("msg") instanceof PyObject m && m != PyNone.NONE ? Ops.str(m) : null;
        if (t.isSubtype(Types.SYNTAX_ERROR)) return syntaxStr(e);
        if (t.isSubtype(Types.UNICODE_DECODE_ERROR) || t.isSubtype(Types.UNICODE_ENCODE_ERROR) || t.isSubtype(Types.UNICODE_TRANSLATE_ERROR)) return unicodeStr(e);
        return null;
    }

    private static String osStr(PyBaseException e) {
        Object errno = e.dict.get("errno"), strerror = e.dict.get("strerror"), f = e.dict.get("filename"), f2 = e.dict.get("filename2");
        if (f != null && f != PyNone.NONE) {
            String head = "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror) + ": " + Ops.repr(f);
            return f2 != null && f2 != PyNone.NONE ? head + " -> " + Ops.repr(f2) : head;
        }
        if (errno != null && errno != PyNone.NONE && strerror != null && strerror != PyNone.NONE) return "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror);
        return null;
    }

    private static String syntaxStr(PyBaseException e) {
        Object msg = e.dict.get("msg"), file = e.dict.get("filename"), line = e.dict.get("lineno");
        String m = Ops.str(msg == null ? PyNone.NONE : msg);
        String base = file instanceof PyStr f ? f.s.substring(f.s.lastIndexOf('/') + 1) : null;
        boolean hasLine = line instanceof PyInt && !(line instanceof PyBool);
        if (base != null && hasLine) return m + " (" + base + ", line " + line + ")";
        if (base != null) return m + " (" + base + ")";
        if (hasLine) return m + " (line " + line + ")";
        return m;
    }

    private static String unicodeStr(PyBaseException e) {
        PyType t = e.type();
        Object obj = e.dict.get("object");
        if (obj == null) return null;
        long start = Ops.index(e.dict.get("start")), end = Ops.index(e.dict.get("end"));
        String reason = Ops.str(e.dict.get("reason"));
        String codec = t.isSubtype(Types.UNICODE_TRANSLATE_ERROR) ? "can't" : "'" + Ops.str(e.dict.get("encoding")) + "' codec can't";
        String verb = t.isSubtype(Types.UNICODE_DECODE_ERROR) ? "decode" : t.isSubtype(Types.UNICODE_ENCODE_ERROR) ? "encode" : "translate";
        long len = Ops.len(obj);
        if (start < len && end == start + 1) {
            if (obj instanceof PyBytes b) return "%s %s byte 0x%02x in position %d: %s".formatted(codec, verb, b.b[(int) start] & 0xFF, start, reason);
            int ch = ((PyStr) obj).codePointAt((int) start);
            String esc = ch <= 0xFF ? "\\x%02x".formatted(ch) : ch <= 0xFFFF ? "\\u%04x".formatted(ch) : "\\U%08x".formatted(ch);
            return "%s %s character '%s' in position %d: %s".formatted(codec, verb, esc, start, reason);
        }
        String what = obj instanceof PyBytes ? "bytes" : "characters";
        return "%s %s %s in position %d-%d: %s".formatted(codec, verb, what, start, end - 1, reason);
    }
}
