package dev.jpy.marshal.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the CPython installs of this machine (pyenv) whose stdlib .pyc files the corpus tests read. */
public final class LocalPythons {
    private LocalPythons() {}

    /** The pyenv root: $PYENV_ROOT or ~/.pyenv. */
    public static Path pyenvRoot() {
        String env = System.getenv("PYENV_ROOT");
        return env != null ? Path.of(env) : Path.of(System.getProperty("user.home"), ".pyenv");
    }

    /** The install of Python {@code major.minor} (newest patch release), if present. */
    public static Optional<Path> install(int major, int minor) {
        Path versions = pyenvRoot().resolve("versions");
        if (!Files.isDirectory(versions)) return Optional.empty();
        String prefix = major + "." + minor + ".";
        try (Stream<Path> s = Files.list(versions)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.getFileName().toString().substring(prefix.length()).matches("\\d+"))
                    .filter(p -> Files.isDirectory(p.resolve("lib/python" + major + "." + minor)))
                    .max((a, b) -> Integer.compare(patch(a, prefix), patch(b, prefix)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int patch(Path p, String prefix) {
        return Integer.parseInt(p.getFileName().toString().substring(prefix.length()));
    }

    /** The python executable of an install. */
    public static Path executable(Path install, int major, int minor) {
        return install.resolve("bin/python" + major + "." + minor);
    }

    /** Every .pyc file under the install's lib/pythonX.Y, sorted. */
    public static List<Path> pycFiles(Path install, int major, int minor) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(install.resolve("lib/python" + major + "." + minor))) {
            s.filter(p -> p.getFileName().toString().endsWith(".pyc") && Files.isRegularFile(p)).sorted().forEach(out::add);
        }
        return out;
    }
}
