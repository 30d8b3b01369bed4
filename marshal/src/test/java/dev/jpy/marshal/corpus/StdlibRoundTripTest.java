package dev.jpy.marshal.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jpy.marshal.pyc.PycFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every .pyc of each local CPython stdlib (2.7, 3.6–3.13) reads and writes back byte-identical.
 * Skips, saying so, where an install is missing.
 */
class StdlibRoundTripTest {

    @ParameterizedTest(name = "Python {0}.{1}")
    @CsvSource({"2,7", "3,6", "3,7", "3,8", "3,9", "3,10", "3,11", "3,12", "3,13"})
    void everyPycRoundTrips(int major, int minor) throws Exception {
        Optional<Path> install = LocalPythons.install(major, minor);
        if (install.isEmpty()) {
            System.out.println("SKIPPED round trip for Python " + major + "." + minor + ": no install under "
                    + LocalPythons.pyenvRoot().resolve("versions"));
        }
        assumeTrue(install.isPresent(), "no local Python " + major + "." + minor);
        List<Path> files = LocalPythons.pycFiles(install.get(), major, minor);
        List<String> failures = new ArrayList<>();
        long bytes = 0;
        for (Path f : files) {
            byte[] data = Files.readAllBytes(f);
            bytes += data.length;
            try {
                byte[] back = PycFile.parse(data).toBytes();
                if (!Arrays.equals(data, back)) failures.add(f + ": differs at byte " + Arrays.mismatch(data, back));
            } catch (Exception e) {
                failures.add(f + ": " + e);
            }
        }
        System.out.printf("round trip Python %d.%d: %d of %d .pyc files byte-identical (%,d bytes)%n",
                major, minor, files.size() - failures.size(), files.size(), bytes);
        failures.stream().limit(20).forEach(s -> System.out.println("  " + s));
        assertEquals(List.of(), failures.stream().limit(20).toList());
    }
}
