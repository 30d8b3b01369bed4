package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyProperty;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.List;

/** The io module: StringIO, BytesIO, the file types open() returns, UnsupportedOperation; open() itself is in IoOpen. */
final class IoModule implements NativeModule {
    @Override public String name() { return "io"; }

    /** The abstract bases, for isinstance checks: IOBase, and below it RawIOBase, BufferedIOBase and TextIOBase. */
    static final PyType IO_BASE = ioType("IOBase", Types.OBJECT), TEXT_IO_BASE = ioType("TextIOBase", IO_BASE),
            BUFFERED_IO_BASE = ioType("BufferedIOBase", IO_BASE), RAW_IO_BASE = ioType("RawIOBase", IO_BASE);
    static final PyType TEXT_IO_WRAPPER = ioType("TextIOWrapper", TEXT_IO_BASE), BUFFERED_READER = ioType("BufferedReader", BUFFERED_IO_BASE),
            BUFFERED_WRITER = ioType("BufferedWriter", BUFFERED_IO_BASE), BUFFERED_RANDOM = ioType("BufferedRandom", BUFFERED_IO_BASE),
            STRING_IO = ioType("StringIO", TEXT_IO_BASE), BYTES_IO = ioType("BytesIO", BUFFERED_IO_BASE);
    private static final PyType UNSUPPORTED = new PyType("UnsupportedOperation", new PyType[] {Types.OS_ERROR, Types.VALUE_ERROR},
            PyType.Layout.EXCEPTION, false);

    static {
        UNSUPPORTED.module = "io";
        for (PyType t : new PyType[] {TEXT_IO_WRAPPER, BUFFERED_READER, BUFFERED_WRITER, BUFFERED_RANDOM, STRING_IO, BYTES_IO}) IoMethods.install(t);
        STRING_IO.constructor = (a, k) -> {
            Args.onlyKeywords("StringIO", k, "initial_value", "newline");
            Object init = ItertoolsModule.optional(a, k, 0, "initial_value");
            IoStream s = new IoStream(STRING_IO, false, true);
            if (init != null && init != PyNone.NONE) {
                if (!(init instanceof PyStr str)) throw Errors.type("initial_value must be str or None, not " + Errors.typeName(init));
                s.text.append(str.s);
            }
            s.readable = s.writable = true;
            s.newline = "\n";
            return s;
        };
        BYTES_IO.constructor = (a, k) -> {
            Args.onlyKeywords("BytesIO", k, "initial_bytes");
            Object init = ItertoolsModule.optional(a, k, 0, "initial_bytes");
            IoStream s = new IoStream(BYTES_IO, true, true);
            if (init != null && init != PyNone.NONE) {
                byte[] b = IoMethods.bytesArg(init);
                s.bytes = b.clone();
                s.blen = b.length;
            }
            s.readable = s.writable = true;
            return s;
        };
        for (PyType t : new PyType[] {STRING_IO, BYTES_IO}) {
            Args.method(t, "getvalue", (a, k) -> {
                IoStream s = IoMethods.self(a);
                s.checkOpen();
                return s.binary ? new PyBytes(java.util.Arrays.copyOf(s.bytes, s.blen)) : new PyStr(s.text.toString());
            });
        }
    }

    private static PyType ioType(String name, PyType base) {
        PyType t = new PyType(name, new PyType[] {base}, PyType.Layout.OBJECT, false);
        t.module = name.endsWith("IOBase") ? "io" : "_io";
        return t;
    }

    static PyType unsupportedOperation() { return UNSUPPORTED; }

    @Override public void init(PyDict d) {
        d.put("StringIO", STRING_IO);
        d.put("BytesIO", BYTES_IO);
        d.put("TextIOWrapper", TEXT_IO_WRAPPER);
        d.put("BufferedReader", BUFFERED_READER);
        d.put("BufferedWriter", BUFFERED_WRITER);
        d.put("BufferedRandom", BUFFERED_RANDOM);
        d.put("UnsupportedOperation", UNSUPPORTED);
        for (PyType t : new PyType[] {IO_BASE, TEXT_IO_BASE, BUFFERED_IO_BASE, RAW_IO_BASE}) d.put(t.name, t);
        d.put("open", dev.jpy.vm.interp.VmState.get().builtins.get("open")); // io.open is open
        d.put("SEEK_SET", PyInt.of(0));
        d.put("SEEK_CUR", PyInt.of(1));
        d.put("SEEK_END", PyInt.of(2));
        d.put("DEFAULT_BUFFER_SIZE", PyInt.of(8192));
        PySource.run("io", d);
    }

