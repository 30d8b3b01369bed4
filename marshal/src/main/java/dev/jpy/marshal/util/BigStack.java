package dev.jpy.marshal.util;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs recursive work (marshal reading, parsing) on a thread of its own whose stack is large enough
 * for the deepest input jpy accepts, and hands back its result or rethrows its failure. The stack is
 * reserved address space, not committed memory. The work must keep its state to itself. A thread made
 * by {@link #thread} already has such a stack: work called from it at its top level runs in place,
 * which saves a thread start per call when many files are compiled.
 */
public final class BigStack {
    private BigStack() {}

    /** The stack size of the current thread when it is a big-stack thread with its stack free, else null. */
    private static final ThreadLocal<Long> FREE_STACK = new ThreadLocal<>();

    /** A thread with a stack of {@code stackBytes} on which {@link #call} with no more than that runs in place. */
    public static Thread thread(Runnable r, long stackBytes, String threadName) {
        return new Thread(null, () -> {
            FREE_STACK.set(stackBytes);
            r.run();
        }, threadName, stackBytes);
    }

    public static <T> T call(Supplier<T> work, long stackBytes, String threadName) {
        Long free = FREE_STACK.get();
        if (free != null && free >= stackBytes) {
            FREE_STACK.set(null); // nested calls get a thread of their own, as the stack is now in use
            try {
                return work.get();
            } finally {
                FREE_STACK.set(free);
            }
        }
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
