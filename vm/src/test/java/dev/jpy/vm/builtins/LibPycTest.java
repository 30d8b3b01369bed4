package dev.jpy.vm.builtins;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.toolchain.compile.Compiler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Python halves of the native modules (resources lib/*.py): each has a fresh .pyc, and jpy's own compiler compiles it. */
class LibPycTest {
    @Test
    void everyLibSourceHasAFreshPycAndCompiles() throws Exception {
        List<String> names;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/dev/jpy/vm/lib"))) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        assertTrue(names.size() >= 5, "lib sources found: " + names);
        for (String name : names) {
            byte[] source = PySource.resource(name + ".py");
            assertNotNull(PySource.fresh(PySource.resource(name + ".pyc"), source),
                    "lib/" + name + ".pyc is missing or stale: run vm/tools/compile_lib.py with CPython 3.13");
            assertNotNull(Compiler.compile(new String(source, StandardCharsets.UTF_8), name, 0));
        }
    }
}
