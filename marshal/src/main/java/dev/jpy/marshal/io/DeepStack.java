package dev.jpy.marshal.io;

import dev.jpy.marshal.util.BigStack;
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
            return BigStack.call(work, BIG_STACK, "jpy-deep-marshal");
        }
    }
}
