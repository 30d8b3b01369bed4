package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyIter;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Directory traversal: os.walk (top-down, so pruning dirnames in place works), os.scandir and its DirEntry, and os.stat. */
final class OsWalk {
    private OsWalk() {}

    private static final PyType STAT_RESULT = new PyType("stat_result", new PyType[] {Types.OBJECT}, PyType.Layout.OBJECT, false);
    private static final PyType WALK = new PyType("generator", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);
    static {
        STAT_RESULT.module = "os";
    }

    private static final PyType DIR_ENTRY = new PyType("DirEntry", new PyType[] {Types.OBJECT}, PyType.Layout.OBJECT, false);
    private static final PyType SCANDIR = new PyType("ScandirIterator", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);
    static {
        DIR_ENTRY.module = "posix";
        SCANDIR.module = "posix";
        Args.method(DIR_ENTRY, "is_dir", (a, k) -> dev.jpy.vm.object.PyBool.of(Files.isDirectory(entryPath(a[0]))));
        Args.method(DIR_ENTRY, "is_file", (a, k) -> dev.jpy.vm.object.PyBool.of(Files.isRegularFile(entryPath(a[0]))));
        Args.method(DIR_ENTRY, "is_symlink", (a, k) -> dev.jpy.vm.object.PyBool.of(Files.isSymbolicLink(entryPath(a[0]))));
        Args.method(DIR_ENTRY, "stat", (a, k) -> stat(((PyStr) ((PyInstance) a[0]).dict.get("path")).s));
        Args.method(DIR_ENTRY, "__fspath__", (a, k) -> ((PyInstance) a[0]).dict.get("path"));
        Args.method(DIR_ENTRY, "__repr__", (a, k) -> new PyStr("<DirEntry " + Ops.repr(((PyInstance) a[0]).dict.get("name")) + ">"));
        Args.method(SCANDIR, "__iter__", (a, k) -> a[0]);
        Args.method(SCANDIR, "__enter__", (a, k) -> a[0]);
        Args.method(SCANDIR, "__exit__", (a, k) -> dev.jpy.vm.object.PyBool.FALSE);
        Args.method(SCANDIR, "close", (a, k) -> dev.jpy.vm.object.PyNone.NONE);
    }

    private static Path entryPath(Object entry) {
        return OsModule.resolve(((PyStr) ((PyInstance) entry).dict.get("path")).s);
    }

    static void install(PyDict d) {
        d.put("stat_result", STAT_RESULT);
        Args.def(d, "scandir", (a, k) -> {
            String top = a.length > 0 ? OsModule.path(a[0], "scandir") : ".";
            Path dir = OsModule.resolve(top);
            if (!Files.exists(dir)) throw OsErrors.raise(OsErrors.ENOENT, top);
            if (!Files.isDirectory(dir)) throw OsErrors.raise(OsErrors.ENOTDIR, top);
            List<Object> entries = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path e : (Iterable<Path>) s::iterator) {
                    PyInstance entry = new PyInstance(DIR_ENTRY);
                    String name = e.getFileName().toString();
                    entry.dict.put("name", new PyStr(name));
                    entry.dict.put("path", new PyStr(a.length > 0 ? join(top, name) : "./" + name));
                    entries.add(entry);
                }
            } catch (IOException x) {
                throw OsErrors.of(x, top);
            }
            return PyIter.ofJava(entries.iterator(), SCANDIR);
        });
        Args.def(d, "stat", (a, k) -> stat(OsModule.path(ItertoolsModule.required("stat", a, k, 0, "path"), "stat")));
        Args.def(d, "walk", (a, k) -> {
            Args.onlyKeywords("walk", k, "top", "topdown", "onerror", "followlinks");
            Object top = ItertoolsModule.required("walk", a, k, 0, "top");
            Object down = ItertoolsModule.optional(a, k, 1, "topdown");
            if (down != null && !Ops.truthy(down)) throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR, "jpy's os.walk walks top-down only");
            return walk(OsModule.path(top, "walk"));
        });
    }

    private static Object stat(String p) {
        Path f = OsModule.resolve(p);
        try {
            Map<String, Object> attrs = Files.readAttributes(f, "unix:mode,size,ino,nlink,uid,gid,lastModifiedTime,lastAccessTime,ctime");
            PyInstance r = new PyInstance(STAT_RESULT);
            r.dict.put("st_mode", PyInt.of(((Number) attrs.get("mode")).longValue()));
            r.dict.put("st_ino", PyInt.of(((Number) attrs.get("ino")).longValue()));
            r.dict.put("st_nlink", PyInt.of(((Number) attrs.get("nlink")).longValue()));
            r.dict.put("st_uid", PyInt.of(((Number) attrs.get("uid")).longValue()));
            r.dict.put("st_gid", PyInt.of(((Number) attrs.get("gid")).longValue()));
            r.dict.put("st_size", PyInt.of(((Number) attrs.get("size")).longValue()));
            for (String[] t : new String[][] {{"st_mtime", "lastModifiedTime"}, {"st_atime", "lastAccessTime"}, {"st_ctime", "ctime"}}) {
                long nanos = ((java.nio.file.attribute.FileTime) attrs.get(t[1])).to(java.util.concurrent.TimeUnit.NANOSECONDS);
                r.dict.put(t[0], new PyFloat(nanos / 1e9));
                r.dict.put(t[0] + "_ns", PyInt.of(nanos));
            }
            return r;
        } catch (IOException x) {
            throw OsErrors.of(x, p);
        } catch (UnsupportedOperationException x) {
            throw Errors.raise(Types.OS_ERROR, "stat: not supported on this file system");
        }
    }

    /** Yields (dirpath, dirnames, filenames); the subdirectories are read from dirnames when the next item is asked for. */
    private static PyIter walk(String top) {
        ArrayDeque<String> stack = new ArrayDeque<>();
        stack.push(top);
        return new PyIter(WALK) {
            String lastTop;
            PyList lastDirs;

            @Override public Object next() {
                if (lastDirs != null) {
                    List<Object> dirs = lastDirs.items;
                    for (int i = dirs.size() - 1; i >= 0; i--) stack.push(join(lastTop, ((PyStr) dirs.get(i)).s));
                    lastDirs = null;
                }
                while (!stack.isEmpty()) {
                    String dir = stack.pop();
                    List<Object> dirs = new ArrayList<>(), files = new ArrayList<>();
                    try (Stream<Path> s = Files.list(OsModule.resolve(dir))) {
                        for (Path e : (Iterable<Path>) s::iterator) {
                            boolean isDir = Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS);
                            (isDir ? dirs : files).add(new PyStr(e.getFileName().toString()));
                        }
                    } catch (IOException | java.io.UncheckedIOException x) {
                        continue; // os.walk skips what it cannot list (onerror=None)
                    }
                    lastTop = dir;
                    lastDirs = new PyList(dirs);
                    return PyTuple.of(new PyStr(dir), lastDirs, new PyList(files));
                }
                return null;
            }
        };
    }

    private static String join(String a, String b) { return a.isEmpty() || a.endsWith("/") ? a + b : a + "/" + b; }
}
