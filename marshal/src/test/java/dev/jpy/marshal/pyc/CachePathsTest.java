package dev.jpy.marshal.pyc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.jpy.marshal.Goldens;
import org.junit.jupiter.api.Test;

/** importlib's cache_from_source / source_from_cache, against cases recorded from CPython 3.13. */
class CachePathsTest {

    private static String str(JsonObject o, String k) {
        JsonElement e = o.get(k);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    @Test
    void cacheFromSourceMatchesCPython() throws Exception {
        JsonObject g = Goldens.json("cache_paths.json").getAsJsonObject();
        int n = 0;
        for (JsonElement e : g.getAsJsonArray("cache_from_source")) {
            JsonObject c = e.getAsJsonObject();
            String got = CachePaths.cacheFromSource(str(c, "source"), str(c, "optimization"), str(c, "prefix"), str(c, "cwd"));
            assertEquals(str(c, "cache"), got, c.toString());
            n++;
        }
        assertTrue(n >= 100, "too few cases: " + n);
    }

    @Test
    void sourceFromCacheMatchesCPython() throws Exception {
        JsonObject g = Goldens.json("cache_paths.json").getAsJsonObject();
        for (JsonElement e : g.getAsJsonArray("source_from_cache")) {
            JsonObject c = e.getAsJsonObject();
            String pyc = str(c, "cache");
            String prefix = str(c, "prefix");
            if (c.has("error")) {
                assertTrue(CachePaths.sourceFromCache(pyc, prefix).isEmpty(), c.toString());
                assertEquals(str(c, "error"), CachePaths.sourceFromCacheError(pyc, prefix), c.toString());
            } else {
                assertEquals(str(c, "source"), CachePaths.sourceFromCache(pyc, prefix).orElse(null), c.toString());
            }
        }
    }

    @Test
    void plainLayout() {
        assertEquals("a/__pycache__/b.cpython-313.pyc", CachePaths.cacheFromSource("a/b.py"));
    }
}
