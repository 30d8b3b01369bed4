package dev.jpy.toolchain.bench;

import dev.jpy.marshal.corpus.LocalPythons;
import dev.jpy.toolchain.parse.ParseException;
import dev.jpy.toolchain.parse.Parser;
import dev.jpy.toolchain.tokenize.SourceDecoder;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parses every .py file of the local CPython 3.13 Lib (site-packages aside) to an AST, and times it
 * beside CPython's own {@code compile(src, path, 'exec', ast.PyCF_ONLY_AST)} over the same files in
 * the same session. Prints lines per second for both and the ratio (jpy / CPython).
 * Run: {@code bash bench/parse.sh [ROUNDS]}.
 */
public final class ParseBench {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path install = LocalPythons.install(3, 13).orElseThrow(() -> new IllegalStateException("no CPython 3.13 under " + LocalPythons.pyenvRoot()));
        Path lib = install.resolve("lib/python3.13");
        List<Path> all;
        try (Stream<Path> s = Files.walk(lib)) {
            all = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("/site-packages/")).sorted().toList();
        }
        List<Path> files = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        long lines = 0;
        for (Path p : all) {
            String src;
            try {
                src = SourceDecoder.decode(Files.readAllBytes(p), p.toString()).text();
                Parser.parseModule(src, p.toString());
            } catch (SourceDecoder.DecodeException | ParseException e) {
                continue; // the few files CPython rejects too (ParseStdlibTest checks that)
            }
            files.add(p);
            sources.add(src);
            lines += src.lines().count();
        }
        System.out.printf("corpus: %d .py files of CPython 3.13's Lib, %,d lines%n", files.size(), lines);
        double py = cpython(install, files, rounds);
        double[] times = new double[rounds];
        for (int r = -Math.max(5, rounds); r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < sources.size(); i++) Parser.parseModule(sources.get(i), files.get(i).toString());
            if (r >= 0) times[r] = (System.nanoTime() - t0) / 1e6;
        }
        double jpy = median(times);
        System.out.printf("%-40s %12s %12s %8s%n", "median of " + rounds + " rounds", "CPython", "jpy", "ratio");
        System.out.printf("%-40s %12.1f %12.1f%n", "ms per pass over all files", py, jpy);
        System.out.printf("%-40s %,12.0f %,12.0f %7.2fx%n", "lines per second", lines / py * 1000, lines / jpy * 1000, py / jpy);
        System.out.println("ratio = jpy lines/s / CPython lines/s (above 1: jpy is faster)");
    }

    private static double cpython(Path install, List<Path> files, int rounds) throws Exception {
        Path script = Files.createTempFile("parse_bench", ".py");
        try (InputStream s = ParseBench.class.getResourceAsStream("parse_bench.py")) {
            Files.write(script, s.readAllBytes());
        }
        ProcessBuilder pb = new ProcessBuilder(LocalPythons.executable(install, 3, 13).toString(), script.toString(), String.valueOf(rounds));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            for (Path f : files) w.write(f + "\n");
        }
        List<Double> t = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) t.add(Double.parseDouble(line.trim()));
        }
        if (p.waitFor() != 0) throw new IllegalStateException("CPython benchmark failed");
        Files.deleteIfExists(script);
        return median(t.stream().mapToDouble(x -> x).toArray());
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
