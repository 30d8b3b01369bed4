package dev.jpy.toolchain.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyStr;
import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.marshal.pyc.PycFormatException;
import dev.jpy.marshal.pyc.PycHeader;
import dev.jpy.marshal.pyc.PycHeader.Invalidation;
import dev.jpy.marshal.pyc.SourceHash;
import dev.jpy.toolchain.imports.CacheOptions.CheckHash;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every cache rule of {@link CachedLoader}, each shown by what is read from and written to disk and by the -v trace. */
class CachedLoaderTest {
    /** An old source mtime (2020-09-13), far from "now", so timestamp files are written and trusted. */
    static final long T = 1_600_000_000L;

    @TempDir Path dir;
    Path src, pyc;
    final List<String> trace = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        src = dir.resolve("m.py");
        pyc = dir.resolve("__pycache__/m.cpython-313.pyc");
        write(src, "x = 'aaa'\n", T * 1000);
    }

    CacheOptions opts() {
        return CacheOptions.defaults().withVerbose(trace::add);
    }

    static void write(Path p, String text, long mtimeMillis) throws Exception {
        Files.writeString(p, text);
        Files.setLastModifiedTime(p, FileTime.fromMillis(mtimeMillis));
    }

    static boolean hasConst(PyCode c, String s) {
        return c.consts().items().stream().anyMatch(o -> o instanceof PyStr p && p.value().equals(s));
    }

    static PycHeader header(Path p) throws Exception {
        return PycHeader.parse(Files.readAllBytes(p));
    }

    PyCode load(CacheOptions o) throws Exception {
        trace.clear();
        return CachedLoader.load(src, o);
    }

    @Test
    void cacheFileNames() {
        assertEquals(pyc, CachedLoader.cacheFromSource(src, CacheOptions.defaults()));
        assertEquals(dir.resolve("__pycache__/m.cpython-313.opt-1.pyc"), CachedLoader.cacheFromSource(src, new CacheOptions(false, null, 1, null, null)));
        assertEquals(dir.resolve("__pycache__/m.cpython-313.opt-2.pyc"), CachedLoader.cacheFromSource(src, new CacheOptions(false, null, 2, null, null)));
        assertEquals(Path.of("/pp" + dir + "/m.cpython-313.pyc"), CachedLoader.cacheFromSource(src, new CacheOptions(false, "/pp", 0, null, null)));
    }

    @Test
    void firstLoadCompilesAndWritesTimestampPyc() throws Exception {
        PyCode c = load(opts());
        assertTrue(hasConst(c, "aaa"));
        assertEquals(List.of("# code object from " + src, "# created '" + pyc + "'"), trace);
        PycHeader h = header(pyc);
        assertEquals(Invalidation.TIMESTAMP, h.invalidation());
        assertEquals(T, h.mtime());
        assertEquals(10, h.sourceSize());
        assertEquals(c, PycFile.parse(Files.readAllBytes(pyc)).code(), "the .pyc holds the compiled code");
        assertFalse(Files.getPosixFilePermissions(pyc).contains(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
    }

    @Test
    void secondLoadReusesThePycAndLeavesItAlone() throws Exception {
        load(opts());
        byte[] before = Files.readAllBytes(pyc);
        FileTime stamp = FileTime.fromMillis((T + 100) * 1000);
        Files.setLastModifiedTime(pyc, stamp);
        PyCode c = load(opts());
        assertTrue(hasConst(c, "aaa"));
        assertEquals(List.of("# " + pyc + " matches " + src, "# code object from '" + pyc + "'"), trace);
        assertArrayEquals(before, Files.readAllBytes(pyc));
        assertEquals(stamp, Files.getLastModifiedTime(pyc), "not rewritten");
    }

    @Test
    void anEditWithANewMtimeIsStale() throws Exception {
        load(opts());
        write(src, "x = 'bbbb'\n", (T + 10) * 1000);
        PyCode c = load(opts());
        assertTrue(hasConst(c, "bbbb"));
        assertEquals(List.of("# bytecode is stale for 'm'", "# code object from " + src, "# created '" + pyc + "'"), trace);
        assertEquals(T + 10, header(pyc).mtime());
        assertEquals(11, header(pyc).sourceSize());
    }

    @Test
    void aSameSizeEditWithinTheSameSecondIsNotMissed() throws Exception {
        // CPython #75953: source at T.1 s, .pyc written at T.3 s recording T, same-size edit at T.6 s
        write(src, "x = 'aaa'\n", T * 1000 + 100);
        load(opts());
        Files.setLastModifiedTime(pyc, FileTime.fromMillis(T * 1000 + 300));
        write(src, "x = 'bbb'\n", T * 1000 + 600);
        assertEquals(T, header(pyc).mtime(), "the header still matches the edited source's second and size");
        PyCode c = load(opts());
        assertTrue(hasConst(c, "bbb"), "the edit is seen");
        assertEquals("# bytecode may be stale for 'm' (source changed within 2 s of its .pyc)", trace.get(0));
        assertEquals(Invalidation.TIMESTAMP, header(pyc).invalidation(), "the source is old now: a timestamp file again");
        // the rewritten file is trusted from then on (it was written long after T)
        PyCode again = load(opts());
        assertTrue(hasConst(again, "bbb"));
        assertTrue(trace.get(0).endsWith(" matches " + src), trace.toString());
    }

    @Test
    void aFreshlyEditedSourceGetsACheckedHashPyc() throws Exception {
        write(src, "x = 'aaa'\n", System.currentTimeMillis());
        load(opts());
        PycHeader h = header(pyc);
        assertEquals(Invalidation.CHECKED_HASH, h.invalidation());
        assertArrayEquals(SourceHash.of(Files.readAllBytes(src)), h.sourceHash());
        // an edit in the same instant, same size: the hash catches it
        write(src, "x = 'bbb'\n", Files.getLastModifiedTime(src).toMillis());
        assertTrue(hasConst(load(opts()), "bbb"));
        assertEquals("# code object from " + src, trace.get(0));
    }

    @Test
    void checkedHashPycIsUsedWhileTheHashMatchesAndRewrittenAsHashBased() throws Exception {
        byte[] bytes = Files.readAllBytes(src);
        Files.createDirectories(pyc.getParent());
        Files.write(pyc, CachedLoader.codeToHashPyc(CachedLoader.load(src, CacheOptions.defaults()), SourceHash.of(bytes), true));
        PyCode c = load(opts());
        assertTrue(hasConst(c, "aaa"));
        assertEquals(List.of("# " + pyc + " matches " + src, "# code object from '" + pyc + "'"), trace);
        write(src, "x = 'bbb'\n", T * 1000);  // same mtime and size: only the hash differs
        assertTrue(hasConst(load(opts()), "bbb"));
        assertEquals(List.of("# code object from " + src, "# created '" + pyc + "'"), trace);
        assertEquals(Invalidation.CHECKED_HASH, header(pyc).invalidation(), "stays hash-based, as importlib keeps it");
        assertArrayEquals(SourceHash.of(Files.readAllBytes(src)), header(pyc).sourceHash());
    }

    @Test
    void uncheckedHashPycIsTrustedUnlessAlways() throws Exception {
        Files.createDirectories(pyc.getParent());
        Files.write(pyc, CachedLoader.codeToHashPyc(CachedLoader.load(src, CacheOptions.defaults()), SourceHash.of(Files.readAllBytes(src)), false));
        write(src, "x = 'bbb'\n", T * 1000);
        assertTrue(hasConst(load(opts()), "aaa"), "default: unchecked means not checked");
        assertEquals(Invalidation.UNCHECKED_HASH, header(pyc).invalidation());
        CacheOptions always = new CacheOptions(false, null, 0, CheckHash.ALWAYS, trace::add);
        assertTrue(hasConst(load(always), "bbb"), "always: checked");
        assertEquals(Invalidation.UNCHECKED_HASH, header(pyc).invalidation(), "rewritten keeping its mode");
        assertArrayEquals(SourceHash.of(Files.readAllBytes(src)), header(pyc).sourceHash());
    }

    @Test
    void neverSkipsCheckingCheckedHashPycs() throws Exception {
        Files.createDirectories(pyc.getParent());
        Files.write(pyc, CachedLoader.codeToHashPyc(CachedLoader.load(src, CacheOptions.defaults()), SourceHash.of(Files.readAllBytes(src)), true));
        write(src, "x = 'bbb'\n", T * 1000);
        CacheOptions never = new CacheOptions(false, null, 0, CheckHash.NEVER, trace::add);
        assertTrue(hasConst(load(never), "aaa"));
        assertTrue(hasConst(load(opts()), "bbb"), "default checks it");
    }

    @Test
    void dontWriteBytecodeWritesNothingButStillReads() throws Exception {
        CacheOptions b = new CacheOptions(true, null, 0, null, trace::add);
        assertTrue(hasConst(load(b), "aaa"));
        assertEquals(List.of("# code object from " + src), trace);
        assertFalse(Files.exists(pyc.getParent()));
        load(opts());
        Files.setLastModifiedTime(pyc, FileTime.fromMillis((T + 100) * 1000));
        load(b);
        assertTrue(trace.get(0).endsWith(" matches " + src), "-B still uses an existing .pyc");
    }

    @Test
    void pycachePrefixMirrorsTheSourceTree() throws Exception {
        Path prefix = dir.resolve("pp");
        load(new CacheOptions(false, prefix.toString(), 0, null, trace::add));
        Path want = Path.of(prefix + src.getParent().toString() + "/m.cpython-313.pyc");
        assertTrue(Files.isRegularFile(want), want.toString());
        assertFalse(Files.exists(pyc));
        assertEquals("# created '" + want + "'", trace.get(1));
    }

    @Test
    void optimizationLevelsUseTheirOwnFiles() throws Exception {
        write(src, "'doc'\nassert 0, 'boom'\n", T * 1000);
        PyCode o1 = load(new CacheOptions(false, null, 1, null, trace::add));
        PyCode o2 = load(new CacheOptions(false, null, 2, null, trace::add));
        assertTrue(Files.exists(dir.resolve("__pycache__/m.cpython-313.opt-1.pyc")));
        assertTrue(Files.exists(dir.resolve("__pycache__/m.cpython-313.opt-2.pyc")));
        assertFalse(Files.exists(pyc));
        assertTrue(hasConst(o1, "doc") && !hasConst(o1, "boom"), "-O drops asserts, keeps docstrings");
        assertFalse(hasConst(o2, "doc"), "-OO drops docstrings");
    }

    @Test
    void badMagicFallsBackToSourceAndRewrites() throws Exception {
        load(opts());
        byte[] d = Files.readAllBytes(pyc);
        d[0] = 'X'; d[1] = 'X'; d[2] = 'X'; d[3] = 'X';
        Files.write(pyc, d);
        assertTrue(hasConst(load(opts()), "aaa"));
        assertEquals(List.of("# bad magic number in 'm': b'XXXX'", "# code object from " + src, "# created '" + pyc + "'"), trace);
        assertEquals(Invalidation.TIMESTAMP, header(pyc).invalidation(), "rewritten with 3.13's magic");
    }

    @Test
    void truncatedHeaderFallsBackToSource() throws Exception {
        load(opts());
        Files.write(pyc, java.util.Arrays.copyOf(Files.readAllBytes(pyc), 12));
        assertTrue(hasConst(load(opts()), "aaa"));
        assertEquals("# reached EOF while reading pyc header of 'm'", trace.get(0));
        assertTrue(Files.size(pyc) > 16);
    }

    @Test
    void corruptBodyFallsBackToSourceAndRewrites() throws Exception {
        load(opts());
        byte[] good = Files.readAllBytes(pyc);
        byte[] bad = java.util.Arrays.copyOf(good, 20);
        bad[16] = (byte) 0xFF;  // no marshal type
        Files.write(pyc, bad);
        Files.setLastModifiedTime(pyc, FileTime.fromMillis((T + 100) * 1000));
        assertTrue(hasConst(load(opts()), "aaa"));
        assertTrue(trace.get(1).startsWith("# bad marshal data in '" + pyc + "'"), trace.toString());
        assertEquals("# created '" + pyc + "'", trace.get(trace.size() - 1));
        assertArrayEquals(good, Files.readAllBytes(pyc));
    }

    @Test
    void unwritableCacheDirIsSkippedSilently() throws Exception {
        Files.writeString(dir.resolve("__pycache__"), "not a directory");
        assertTrue(hasConst(load(opts()), "aaa"));
        assertEquals("# code object from " + src, trace.get(0));
        assertTrue(trace.get(1).startsWith("# could not create '" + dir.resolve("__pycache__") + "'"), trace.toString());
        assertEquals("not a directory", Files.readString(dir.resolve("__pycache__")));
    }

    @Test
    void legacyPycWithoutSourceIsLoaded() throws Exception {
        Path legacy = dir.resolve("old.pyc");
        Files.write(legacy, CachedLoader.codeToTimestampPyc(CachedLoader.load(src, CacheOptions.defaults()), 1, 1));
        PyCode c = CachedLoader.loadSourceless("old", legacy, opts());
        assertTrue(hasConst(c, "aaa"));
        assertEquals("# code object from '" + legacy + "'", trace.get(trace.size() - 1));
        Files.write(legacy, "XXXX0000000000000000".getBytes(StandardCharsets.ISO_8859_1));
        assertThrows(PycFormatException.class, () -> CachedLoader.loadSourceless("old", legacy, opts()));
        assertNotEquals(0, trace.size());
    }

    @Test
    void syntaxErrorsPropagateAndWriteNothing() throws Exception {
        write(src, "x = (\n", T * 1000);
        assertThrows(RuntimeException.class, () -> load(opts()));
        assertFalse(Files.exists(pyc));
    }
}
