package dev.jpy.marshal.bench;

import dev.jpy.marshal.corpus.LocalPythons;
import dev.jpy.marshal.io.MarshalDialect;
import dev.jpy.marshal.io.MarshalReader;
import dev.jpy.marshal.io.MarshalWriter;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.pyc.PycFile;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and writes every .pyc of the local CPython 3.13 stdlib, in memory, and times it beside
 * CPython's own marshal.loads / marshal.dumps over the same files, run in the same session.
 * Prints the median of each and the ratio (CPython time / jpy time: above 1 means jpy is faster).
 *
 * <pre>mvn -q -pl marshal test-compile exec... (see README: bash bench/marshal.sh)</pre>
 */
public final class MarshalBench {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path install = LocalPythons.install(3, 13).orElseThrow(() -> new IllegalStateException("no CPython 3.13 under " + LocalPythons.pyenvRoot()));
        List<Path> files = LocalPythons.pycFiles(install, 3, 13);
        List<byte[]> bodies = new ArrayList<>();
        List<byte[]> whole = new ArrayList<>();
        long bytes = 0;
        for (Path f : files) {
            byte[] d = Files.readAllBytes(f);
            whole.add(d);
            bodies.add(Arrays.copyOfRange(d, 16, d.length));
            bytes += d.length;
        }
        System.out.printf("corpus: %d .pyc files of CPython 3.13's stdlib, %.1f MB%n", files.size(), bytes / 1e6);

        double[] py = cpython(install, files, rounds);

        List<PyObj> trees = new ArrayList<>();
        for (byte[] b : bodies) trees.add(MarshalReader.read(b, 0, MarshalDialect.PY311));
        List<PycFile> pycs = new ArrayList<>();
        for (byte[] d : whole) pycs.add(PycFile.parse(d));
        int warmup = Math.max(5, rounds);
        double[] loads = new double[rounds];
        double[] dumps = new double[rounds];
        double[] lossless = new double[rounds];
        for (int r = -warmup; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (byte[] b : bodies) MarshalReader.read(b, 0, MarshalDialect.PY311);
            long t1 = System.nanoTime();
            for (PyObj o : trees) MarshalWriter.write(o);
            long t2 = System.nanoTime();
            for (byte[] d : whole) PycFile.parse(d).toBytes();
            long t3 = System.nanoTime();
            if (r >= 0) {
                loads[r] = (t1 - t0) / 1e6;
                dumps[r] = (t2 - t1) / 1e6;
                lossless[r] = (t3 - t2) / 1e6;
            }
        }
        double jl = median(loads);
        double jd = median(dumps);
        System.out.printf("%-44s %10s %10s %8s%n", "median of " + rounds + " rounds (ms per pass)", "CPython", "jpy", "ratio");
        System.out.printf("%-44s %10.1f %10.1f %7.2fx%n", "read  (marshal.loads vs MarshalReader.read)", py[0], jl, py[0] / jl);
        System.out.printf("%-44s %10.1f %10.1f %7.2fx%n", "write (marshal.dumps vs MarshalWriter.write)", py[1], jd, py[1] / jd);
        System.out.printf("%-44s %10s %10.1f%n", "lossless .pyc read + write back (jpy only)", "-", median(lossless));
        System.out.println("ratio = CPython time / jpy time (above 1: jpy is faster)");
    }

    private static double[] cpython(Path install, List<Path> files, int rounds) throws Exception {
        Path script = Files.createTempFile("marshal_bench", ".py");
        try (InputStream s = MarshalBench.class.getResourceAsStream("marshal_bench.py")) {
            Files.write(script, s.readAllBytes());
        }
        ProcessBuilder pb = new ProcessBuilder(LocalPythons.executable(install, 3, 13).toString(), script.toString(), String.valueOf(rounds));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        try (Writer w = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            for (Path f : files) w.write(f + "\n");
        }
        List<Double> l = new ArrayList<>();
        List<Double> d = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.trim().split(" ");
                l.add(Double.parseDouble(f[0]));
                d.add(Double.parseDouble(f[1]));
            }
        }
        if (p.waitFor() != 0) throw new IllegalStateException("CPython benchmark failed");
        Files.deleteIfExists(script);
        return new double[] {median(l.stream().mapToDouble(x -> x).toArray()), median(d.stream().mapToDouble(x -> x).toArray())};
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
