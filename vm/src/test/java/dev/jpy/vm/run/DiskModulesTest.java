package dev.jpy.vm.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.toolchain.imports.CacheOptions;
import dev.jpy.vm.builtins.BuiltinsModule;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyModule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DiskModules} through {@link ImportSystem}: a module from the run's search path, executed once, its .pyc written and reused by the next run. */
class DiskModulesTest {
    @TempDir Path dir;
    final List<String> trace = new ArrayList<>();

    void newRun() {
        VmState st = new VmState(BuiltinsModule.create(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        VmState.set(st);
        RunConfig.set(new RunConfig(List.of("x"), List.of(dir), CacheOptions.defaults().withVerbose(trace::add)));
        st.path.items.add(new dev.jpy.vm.object.PyStr(dir.toString()));
        trace.clear();
    }

    @AfterEach
    void tearDown() {
        VmState.set(null);
        RunConfig.set(null);
    }

    @Test
    void importsExecutesCachesAndReuses() throws Exception {
        Path m = dir.resolve("m.py");
        Files.writeString(m, "x = 6 * 7\ny = __name__\n");
        Files.setLastModifiedTime(m, FileTime.fromMillis(1_600_000_000_000L));
        newRun();
        PyModule mod = (PyModule) ImportSystem.findAndLoad("m");
        assertEquals("42", Ops.str(mod.dict.get("x")));
        assertEquals("m", Ops.str(mod.dict.get("y")));
        assertSame(mod, ImportSystem.findAndLoad("m"), "executed once per run");
        Path pyc = dir.resolve("__pycache__/m.cpython-313.pyc");
        assertEquals(List.of("# code object from " + m, "# created '" + pyc + "'"), trace.subList(0, 2));
        assertTrue(trace.get(2).startsWith("import 'm' # <_frozen_importlib_external.SourceFileLoader object at 0x"), trace.get(2));
        byte[] written = Files.readAllBytes(pyc);
        newRun();
        ImportSystem.findAndLoad("m");
        assertEquals(List.of("# " + pyc + " matches " + m, "# code object from '" + pyc + "'"), trace.subList(0, 2), "the second run reuses the .pyc");
        assertArrayEquals(written, Files.readAllBytes(pyc));
        assertNull(DiskModules.load("no_such_module", List.of(dir)));
    }
}
