package dev.jpy.toolchain.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ModuleFinder}: packages before modules, source before a legacy .pyc, path entries in order. */
class ModuleFinderTest {
    @TempDir Path dir;

    @Test
    void findsInOrderAndLoads() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")), b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(b.resolve("m.py"), "x = 'from b'\n");
        assertEquals(b.resolve("m.py"), ModuleFinder.find(List.of(a, b), "m", "m").orElseThrow().origin());
        Files.writeString(a.resolve("m.py"), "x = 'from a'\n");
        ModuleFinder.Spec s = ModuleFinder.find(List.of(a, b), "m", "m").orElseThrow();
        assertEquals(a.resolve("m.py"), s.origin());
        assertTrue(CachedLoaderTest.hasConst(s.load(CacheOptions.defaults()), "from a"));
        assertTrue(Files.exists(a.resolve("__pycache__/m.cpython-313.pyc")), "loading caches");
        assertFalse(ModuleFinder.find(List.of(a, b), "nope", "nope").isPresent());
    }

    @Test
    void packagesAndLegacyPycs() throws Exception {
        Path p = Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(p.resolve("__init__.py"), "x = 'init'\n");
        Files.writeString(dir.resolve("pkg.py"), "x = 'module'\n");
        ModuleFinder.Spec s = ModuleFinder.find(List.of(dir), "pkg", "pkg").orElseThrow();
        assertTrue(s.isPackage());
        assertEquals(p, s.packageDir());
        // a legacy m.pyc with no m.py beside it is loaded sourceless
        Files.writeString(dir.resolve("tmp.py"), "x = 'legacy'\n");
        Files.write(dir.resolve("old.pyc"), CachedLoader.codeToTimestampPyc(CachedLoader.load(dir.resolve("tmp.py"),
                new CacheOptions(true, null, 0, null, null)), 0, 0));
        ModuleFinder.Spec old = ModuleFinder.find(List.of(dir), "old", "old").orElseThrow();
        assertTrue(old.sourceless());
        assertTrue(CachedLoaderTest.hasConst(old.load(CacheOptions.defaults()), "legacy"));
    }
}
