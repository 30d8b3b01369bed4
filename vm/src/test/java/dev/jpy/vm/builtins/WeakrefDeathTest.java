package dev.jpy.vm.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.vm.run.PycRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * weakref when objects die, which the run corpus cannot show (on the JVM an object dies at a collection, not at its
 * last {@code del}): after gc.collect() the ref answers None, the weak containers have dropped the object, its
 * callbacks ran (the newest ref's first, as in CPython), a ref dropped before its object never calls back, and
 * atexit runs what is registered once the program ends.
 */
class WeakrefDeathTest {
    private static final String PROGRAM = """
            import atexit, gc, weakref
            class C: pass
            events = []
            o = C()
            r = weakref.ref(o, lambda ref: events.append("callback"))
            wvd = weakref.WeakValueDictionary(k=o)
            wkd = weakref.WeakKeyDictionary({o: 1})
            ws = weakref.WeakSet([o])
            fin = weakref.finalize(o, events.append, "finalized")
            print(r() is o, len(wvd), len(wkd), len(ws), fin.alive, weakref.getweakrefcount(o))
            del o
            for _ in range(50):
                gc.collect()
                if r() is None:
                    break
            print(r() is None, len(wvd), len(wkd), len(ws), fin.alive, events, repr(r).endswith("; dead>"))
            def drop():
                x = C()
                weakref.ref(x, lambda ref: events.append("dropped ref called back"))
            drop()
            for _ in range(5):
                gc.collect()
            print(events, gc.collect(), gc.isenabled())
            keep = C()
            weakref.finalize(keep, print, "finalizer at exit")
            atexit.register(print, "atexit function")
            """;

    @Test
    void deadObjectsLeaveRefsAndContainersAndRunCallbacks() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = new PycRunner(new PrintWriter(out), new PrintWriter(err), Path.of("."))
                .run(Compiler.compile(PROGRAM, "weakref_death.py", 0));
        assertEquals("", err.toString());
        assertEquals(0, status);
        assertEquals("""
                True 1 1 1 True 5
                True 0 0 0 False ['finalized', 'callback'] True
                ['finalized', 'callback'] 0 True
                atexit function
                finalizer at exit
                """, out.toString());
    }
}
