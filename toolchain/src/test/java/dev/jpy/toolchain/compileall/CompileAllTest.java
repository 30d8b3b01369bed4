package dev.jpy.toolchain.compileall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.marshal.pyc.PycHeader;
import dev.jpy.marshal.pyc.PycHeader.Invalidation;
import dev.jpy.marshal.pyc.SourceHash;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compileall's behaviour on temporary trees: names, headers, modes, freshness, options, failures. */
class CompileAllTest {
    @TempDir Path tmp;
    Path a;
    Path cfile;

    @BeforeEach
    void tree() throws IOException {
        a = tmp.resolve("a.py");
        Files.writeString(a, "assert x\nif __debug__:\n    y = 1\n");
        Files.setLastModifiedTime(a, FileTime.fromMillis(1_700_000_000_000L));
        Files.createDirectories(tmp.resolve("sub/deeper"));
        Files.writeString(tmp.resolve("sub/b.py"), "b = 2\n");
        Files.writeString(tmp.resolve("sub/deeper/c.py"), "c = 3\n");
        cfile = tmp.resolve("__pycache__/a.cpython-313.pyc");
    }

    record Run(boolean ok, String out) {}

    static CompileOptions opts(boolean force, Invalidation mode, List<Integer> levels) {
        return new CompileOptions(1000, null, null, null, force, null, 0, false, levels, mode, null, false, 1, false);
    }

    Run run(CompileOptions o, String... dests) {
        StringWriter sw = new StringWriter();
        boolean ok = new CompileAll(o, new PrintWriter(sw)).run(List.of(dests));
        return new Run(ok, sw.toString());
    }

    Run run(boolean force, Invalidation mode) {
        return run(opts(force, mode, List.of(-1)), tmp.toString());
    }

