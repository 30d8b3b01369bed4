package dev.jpy.toolchain.compileall;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.pyc.CachePaths;
import dev.jpy.marshal.pyc.PycHeader.Invalidation;
import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.toolchain.parse.SourceBytes;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code compileall.compile_file}: one source file to its {@code .pyc} files, with CPython's output lines. */
final class FileCompiler {
    private final CompileOptions o;
    private final Invalidation mode;

    FileCompiler(CompileOptions o) {
        this.o = o;
        this.mode = o.effectiveInvalidation();
    }

    /** The outcome of one file: whether it succeeded and what it printed. */
    record Result(boolean ok, String output) {}

    Result compile(String fullname, CompileOptions opts) {
        StringBuilder out = new StringBuilder();
        boolean ok = compileInto(fullname, opts, out);
        return new Result(ok, out.toString());
    }

    private boolean compileInto(String fullname, CompileOptions opts, StringBuilder out) {
        String name = PyPaths.basename(fullname);
        String dfile = destName(fullname, name, opts, out);
        if (opts.rx() != null && opts.rx().matcher(fullname).find()) return true;
        Path path = Path.of(fullname);
        if (opts.limitSlDest() != null && Files.isSymbolicLink(path) && !insideLimit(path, opts.limitSlDest())) return true;
        if (!Files.isRegularFile(path) || !name.endsWith(".py")) return true;
        Map<Integer, String> cfiles = new LinkedHashMap<>();
        for (int level : opts.optLevels()) cfiles.put(level, cacheFile(fullname, level));
        PycWriter.Source src;
        try {
            src = PycWriter.Source.read(path);
        } catch (IOException e) {
            // CPython's freshness check swallows the OSError; the read for compiling then reports it
            if (opts.quiet() == 0) out.append("Compiling ").append(PyPaths.repr(fullname)).append("...\n");
            return error(fullname, out, osError(e));
        }
        if (!opts.force() && cfiles.values().stream().allMatch(c -> PycWriter.isFresh(Path.of(c), src, mode))) return true;
        if (opts.quiet() == 0) out.append("Compiling ").append(PyPaths.repr(fullname)).append("...\n");
        String source = null;
        try {
            source = SourceBytes.decode(src.bytes(), fullname); // compile(bytes)'s decoding, as py_compile
            List<String> written = new ArrayList<>();
            for (int level : opts.optLevels()) {
                PyCode code = Compiler.compile(source, dfile != null ? dfile : fullname, Math.max(level, 0));
                String cfile = cfiles.get(level);
                PycWriter.write(Path.of(cfile), code, src, mode);
                if (opts.hardlinkDupes() && !written.isEmpty()) hardlinkIfSame(written.get(written.size() - 1), cfile);
                written.add(cfile);
            }
        } catch (IOException e) {
            return error(fullname, out, osError(e));
        } catch (StackOverflowError e) {
            return error(fullname, out, "Sorry: RecursionError: maximum recursion depth exceeded during compilation\n");
        } catch (RuntimeException e) {
            String msg = CompileErrorText.of(e, dfile != null ? dfile : fullname, source);
            return error(fullname, out, msg + "\n");
        }
        return true;
    }

    private boolean error(String fullname, StringBuilder out, String text) {
        if (o.quiet() >= 2) return false;
        if (o.quiet() == 1) out.append("*** Error compiling ").append(PyPaths.repr(fullname)).append("...\n");
        else out.append("*** ");
        out.append(text);
        return false;
    }

    /** The name compiled into the code objects (ddir / stripdir / prependdir), or null for the path itself. */
    private static String destName(String fullname, String name, CompileOptions opts, StringBuilder out) {
        String dfile = opts.ddir() != null ? PyPaths.join(opts.ddir(), name) : null;
        if (opts.stripDir() != null) {
            List<String> full = Arrays.asList(fullname.split("/", -1));
            List<String> strip = Arrays.asList(opts.stripDir().split("/", -1));
            if (strip.size() > full.size() || !strip.equals(full.subList(0, strip.size()))) {
                if (opts.quiet() < 2) {
                    out.append("The stripdir path ").append(PyPaths.repr(opts.stripDir()))
                            .append(" is not a valid prefix for source path ").append(PyPaths.repr(fullname))
                            .append("; ignoring\n");
                }
            } else {
                List<String> rest = full.subList(strip.size(), full.size());
                dfile = rest.isEmpty() ? "" : PyPaths.join(rest.get(0), rest.subList(1, rest.size()).toArray(String[]::new));
            }
        }
        if (opts.prependDir() != null) dfile = PyPaths.join(opts.prependDir(), dfile == null ? fullname : dfile);
        return dfile;
    }

    private String cacheFile(String fullname, int level) {
        if (o.legacy()) return fullname + "c";
        return CachePaths.cacheFromSource(fullname, level >= 1 ? Integer.toString(level) : "", null, null);
    }

    private static boolean insideLimit(Path file, String limit) {
        try {
            Path dest = Path.of(limit).toRealPath();
            Path real = file.toRealPath().getParent();
            for (Path p = real; p != null; p = p.getParent()) if (p.equals(dest)) return true;
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static void hardlinkIfSame(String previous, String cfile) throws IOException {
        if (Arrays.equals(Files.readAllBytes(Path.of(previous)), Files.readAllBytes(Path.of(cfile)))) {
            Files.delete(Path.of(cfile));
            Files.createLink(Path.of(cfile), Path.of(previous));
        }
    }

    /** {@code ClassName: str(e)} of the OSError CPython would raise, e.g. PermissionError: [Errno 13] ... */
    static String osError(IOException e) {
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        if (e instanceof AccessDeniedException) {
            return "PermissionError: [Errno 13] Permission denied: " + PyPaths.repr(file) + "\n";
        }
        if (e instanceof NoSuchFileException) {
            return "FileNotFoundError: [Errno 2] No such file or directory: " + PyPaths.repr(file) + "\n";
        }
        if (e instanceof FileAlreadyExistsException f && f.getReason() != null) {
            return "FileExistsError: " + f.getReason() + "\n";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String cls = switch (f.getReason()) {
                case "Not a directory" -> "NotADirectoryError: [Errno 20] ";
                case "Is a directory" -> "IsADirectoryError: [Errno 21] ";
                case "No space left on device" -> "OSError: [Errno 28] ";
                case "Read-only file system" -> "OSError: [Errno 30] ";
                default -> "OSError: ";
            };
            return cls + f.getReason() + ": " + PyPaths.repr(file) + "\n";
        }
        return "OSError: " + e.getMessage() + "\n";
    }

    /** The file's size in bytes, 0 when it cannot be read (only used to order the work). */
    static long size(String p) {
        try {
            return Files.size(Path.of(p));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static boolean isDirectory(String p) {
        return Files.isDirectory(Path.of(p));
    }

    static boolean isSymlink(String p) {
        return Files.isSymbolicLink(Path.of(p));
    }
}
