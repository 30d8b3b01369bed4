package dev.jpy.marshal.pyc;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
    @TempDir Path dir;

    private static byte[] filled(int size, int value) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) value);
        return b;
    }

    @Test
    void concurrentWritersNeverLeaveATornOrMixedFile() throws Exception {
        Path target = dir.resolve("x.pyc");
        AtomicWrite.write(target, filled(200_000, 0));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> bad = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                try {
                    byte[] b = Files.readAllBytes(target);
                    boolean uniform = b.length == 200_000;
                    for (int i = 1; i < b.length && uniform; i++) uniform = b[i] == b[0];
                    if (!uniform) bad.set("torn file of " + b.length + " bytes");
                } catch (IOException e) {
                    bad.set(e.toString());
                }
            }
        });
        reader.start();
        List<Thread> writers = new ArrayList<>();
        for (int w = 1; w <= 4; w++) {
            int value = w;
            Thread t = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    try {
                        AtomicWrite.write(target, filled(200_000, value));
                    } catch (IOException e) {
                        bad.set(e.toString());
                    }
                }
            });
            writers.add(t);
            t.start();
        }
        for (Thread t : writers) t.join();
        stop.set(true);
        reader.join();
        assertNull(bad.get());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(target), s.toList(), "temporary files left behind");
        }
    }

    @Test
    void failedReplaceKeepsTheOldContentAndCleansUp() throws Exception {
        Path target = dir.resolve("sub");
        Files.createDirectories(target.resolve("child")); // a non-empty directory cannot be replaced by a file
        assertThrows(IOException.class, () -> AtomicWrite.write(target, new byte[] {1, 2, 3}));
        assertTrue(Files.isDirectory(target.resolve("child")));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(target), s.toList(), "temporary file left behind");
        }
    }
}
