package dev.jpy.marshal.io;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a recursive reader or writer so that the 2000 levels of nesting marshal allows always fit:
 * first on the caller's thread, and if that thread's stack is too small, again on a thread with a
 * stack large enough for the deepest legal data. The work it runs must keep its state to itself.
 */
final class DeepStack {
    private static final long BIG_STACK = 256L << 20;

    private DeepStack() {}

    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            return onBigStack(work);
        }
    }

    private static <T> T onBigStack(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable x) {
                failure.set(x);
            }
        }, "jpy-deep-marshal", BIG_STACK);
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