    /** A class of lib/io.py in this program's io module. */
    private static Object pyClass(String name) { return ModuleRegistry.load("io").dict.get(name); }

    /** Methods of a Java base type that run the same-named function of a class in lib/io.py (what subclasses inherit). */
    private static void delegate(PyType t, String pyClass, String... names) {
        for (String n : names) Args.method(t, n, (a, k) -> Ops.call(((PyType) pyClass(pyClass)).dict.get(n), a, k));
    }

    static {
        delegate(IO_BASE, "_IOBase", "seek", "tell", "truncate", "fileno", "flush", "close", "readable", "writable", "seekable", "isatty",
                "__enter__", "__exit__", "readline", "__iter__", "__next__", "readlines", "writelines");
        IO_BASE.put("closed", new PyProperty(PyProperty.Kind.PROPERTY, new PyBuiltin("closed", false,
                (a, k) -> PyBool.of(a[0] instanceof dev.jpy.vm.object.PyInstance i && i.dict.get("__IOBase_closed") != null))));
        delegate(RAW_IO_BASE, "_RawIOBase", "read", "readall", "readinto", "write");
        delegate(BUFFERED_IO_BASE, "_BufferedIOBase", "read", "read1", "write", "detach", "readinto", "readinto1");
        delegate(TEXT_IO_BASE, "_TextIOBase", "read", "write", "detach");
        TEXT_IO_WRAPPER.constructor = (a, k) -> Ops.call(pyClass("_TextIOWrapper"), a, k);
        BUFFERED_READER.constructor = (a, k) -> Ops.call(pyClass("_BufferedReader"), a, k);
        BUFFERED_WRITER.constructor = (a, k) -> Ops.call(pyClass("_BufferedWriter"), a, k);
    }

    /** The methods every io object has. */
    static final class IoMethods {
        private IoMethods() {}

        static IoStream self(Object[] a) {
            if (a[0] instanceof IoStream s) return s;
            throw Errors.type("descriptor requires an io object but received '" + Errors.typeName(a[0]) + "'");
        }

        static byte[] bytesArg(Object o) {
            if (o instanceof PyBytes b) return b.b;
            throw Errors.type("a bytes-like object is required, not '" + Errors.typeName(o) + "'");
        }

        static Object slice(IoStream s, int from, int to) {
            s.pos = to;
            return s.binary ? new PyBytes(java.util.Arrays.copyOfRange(s.bytes, from, to)) : new PyStr(s.text.substring(from, to));
        }

        static long sizeArg(Object[] a, PyTuple k, int pos) {
            Object o = Args.npos(a, k) > pos ? a[pos] : Args.kw(a, k, "size");
            return o == null || o == PyNone.NONE ? -1 : Ops.index(o);
        }

        static Object readline(IoStream s, long limit) {
            s.checkReadable();
            int start = Math.min(s.pos, s.size()), end = s.lineEnd(start);
            if (limit >= 0 && end - start > limit) end = (int) (start + limit);
            return slice(s, start, end);
        }

        static boolean empty(Object o) { return o instanceof PyStr str ? str.s.isEmpty() : ((PyBytes) o).b.length == 0; }

