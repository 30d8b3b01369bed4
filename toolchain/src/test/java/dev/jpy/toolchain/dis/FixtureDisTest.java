package dev.jpy.toolchain.dis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.marshal.Goldens;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.pyc.PycFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The disassembly of every fixture .pyc, with and without -C and -O, is line for line what CPython
 * 3.13's dis printed for it (recorded in fixtures/golden/NAME/dis*.txt), addresses aside.
 */
class FixtureDisTest {
    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-f]+");

    @TestFactory
    Stream<DynamicTest> listingsMatchCPython() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(Goldens.fixtures().resolve("golden"))) {
            for (Path dir : s.filter(d -> Files.exists(d.resolve("dis.txt"))).sorted().toList()) {
                String name = dir.getFileName().toString();
                for (String variant : List.of("", "C", "O", "CO")) {
                    tests.add(DynamicTest.dynamicTest(name + (variant.isEmpty() ? "" : " -" + variant), () -> {
                        PycFile pyc = PycFile.parse(Files.readAllBytes(dir.resolve(name + ".cpython-313.pyc")));
                        String ours = Disassembler.dis((PyCode) pyc.code(),
                                new Disassembler.Options(variant.contains("C"), variant.contains("O")));
                        String theirs = Files.readString(dir.resolve("dis" + (variant.isEmpty() ? "" : "-" + variant) + ".txt"));
                        assertEquals(mask(theirs), mask(ours));
                    }));
                }
            }
        }
        assertTrue(tests.size() >= 80, "fixtures missing: " + tests.size());
        return tests.stream();
    }

    private static String mask(String s) {
        return ADDRESS.matcher(s).replaceAll(" at 0x?");
    }
}
