package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** os.path for POSIX (posixpath): string operations on '/'-separated paths and the file tests. */
final class OsPathModule implements NativeModule {
    @Override public String name() { return "os.path"; }

    @Override public void init(PyDict d) {
        d.put("__name__", new PyStr("posixpath")); // os.path is posixpath on POSIX systems, as in CPython
        d.put("sep", new PyStr("/"));
        Args.def(d, "join", (a, k) -> {
            if (a.length == 0) throw Errors.type("join() missing 1 required positional argument: 'a'");
            String path = str(a[0]);
            for (int i = 1; i < a.length; i++) {
                if (!(OsModule.fspath(a[i]) instanceof PyStr s)) throw Errors.type("join() argument must be str, bytes, or os.PathLike object, not '" + Errors.typeName(a[i]) + "'");
                if (s.s.startsWith("/")) path = s.s;
                else if (path.isEmpty() || path.endsWith("/")) path += s.s;
                else path += "/" + s.s;
            }
            return new PyStr(path);
        });
        Args.def(d, "split", (a, k) -> {
            String p = str(a[0]);
            int i = p.lastIndexOf('/') + 1;
            return PyTuple.of(new PyStr(trimHead(p.substring(0, i))), new PyStr(p.substring(i)));
        });
        Args.def(d, "basename", (a, k) -> {
            String p = str(a[0]);
            return new PyStr(p.substring(p.lastIndexOf('/') + 1));
        });
        Args.def(d, "dirname", (a, k) -> {
            String p = str(a[0]);
            return new PyStr(trimHead(p.substring(0, p.lastIndexOf('/') + 1)));
        });
        Args.def(d, "splitext", (a, k) -> {
            String p = str(a[0]);
            int sep = p.lastIndexOf('/'), dot = p.lastIndexOf('.');
            if (dot > sep) {
                for (int i = sep + 1; i < dot; i++) {
                    if (p.charAt(i) != '.') return PyTuple.of(new PyStr(p.substring(0, dot)), new PyStr(p.substring(dot)));
                }
            }
            return PyTuple.of(new PyStr(p), PyStr.EMPTY);
        });
        Args.def(d, "isabs", (a, k) -> PyBool.of(str(a[0]).startsWith("/")));
        Args.def(d, "normpath", (a, k) -> new PyStr(normpath(str(a[0]))));
        Args.def(d, "abspath", (a, k) -> new PyStr(normpath(absolute(str(a[0])))));
        Args.def(d, "expanduser", (a, k) -> {
            String p = str(a[0]), home = System.getenv().getOrDefault("HOME", System.getProperty("user.home"));
            return new PyStr(p.equals("~") ? home : p.startsWith("~/") ? trimHead(home) + p.substring(1) : p);
        });
        Args.def(d, "realpath", (a, k) -> {
            String p = normpath(absolute(str(a[0])));
            try {
                return new PyStr(Path.of(p).toRealPath().toString());
            } catch (IOException x) {
                return new PyStr(p);
            }
        });
        Args.def(d, "relpath", (a, k) -> {
            String p = str(a[0]);
            if (p.isEmpty()) throw Errors.value("no path specified");
            String[] from = parts(absolute(a.length > 1 ? str(a[1]) : ".")), to = parts(absolute(p));
            int common = 0;
            while (common < from.length && common < to.length && from[common].equals(to[common])) common++;
            List<String> rel = new ArrayList<>();
            for (int i = common; i < from.length; i++) rel.add("..");
            for (int i = common; i < to.length; i++) rel.add(to[i]);
            return new PyStr(rel.isEmpty() ? "." : String.join("/", rel));
        });
        Args.def(d, "commonprefix", (a, k) -> {
            List<Object> items = dev.jpy.vm.object.Ops.toList(a[0]);
            if (items.isEmpty()) return PyStr.EMPTY;
            String prefix = str(items.get(0));
            for (Object o : items) {
                String s = str(o);
                int i = 0;
                while (i < prefix.length() && i < s.length() && prefix.charAt(i) == s.charAt(i)) i++;
                prefix = prefix.substring(0, i);
            }
            return new PyStr(prefix);
        });
        commonpath(d);
        Args.def(d, "normcase", (a, k) -> { Args.count("normcase", a, k, 1, 1); return OsModule.fspath(a[0]); });
        Args.def(d, "splitdrive", (a, k) -> { Args.count("splitdrive", a, k, 1, 1); return PyTuple.of(PyStr.EMPTY, new PyStr(str(a[0]))); });
        Args.def(d, "splitroot", (a, k) -> {
            Args.count("splitroot", a, k, 1, 1);
            String p = str(a[0]);
            // POSIX: one or three or more leading slashes are the root '/', exactly two are kept (as CPython)
            int n = p.startsWith("//") && !p.startsWith("///") ? 2 : p.startsWith("/") ? 1 : 0;
            String root = n == 0 ? "" : n == 2 ? "//" : "/";
            int skip = n == 1 ? 1 : n;
            return PyTuple.of(PyStr.EMPTY, new PyStr(root), new PyStr(p.substring(skip)));
        });
        for (String[] c : new String[][] {{"curdir", "."}, {"pardir", ".."}, {"extsep", "."}, {"pathsep", ":"}, {"devnull", "/dev/null"}}) {
            d.put(c[0], new PyStr(c[1]));
        }
        d.put("altsep", dev.jpy.vm.object.PyNone.NONE);
        test(d, "lexists", p -> Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        test(d, "exists", Files::exists);
        test(d, "isfile", Files::isRegularFile);
        test(d, "isdir", Files::isDirectory);
        test(d, "islink", Files::isSymbolicLink);
        Args.def(d, "getsize", (a, k) -> {
            String p = str(a[0]);
            try {
                return PyInt.of(Files.size(OsModule.resolve(p)));
            } catch (IOException x) {
                throw OsErrors.of(x, p);
            }
        });
        Args.def(d, "getmtime", (a, k) -> {
            String p = str(a[0]);
            try {
                return new PyFloat(Files.getLastModifiedTime(OsModule.resolve(p)).toMillis() / 1000.0);
            } catch (IOException x) {
                throw OsErrors.of(x, p);
            }
        });
    }

    /** commonpath(paths): the longest common sub-path, compared component by component ('.' and empty parts dropped). */
    private static void commonpath(PyDict d) {
        Args.def(d, "commonpath", (a, k) -> {
            Args.count("commonpath", a, k, 1, 1);
            List<Object> items = dev.jpy.vm.object.Ops.toList(a[0]);
            if (items.isEmpty()) throw Errors.value("commonpath() arg is an empty sequence");
            Boolean abs = null;
            List<List<String>> split = new ArrayList<>();
            for (Object o : items) {
                String p = str(o);
                if (abs != null && abs != p.startsWith("/")) throw Errors.value("Can't mix absolute and relative paths");
                abs = p.startsWith("/");
                List<String> parts = new ArrayList<>();
                for (String c : p.split("/", -1)) if (!c.isEmpty() && !c.equals(".")) parts.add(c);
                split.add(parts);
            }
            java.util.Comparator<List<String>> cmp = (x, y) -> {
                for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                    int c = x.get(i).compareTo(y.get(i));
                    if (c != 0) return c;
                }
                return Integer.compare(x.size(), y.size());
            };
            List<String> s1 = java.util.Collections.min(split, cmp), s2 = java.util.Collections.max(split, cmp);
            int n = 0;
            while (n < s1.size() && s1.get(n).equals(s2.get(n))) n++;
            return new PyStr((abs ? "/" : "") + String.join("/", s1.subList(0, n)));
        });
    }

