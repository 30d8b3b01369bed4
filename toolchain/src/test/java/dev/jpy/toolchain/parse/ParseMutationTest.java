package dev.jpy.toolchain.parse;

import static org.junit.jupiter.api.Assertions.*;

import dev.jpy.marshal.corpus.LocalPythons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Robustness: 3000 seeded mutations (one character deleted or inserted, or the text cut) of the first
 * 3000 characters of CPython 3.13's top-level Lib modules. The parser must return a tree or throw
 * ParseException, never anything else. (Whether it accepts exactly what CPython accepts is not checked
 * here.) Skipped when no CPython 3.13 is installed.
 */
class ParseMutationTest {
    @Test
    void mutatedSourcesNeverCrash() throws Exception {
        Optional<Path> install = LocalPythons.install(3, 13);
        if (install.isEmpty()) {
            System.out.println("SKIPPED parse mutations: no CPython 3.13 found");
            return;
        }
        Path lib = install.get().resolve("lib/python3.13");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> w = Files.list(lib)) {
            w.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
        }
        Random r = new Random(1);
        int n = 0;
        TreeMap<String, String> crashes = new TreeMap<>();
        String inserts = "()[]{}:=*,.@'\"\\\n#fj0x";
        for (int i = 0; i < 3000; i++) {
            Path f = files.get(r.nextInt(files.size()));
            String src;
            try {
                src = Files.readString(f);
            } catch (Exception e) {
                continue;
            }
            if (src.length() < 10) continue;
            StringBuilder b = new StringBuilder(src.substring(0, Math.min(src.length(), 3000)));
            int k = r.nextInt(b.length());
            switch (r.nextInt(3)) {
                case 0 -> b.deleteCharAt(k);
                case 1 -> b.insert(k, inserts.charAt(r.nextInt(inserts.length())));
                default -> b.setLength(k);
            }
            n++;
            try {
                Parser.parseModule(b.toString(), f.getFileName().toString());
            } catch (ParseException e) {
                // fine
            } catch (Throwable e) {
                crashes.putIfAbsent(e + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?"),
                        f.getFileName() + " mutation " + i);
            }
        }
        System.out.println("parse mutations: " + n + " parsed, " + crashes.size() + " distinct crashes");
        assertEquals(new TreeMap<String, String>(), crashes);
    }
}
