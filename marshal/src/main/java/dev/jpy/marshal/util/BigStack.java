package dev.jpy.marshal.util;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs recursive work (marshal reading, parsing) on a thread of its own whose stack is large enough
 * for the deepest input jpy accepts, and hands back its result or rethrows its failure. The stack is
 * reserved address space, not committed memory. The work must keep its state to itself.
 */
public final class BigStack {
    private BigStack() {}

    public static <T> T call(Supplier<T> work, long stackBytes, String threadName) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable x) {
                failure.set(x);
            }
        }, threadName, stackBytes);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException ie) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Throwable x = failure.get();
        if (x instanceof RuntimeException r) throw r;
        if (x instanceof Error err) throw err;
        if (x != null) throw new IllegalStateException(x);
        return result.get();
    }
}
