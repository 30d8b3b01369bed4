package dev.jpy.marshal.pyc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.jpy.marshal.Goldens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SourceHash} against {@code importlib.util.source_hash} recorded from CPython 3.13. */
class SourceHashTest {

    @Test
    void knownValue() {
        // python3.13 -c "import importlib.util; print(importlib.util.source_hash(b'X=3\n').hex())"
        assertEquals("320a67fc4074b7f9", Goldens.hex(SourceHash.of("X=3\n".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void matchesRecordedHashes() {
        List<JsonObject> records = Goldens.records("source_hash.json");
        List<String> failures = new ArrayList<>();
        int maxLen = 0;
        for (JsonObject r : records) {
            byte[] source = Goldens.unhex(r.get("source_hex").getAsString());
            maxLen = Math.max(maxLen, source.length);
            String want = r.get("hash_hex").getAsString();
            String got = Goldens.hex(SourceHash.of(source));
            if (!got.equals(want)) failures.add(source.length + " bytes: got " + got + ", CPython " + want);
        }
        System.out.printf("source_hash.json: %d of %d source hashes match (sources up to %d bytes)%n",
                records.size() - failures.size(), records.size(), maxLen);
        assertEquals(List.of(), failures);
        assertTrue(maxLen >= 16, "the goldens should cover several SipHash blocks");
    }
}