    private static void test(PyDict d, String name, Predicate<Path> p) {
        Args.def(d, name, (a, k) -> {
            Args.count(name, a, k, 1, 1);
            if (!(OsModule.fspath(a[0]) instanceof PyStr s)) throw Errors.type("stat: path should be string, bytes, os.PathLike or integer, not " + Errors.typeName(a[0]));
            return PyBool.of(p.test(OsModule.resolve(s.s)));
        });
    }

    private static String absolute(String p) {
        String cwd = OsModule.cwd();
        return p.startsWith("/") ? p : cwd.endsWith("/") ? cwd + p : cwd + "/" + p;
    }

    /** The components of a normalized absolute path. */
    private static String[] parts(String abs) {
        String n = normpath(abs);
        return n.equals("/") ? new String[0] : n.substring(n.startsWith("//") ? 2 : 1).split("/");
    }

    private static String str(Object o) {
        o = OsModule.fspath(o);
        if (o instanceof PyStr s) return s.s;
        throw Errors.type("expected str, bytes or os.PathLike object, not " + Errors.typeName(o));
    }

    /** A directory part without its trailing slashes, unless it is all slashes. */
    private static String trimHead(String head) {
        if (head.isEmpty() || head.chars().allMatch(c -> c == '/')) return head;
        int end = head.length();
        while (end > 0 && head.charAt(end - 1) == '/') end--;
        return head.substring(0, end);
    }

    static String normpath(String path) {
        if (path.isEmpty()) return ".";
        int initial = path.startsWith("/") ? path.startsWith("//") && !path.startsWith("///") ? 2 : 1 : 0;
        List<String> out = new ArrayList<>();
        for (String comp : path.split("/")) {
            if (comp.isEmpty() || comp.equals(".")) continue;
            if (!comp.equals("..") || initial == 0 && out.isEmpty() || !out.isEmpty() && out.get(out.size() - 1).equals("..")) out.add(comp);
            else if (!out.isEmpty()) out.remove(out.size() - 1);
        }
        String p = "/".repeat(initial) + String.join("/", out);
        return p.isEmpty() ? "." : p;
    }
}
