package dev.jpy.vm.run;

import dev.jpy.toolchain.imports.CacheOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * How a program is run: its {@code sys.argv}, the module search path ({@code sys.path}: the script's directory
 * first), the {@code .pyc} cache options, the working directory (relative path entries are resolved there) and the
 * other {@code sys.flags} set on the command line ("isolated", "ignore_environment", "safe_path", "no_user_site"); {@link #current()} gives them to the module finder while a
 * {@link PycRunner} runs.
 */
public record RunConfig(List<String> argv, List<Path> searchPath, CacheOptions cache, Path cwd, java.util.Set<String> flags) {
    private static final ThreadLocal<RunConfig> CURRENT = new ThreadLocal<>();

    public RunConfig {
        argv = List.copyOf(argv);
        searchPath = List.copyOf(searchPath);
        cwd = cwd.toAbsolutePath();
        flags = java.util.Set.copyOf(flags);
    }

    /** With no command-line flags beyond the cache options. */
    public RunConfig(List<String> argv, List<Path> searchPath, CacheOptions cache, Path cwd) {
        this(argv, searchPath, cache, cwd, java.util.Set.of());
    }

    /** In the process's working directory. */
    public RunConfig(List<String> argv, List<Path> searchPath, CacheOptions cache) {
        this(argv, searchPath, cache, Path.of(""), java.util.Set.of());
    }

    /** No arguments, the current directory as the search path, CPython's cache defaults. */
    public static RunConfig defaults() {
        return new RunConfig(List.of(""), List.of(Path.of("")), CacheOptions.defaults());
    }

    /** The int-to-decimal-string limit given by -X int_max_str_digits or PYTHONINTMAXSTRDIGITS (a flag "int_max_str_digits=N"), else 4300. */
    public int intMaxStrDigits() {
        for (String f : flags) if (f.startsWith("int_max_str_digits=")) return Integer.parseInt(f.substring("int_max_str_digits=".length()));
        return dev.jpy.vm.object.IntDigits.DEFAULT;
    }

    /** The configuration of the program running on this thread (defaults when none). */
    public static RunConfig current() {
        RunConfig c = CURRENT.get();
        return c != null ? c : defaults();
    }

    static void set(RunConfig c) {
        if (c == null) CURRENT.remove();
        else CURRENT.set(c);
    }
}
