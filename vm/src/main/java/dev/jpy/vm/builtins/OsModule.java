package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The os module (POSIX): the working directory, environ, directory listing and creation, removal and renaming. */
final class OsModule implements NativeModule {
    @Override public String name() { return "os"; }

    @Override public void init(PyDict d) {
        d.put("name", new PyStr("posix"));
        d.put("sep", new PyStr("/"));
        d.put("altsep", PyNone.NONE);
        d.put("extsep", new PyStr("."));
        d.put("pathsep", new PyStr(":"));
        d.put("linesep", new PyStr("\n"));
        d.put("curdir", new PyStr("."));
        d.put("pardir", new PyStr(".."));
        d.put("devnull", new PyStr("/dev/null"));
        d.put("error", dev.jpy.vm.object.Types.OS_ERROR);
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) environ.put(e.getKey(), new PyStr(e.getValue()));
        d.put("environ", environ);
        Args.def(d, "getenv", (a, k) -> {
            Object key = ItertoolsModule.optional(a, k, 0, "key");
            if (key == null) throw Errors.type("getenv() missing 1 required positional argument: 'key'");
            Object v = environ.map.get(key), dflt = ItertoolsModule.optional(a, k, 1, "default");
            return v != null ? v : dflt == null ? PyNone.NONE : dflt;
        });
        Args.def(d, "getcwd", (a, k) -> new PyStr(cwd()));
        Args.def(d, "chdir", (a, k) -> {
            Args.count("chdir", a, k, 1, 1);
            String p = path(a[0], "chdir");
            Path dir = resolve(p);
            if (!Files.exists(dir)) throw OsErrors.raise(OsErrors.ENOENT, p);
            if (!Files.isDirectory(dir)) throw OsErrors.raise(OsErrors.ENOTDIR, p);
            try {
                dev.jpy.vm.interp.VmState.get().cwd = dir.toRealPath().toString();
            } catch (IOException x) {
                throw OsErrors.of(x, p);
            }
            return PyNone.NONE;
        });
        Args.def(d, "getpid", (a, k) -> PyInt.of(ProcessHandle.current().pid()));
        Args.def(d, "cpu_count", (a, k) -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        Args.def(d, "fspath", (a, k) -> {
            Object p = fspath(a[0]);
            if (p instanceof PyStr || p instanceof PyBytes) return p;
            throw Errors.type("expected str, bytes or os.PathLike object, not " + Errors.typeName(a[0]));
        });
        Args.def(d, "urandom", (a, k) -> {
            byte[] b = new byte[(int) Ops.index(a[0])];
            new java.security.SecureRandom().nextBytes(b);
            return new PyBytes(b);
        });
        Args.def(d, "listdir", (a, k) -> {
            String p = a.length > 0 ? path(a[0], "listdir") : ".";
            Path dir = resolve(p);
            if (!Files.exists(dir)) throw OsErrors.raise(OsErrors.ENOENT, p);
            if (!Files.isDirectory(dir)) throw OsErrors.raise(OsErrors.ENOTDIR, p);
            List<Object> names = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                s.forEach(x -> names.add(new PyStr(x.getFileName().toString())));
            } catch (IOException x) {
                throw OsErrors.of(x, p);
            }
            return new PyList(names);
        });
        Args.def(d, "mkdir", (a, k) -> {
            String p = path(ItertoolsModule.required("mkdir", a, k, 0, "path"), "mkdir");
            try {
                Files.createDirectory(resolve(p));
            } catch (IOException x) {
                throw OsErrors.of(x, p);
            }
            return PyNone.NONE;
        });
        Args.def(d, "makedirs", (a, k) -> {
            String p = path(ItertoolsModule.required("makedirs", a, k, 0, "name"), "makedirs");
            Object ok = Args.kw(a, k, "exist_ok");
            boolean existOk = ok != null ? Ops.truthy(ok) : Args.npos(a, k) > 2 && Ops.truthy(a[2]);
            Path dir = resolve(p);
            if (Files.exists(dir) && !(existOk && Files.isDirectory(dir))) throw OsErrors.raise(OsErrors.EEXIST, p);
            try {
                Files.createDirectories(dir);
            } catch (IOException x) {
                throw OsErrors.of(x, p);
            }
            return PyNone.NONE;
        });
        Args.def(d, "remove", OsModule::remove);
        Args.def(d, "unlink", OsModule::remove);
        Args.def(d, "rmdir", (a, k) -> {
            String p = path(a[0], "rmdir");
            Path dir = resolve(p);
            if (Files.exists(dir) && !Files.isDirectory(dir)) throw OsErrors.raise(OsErrors.ENOTDIR, p);
            try {
                Files.delete(dir);
            } catch (IOException x) {
                throw OsErrors.of(x, p);
            }
            return PyNone.NONE;
        });
        Args.def(d, "rename", OsModule::rename);
        Args.def(d, "replace", OsModule::rename);
        OsWalk.install(d);
        PyModule path = ModuleRegistry.load("os.path");
        d.put("path", path);
        VmState st = VmState.get(); // as CPython's os does, importing os puts os.path (posixpath) in sys.modules
        if (st != null) {
            st.modules.put("os.path", path);
            st.modules.put("posixpath", path);
        }
    }

    private static Object remove(Object[] a, PyTuple k) {
        String p = path(a[0], "remove");
        Path f = resolve(p);
        if (Files.isDirectory(f)) throw OsErrors.raise(OsErrors.EISDIR, p);
        try {
            Files.delete(f);
        } catch (IOException x) {
            throw OsErrors.of(x, p);
        }
        return PyNone.NONE;
    }

    private static Object rename(Object[] a, PyTuple k) {
        String src = path(a[0], "rename"), dst = path(a[1], "rename");
        try {
            Files.move(resolve(src), resolve(dst), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException x) {
            throw OsErrors.of(x, src);
        }
        return PyNone.NONE;
    }

    /** An os.PathLike's __fspath__() (str and bytes and everything else unchanged). */
    static Object fspath(Object o) {
        Object r = o instanceof dev.jpy.vm.object.PyInstance ? Ops.callSpecial(o, "__fspath__") : null;
        return r != null ? r : o;
    }

    /** The program's working directory: the process's, until os.chdir changes it for this program (the JVM's own cannot change). */
    static String cwd() {
        dev.jpy.vm.interp.VmState st = dev.jpy.vm.interp.VmState.get();
        return st != null && st.cwd != null ? st.cwd : System.getProperty("user.dir");
    }

    /** A path argument as a string ("listdir: path should be string, bytes, os.PathLike or None, not int"). */
    static String path(Object o, String fname) {
        o = fspath(o);
        if (o instanceof PyStr s) return s.s;
        if (o instanceof PyBytes b) return new String(b.b, java.nio.charset.StandardCharsets.UTF_8);
        throw Errors.type(fname + ": path should be string, bytes or os.PathLike, not " + Errors.typeName(o));
    }

    static Path resolve(String p) { return Path.of(cwd()).resolve(p); }
}
