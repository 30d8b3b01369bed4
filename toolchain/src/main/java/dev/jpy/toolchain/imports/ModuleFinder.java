package dev.jpy.toolchain.imports;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.pyc.PycFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * importlib's FileFinder for jpy, on plain paths: where module {@code name} lives in a list of directories
 * ({@code sys.path} or a package's {@code __path__}), tried in order, each as CPython does: a package directory
 * with {@code __init__.py} (or a sourceless {@code __init__.pyc}), then {@code name.py}, then a legacy
 * {@code name.pyc} beside no source. {@link Spec#load} then gives the code through {@link CachedLoader}.
 */
public final class ModuleFinder {
    private ModuleFinder() {}

    /** Where a module was found: its file, whether it is sourceless, and for a package its directory. */
    public record Spec(String name, Path origin, boolean sourceless, Path packageDir) {
        public boolean isPackage() {
            return packageDir != null;
        }

        /** The module's code: cached/compiled from source, or read from the legacy .pyc. */
        public PyCode load(CacheOptions o) throws IOException, PycFormatException {
            return sourceless ? CachedLoader.loadSourceless(name, origin, o) : CachedLoader.load(name, origin, o);
        }
    }

    /**
     * The first place {@code name} (the last part of a dotted name; {@code fullName} is used for messages) is found
     * in {@code path}; an empty path entry means the current directory.
     */
    public static Optional<Spec> find(List<Path> path, String name, String fullName) {
        for (Path entry : path) {
            Path dir = entry.toString().isEmpty() ? Path.of("") : entry;
            Path pkg = dir.resolve(name);
            if (Files.isDirectory(pkg)) {
                Path init = pkg.resolve("__init__.py");
                if (Files.isRegularFile(init)) return Optional.of(new Spec(fullName, init, false, pkg));
                Path initc = pkg.resolve("__init__.pyc");
                if (Files.isRegularFile(initc)) return Optional.of(new Spec(fullName, initc, true, pkg));
            }
            Path py = dir.resolve(name + ".py");
            if (Files.isRegularFile(py)) return Optional.of(new Spec(fullName, py, false, null));
            Path pyc = dir.resolve(name + ".pyc");
            if (Files.isRegularFile(pyc)) return Optional.of(new Spec(fullName, pyc, true, null));
        }
        return Optional.empty();
    }

    /**
     * The portions of namespace package {@code name} (PEP 420): each {@code entry/name} directory of {@code path}
     * (none of which holds an {@code __init__}, else {@link #find} had found it); to be used when {@link #find}
     * finds nothing.
     */
    public static List<Path> namespacePortions(List<Path> path, String name) {
        List<Path> dirs = new java.util.ArrayList<>();
        for (Path entry : path) {
            Path dir = (entry.toString().isEmpty() ? Path.of("") : entry).resolve(name);
            if (Files.isDirectory(dir)) dirs.add(dir);
        }
        return dirs;
    }
}