    @Test
    void writesTimestampPycWithSourceModePlusOwnerWrite() throws Exception {
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("r--r-----"));
        assertTrue(run(false, Invalidation.TIMESTAMP).ok());
        PycFile pyc = PycFile.parse(Files.readAllBytes(cfile));
        assertEquals(PycHeader.timestamp(pyc.header().version(), 1_700_000_000L, Files.size(a)), pyc.header());
        assertTrue(pyc.code() instanceof PyCode);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(cfile)));
        assertTrue(Files.exists(tmp.resolve("sub/deeper/__pycache__/c.cpython-313.pyc")));
        try (Stream<Path> s = Files.list(cfile.getParent())) {
            assertEquals(1, s.count(), "no temporary file is left behind");
        }
    }

    @Test
    void hashModesWriteTheSourceHash() throws Exception {
        run(true, Invalidation.UNCHECKED_HASH);
        PycHeader h = PycFile.parse(Files.readAllBytes(cfile)).header();
        assertEquals(PycHeader.FLAG_HASH_BASED, h.flags());
        assertArrayEquals(SourceHash.of(Files.readAllBytes(a)), h.sourceHash());
        run(true, Invalidation.CHECKED_HASH);
        assertEquals(3, PycFile.parse(Files.readAllBytes(cfile)).header().flags());
    }

    @Test
    void freshTimestampPycIsSkippedAndATouchedSourceRecompiled() throws Exception {
        assertTrue(run(false, Invalidation.TIMESTAMP).out().contains("Compiling '" + a + "'..."));
        assertFalse(run(false, Invalidation.TIMESTAMP).out().contains("Compiling"));
        Files.setLastModifiedTime(a, FileTime.fromMillis(1_700_000_005_000L));
        assertTrue(run(false, Invalidation.TIMESTAMP).out().contains("Compiling '" + a + "'..."));
    }

    @Test
    void upToDateHashPycCountsAsFresh_cpython121577() {
        run(false, Invalidation.CHECKED_HASH);
        assertFalse(run(false, Invalidation.CHECKED_HASH).out().contains("Compiling"));
    }

    @Test
    void changedSourceUnderHashPycIsRecompiled() throws Exception {
        run(false, Invalidation.CHECKED_HASH);
        Files.writeString(a, "z = 9\n");
        assertTrue(run(false, Invalidation.CHECKED_HASH).out().contains("Compiling '" + a + "'..."));
    }

    @Test
    void changeOfInvalidationModeRecompiles_cpython117204() throws Exception {
        run(false, Invalidation.TIMESTAMP);
        assertTrue(run(false, Invalidation.CHECKED_HASH).out().contains("Compiling '" + a + "'..."));
        assertTrue(PycFile.parse(Files.readAllBytes(cfile)).header().isHashBased());
        assertTrue(run(false, Invalidation.UNCHECKED_HASH).out().contains("Compiling '" + a + "'..."));
        assertTrue(run(false, Invalidation.TIMESTAMP).out().contains("Compiling '" + a + "'..."));
    }

    @Test
    void optimizationLevelsNameFilesAndDropAssertsAndHardlinkDuplicates() throws Exception {
        CompileOptions o = new CompileOptions(0, null, null, null, true, null, 1, false, List.of(2, 0, 1, 1),
                Invalidation.TIMESTAMP, null, true, 1, false);
        assertTrue(run(o, tmp.toString()).ok());
        Path opt1 = tmp.resolve("__pycache__/a.cpython-313.opt-1.pyc");
        Path opt2 = tmp.resolve("__pycache__/a.cpython-313.opt-2.pyc");
        assertFalse(Files.isSameFile(cfile, opt1), "-O drops the assert: different code");
        assertTrue(Files.isSameFile(opt1, opt2), "no docstring: opt-2 equals opt-1 and is hard-linked");
        assertTrue(Files.size(opt1) < Files.size(cfile));
    }

    @Test
    void legacyRegexAndRecursionLimit() {
        CompileOptions o = new CompileOptions(1, null, null, null, true, Pattern.compile("b\\.py$"), 0, true,
                List.of(-1), Invalidation.TIMESTAMP, null, false, 1, false);
        Run r = run(o, tmp.toString());
        assertTrue(Files.exists(tmp.resolve("a.pyc")));
        assertFalse(Files.exists(tmp.resolve("sub/b.pyc")), "-x matched");
        assertFalse(Files.exists(tmp.resolve("sub/deeper/c.pyc")), "deeper than -r 1");
        assertTrue(r.out().contains("Listing '" + tmp.resolve("sub") + "'..."));
        assertFalse(r.out().contains("deeper"));
    }

    @Test
    void symlinkedDirectoriesAreNotFollowedAndLinksOutsideLimitAreSkipped() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("o.py"), "o = 1\n");
        Path inner = Files.createDirectories(tmp.resolve("inner"));
        Files.createSymbolicLink(inner.resolve("linkdir"), outside);
        Files.createSymbolicLink(inner.resolve("l.py"), outside.resolve("o.py"));
        Files.writeString(inner.resolve("i.py"), "i = 1\n");
        CompileOptions o = new CompileOptions(1000, null, null, null, true, null, 0, false, List.of(-1),
                Invalidation.TIMESTAMP, inner.toString(), false, 1, false);
        Run r = run(o, inner.toString());
        assertFalse(r.out().contains("linkdir"));
        assertTrue(Files.exists(inner.resolve("__pycache__/i.cpython-313.pyc")));
        assertFalse(Files.exists(inner.resolve("__pycache__/l.cpython-313.pyc")), "-e: link leads outside");
    }

    @Test
    void unwritableDirectoryIsReportedAndTheRestGoesOn() throws Exception {
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        Files.writeString(ro.resolve("r.py"), "r = 1\n");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(ro)) System.out.println("SKIPPED unwritableDirectory: running as a user who can write anywhere (root)");
            assumeTrue(!Files.isWritable(ro), "running as a user who can write anywhere (root)");
            Run r = run(true, Invalidation.TIMESTAMP);
            assertFalse(r.ok());
            assertTrue(r.out().contains("*** PermissionError: [Errno 13] Permission denied: '" + ro.resolve("__pycache__")),
                    r.out());
            assertTrue(Files.exists(tmp.resolve("sub/deeper/__pycache__/c.cpython-313.pyc")));
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void symlinkTargetIsRefused() throws Exception {
        Files.createDirectories(cfile.getParent());
        Files.createSymbolicLink(cfile, tmp.resolve("elsewhere.pyc"));
        Run r = run(true, Invalidation.TIMESTAMP);
        assertFalse(r.ok());
        assertTrue(r.out().contains("*** FileExistsError: " + cfile + " is a symlink and will be changed into a regular"
                + " file if import writes a byte-compiled file to it"), r.out());
    }

    @Test
    void threadsGiveTheSameOutputInWalkOrder() throws Exception {
        for (int i = 0; i < 30; i++) Files.writeString(tmp.resolve("sub/m" + i + ".py"), "v = " + i + "\n");
        Files.writeString(tmp.resolve("sub/m7.py"), "return 7\n");
        Run one = run(opts(true, Invalidation.TIMESTAMP, List.of(-1)), tmp.toString());
        CompileOptions many = new CompileOptions(1000, null, null, null, true, null, 0, false, List.of(-1),
                Invalidation.TIMESTAMP, null, false, 0, false);
        Run all = run(many, tmp.toString());
        assertEquals(one, all);
        assertFalse(all.ok());
        assertTrue(all.out().contains("SyntaxError: 'return' outside function"));
    }

    @Test
    void conflictingOptionsAreRejected() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CompileOptions(0, "/d", "/s", null, false, null, 0, false, List.of(-1), null, null, false, 1, false));
        assertEquals("Destination dir (ddir) cannot be used in combination with stripdir or prependdir", e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CompileOptions(0, null, null, null, false, null, 0, false, List.of(1, 1), null, null, true, 1, false));
    }

    @Test
    void sourceDateEpochSelectsCheckedHash() {
        assertEquals(Invalidation.CHECKED_HASH, CompileOptions.defaultInvalidation("1700000000"));
        assertEquals(Invalidation.TIMESTAMP, CompileOptions.defaultInvalidation(""));
        assertEquals(Invalidation.TIMESTAMP, CompileOptions.defaultInvalidation(null));
        assertEquals(Invalidation.UNCHECKED_HASH, new CompileOptions(0, null, null, null, false, null, 0, false,
                List.of(-1), Invalidation.UNCHECKED_HASH, null, false, 1, false).effectiveInvalidation());
    }

    @Test
    void unreadableSourceIsReportedAfterItsCompilingLine() throws Exception {
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("---------"));
        try {
            if (Files.isReadable(a)) System.out.println("SKIPPED unreadableSource: running as root");
            assumeTrue(!Files.isReadable(a), "running as root");
            Run r = run(true, Invalidation.TIMESTAMP);
            assertTrue(r.out().contains("Compiling '" + a + "'...\n*** PermissionError: [Errno 13] Permission denied: '"
                    + a + "'\n"), r.out());
        } finally {
            Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void cacheDirectoryThatIsAFileIsReportedAndTheRestGoesOn() throws Exception {
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        Files.writeString(ro.resolve("r.py"), "r = 1\n");
        Files.writeString(ro.resolve("__pycache__"), "");
        Run r = run(true, Invalidation.TIMESTAMP);
        assertFalse(r.ok());
        assertTrue(r.out().contains("Compiling '" + ro.resolve("r.py") + "'...\n*** NotADirectoryError: [Errno 20] "
                + "Not a directory: '" + ro.resolve("__pycache__/r.cpython-313.pyc") + "'\n"), r.out());
        assertTrue(Files.exists(tmp.resolve("sub/deeper/__pycache__/c.cpython-313.pyc")));
        assertTrue(Files.exists(cfile));
    }
}