        static void install(PyType t) {
            Args.method(t, "read", (a, k) -> {
                IoStream s = self(a);
                s.checkReadable();
                long n = sizeArg(a, k, 1);
                int start = Math.min(s.pos, s.size()), avail = s.size() - start;
                return slice(s, start, start + (int) (n < 0 || n > avail ? avail : n));
            });
            Args.method(t, "readline", (a, k) -> readline(self(a), sizeArg(a, k, 1)));
            Args.method(t, "readlines", (a, k) -> {
                IoStream s = self(a);
                List<Object> lines = new ArrayList<>();
                for (Object line; !empty(line = readline(s, -1)); ) lines.add(line);
                return new PyList(lines);
            });
            Args.method(t, "__iter__", (a, k) -> {
                self(a).checkOpen();
                return a[0];
            });
            Args.method(t, "__next__", (a, k) -> {
                Object line = readline(self(a), -1);
                if (empty(line)) throw ItertoolsModule.stop();
                return line;
            });
            Args.method(t, "write", (a, k) -> {
                IoStream s = self(a);
                Args.methodCount("write", a, k, 1, 1);
                s.checkWritable();
                return write(s, a[1]);
            });
            Args.method(t, "writelines", (a, k) -> {
                IoStream s = self(a);
                s.checkWritable();
                for (Object line : Ops.toList(a[1])) write(s, line);
                return PyNone.NONE;
            });
            Args.method(t, "seek", (a, k) -> seek(self(a), Ops.index(a[1]), a.length > 2 ? (int) Ops.index(a[2]) : 0));
            Args.method(t, "tell", (a, k) -> {
                IoStream s = self(a);
                s.checkOpen();
                return PyInt.of(s.pos);
            });
            Args.method(t, "truncate", (a, k) -> {
                IoStream s = self(a);
                s.checkWritable();
                long n = a.length > 1 && a[1] != PyNone.NONE ? Ops.index(a[1]) : s.pos;
                if (n < s.size()) {
                    if (s.binary) s.blen = (int) n;
                    else s.text.setLength((int) n);
                }
                return PyInt.of(n);
            });
            Args.method(t, "close", (a, k) -> {
                self(a).close();
                return PyNone.NONE;
            });
            Args.method(t, "flush", (a, k) -> {
                self(a).checkOpen();
                return PyNone.NONE;
            });
            Args.method(t, "__enter__", (a, k) -> {
                self(a).checkOpen();
                return a[0];
            });
            Args.method(t, "__exit__", (a, k) -> {
                self(a).close();
                return PyBool.FALSE;
            });
            Args.method(t, "readable", (a, k) -> { self(a).checkOpen(); return PyBool.of(self(a).readable); });
            Args.method(t, "writable", (a, k) -> { self(a).checkOpen(); return PyBool.of(self(a).writable); });
            Args.method(t, "seekable", (a, k) -> { self(a).checkOpen(); return PyBool.TRUE; });
            t.put("closed", new PyProperty(PyProperty.Kind.PROPERTY, new PyBuiltin("closed", false, (a, k) -> PyBool.of(self(a).closed))));
            if (t != STRING_IO && t != BYTES_IO) {
                Args.method(t, "__repr__", (a, k) -> {
                    IoStream s = self(a);
                    String r = "<_io." + t.name + " name=" + Ops.repr(s.dict.get("name"));
                    if (!s.binary) r += " mode=" + Ops.repr(s.dict.get("mode")) + " encoding=" + Ops.repr(s.dict.get("encoding"));
                    return new PyStr(r + ">");
                });
            }
        }

        private static Object write(IoStream s, Object x) {
            if (s.binary) {
                byte[] b = bytesArg(x);
                if (s.memory) s.put(null, b);
                else s.emit(null, b);
                return PyInt.of(b.length);
            }
            if (!(x instanceof PyStr str)) {
                throw Errors.type(s.memory ? "string argument expected, got '" + Errors.typeName(x) + "'"
                        : "write() argument must be str, not " + Errors.typeName(x));
            }
            if (s.memory) s.put(str.s, null);
            else s.emit(str.s, null);
            return PyInt.of(str.length());
        }

        private static Object seek(IoStream s, long offset, int whence) {
            s.checkOpen();
            if (!s.binary && whence != 0 && offset != 0) {
                throw Errors.raise(Types.OS_ERROR, "Can't do nonzero " + (whence == 1 ? "cur" : "end") + "-relative seeks");
            }
            long p = switch (whence) {
                case 0 -> offset;
                case 1 -> s.pos + offset;
                case 2 -> s.size() + offset;
                default -> throw Errors.value("Invalid whence (" + whence + ", should be 0, 1 or 2)");
            };
            if (p < 0) throw Errors.value("Negative seek position " + p);
            s.pos = (int) p;
            return PyInt.of(p);
        }
    }
}
