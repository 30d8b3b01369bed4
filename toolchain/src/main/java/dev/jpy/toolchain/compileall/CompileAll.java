package dev.jpy.toolchain.compileall;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;

/**
 * {@code python -m compileall}'s work for a list of files and directories: walks each directory like
 * {@code compile_dir} (sorted names, no {@code __pycache__}, no symlinked directories, {@code maxlevels}),
 * compiles files on {@code workers} threads and prints every file's lines in walk order, so the output
 * is the same for any number of threads.
 */
public final class CompileAll {
    /** Deep sources need a deep Java stack: the parser and compiler recurse. */
    private static final long STACK = 256L << 20;
    /** From this many files on, a terminal gets a progress bar. */
    private static final int PROGRESS_MIN = 200;

    private final CompileOptions o;
    private final PrintWriter out;

    public CompileAll(CompileOptions o, PrintWriter out) {
        this.o = o;
        this.out = out;
    }

    /** One step of the walk: a line to print, or a file to compile with the given settings. */
    private record Item(String line, String file, CompileOptions opts) {}

    /** Compiles every destination as compileall.main does; true when all succeeded. */
    public boolean run(List<String> dests) {
        List<Item> items = new ArrayList<>();
        for (String d : dests) {
            if (Files.isRegularFile(Path.of(d))) items.add(new Item(null, d, o));
            else walk(d, o.maxLevels(), o.forDirectory(d), items);
        }
        return execute(items);
    }

    private void walk(String dir, int maxLevels, CompileOptions opts, List<Item> items) {
        if (o.quiet() == 0) items.add(new Item("Listing " + PyPaths.repr(dir) + "...", null, null));
        List<String> names;
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException | RuntimeException e) {
            if (o.quiet() < 2) items.add(new Item("Can't list " + PyPaths.repr(dir), null, null));
            names = List.of();
        }
        for (String name : names) {
            if (name.equals("__pycache__")) continue;
            String full = PyPaths.join(dir, name);
            if (!FileCompiler.isDirectory(full)) {
                items.add(new Item(null, full, opts));
            } else if (maxLevels > 0 && !FileCompiler.isSymlink(full)) {
                walk(full, maxLevels - 1, opts, items);
            }
        }
    }

    private boolean execute(List<Item> items) {
        int threads = o.workers() == 0 ? Runtime.getRuntime().availableProcessors() : o.workers();
        FileCompiler fc = new FileCompiler(o);
        ThreadFactory tf = r -> {
            // the parser and symbol table run in place on this stack instead of starting threads per file
            Thread t = dev.jpy.marshal.util.BigStack.thread(r, STACK, "compileall");
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), tf);
        try {
            // largest files first, so that no thread is left with a big file at the end; printed in walk order
            List<Future<FileCompiler.Result>> results = new ArrayList<>(java.util.Collections.nCopies(items.size(), null));
            long[] sizes = new long[items.size()];
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).file() == null) continue;
                sizes[i] = FileCompiler.size(items.get(i).file());
                order.add(i);
            }
            if (threads > 1) order.sort((a, b) -> Long.compare(sizes[b], sizes[a]));
            for (int i : order) {
                Item it = items.get(i);
                results.set(i, pool.submit(() -> fc.compile(it.file(), it.opts())));
            }
            long total = results.stream().filter(f -> f != null).count();
            Progress bar = o.progress() && o.quiet() > 0 && total >= PROGRESS_MIN ? new Progress(out, total) : null;
            boolean ok = true;
            for (int i = 0; i < items.size(); i++) {
                Future<FileCompiler.Result> f = results.get(i);
                if (f == null) {
                    out.println(items.get(i).line());
                    continue;
                }
                FileCompiler.Result r = get(f);
                ok &= r.ok();
                if (bar != null) bar.clear();
                out.print(r.output());
                if (bar != null) bar.step();
            }
            if (bar != null) bar.clear();
            out.flush();
            return ok;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileCompiler.Result get(Future<FileCompiler.Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return new FileCompiler.Result(false, "*** Sorry: " + c.getClass().getSimpleName() + ": " + c.getMessage() + "\n");
        }
    }

    /** A one-line progress bar on a terminal, redrawn in place and erased before any other output. */
    private static final class Progress {
        private final PrintWriter out;
        private final long total;
        private long done;
        private boolean shown;

        Progress(PrintWriter out, long total) {
            this.out = out;
            this.total = total;
        }

        void step() {
            done++;
            if (done % 16 != 0 && done != total) return;
            int width = 40;
            int fill = (int) (width * done / total);
            out.print("\r[" + "#".repeat(fill) + " ".repeat(width - fill) + "] " + done + "/" + total);
            out.flush();
            shown = true;
        }

        void clear() {
            if (!shown) return;
            out.print("\r\033[K");
            shown = false;
        }
    }
}
