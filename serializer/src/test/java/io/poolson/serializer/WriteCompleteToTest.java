package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link MapSerializer#writeCompleteTo}: the whole document, in one go, or nothing. The document is
 * built before the target is attached, so these tests cover small, Latin-1, wide (non-Latin-1) and
 * multi-chunk documents, which take different buffer paths.
 */
class WriteCompleteToTest {
    /*
     * A fresh instance per test (JUnit makes one per method), so its pooled writers start small:
     * a writer another test already grew would hide bugs in the growing path, which is how the
     * bug this test was written for hid in the full suite.
     */
    private final MapSerializer serializer = MapSerializer.builder().build();

    static Map<String, Object> doc(String text, int entries) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", List.of(1, text));
        for (int i = 0; i < entries; i++) {
            m.put("key" + i, i);
        }
        return m;
    }

    private void assertSameAsJackson(Map<String, Object> m) {
        StringWriter chars = new StringWriter();
        serializer.writeCompleteTo(m, chars);
        assertEquals(JacksonOracle.jacksonString(m), chars.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        serializer.writeCompleteTo(m, bytes);
        assertArrayEquals(JacksonOracle.jacksonBytes(m), bytes.toByteArray());
    }

    @Test
    void smallLatin1Document() {
        assertSameAsJackson(doc("v", 0));
    }

    @Test
    void wideDocument() {
        assertSameAsJackson(doc("\u20ac \uD83D\uDE00", 3));
    }

    @Test
    void documentLargerThanOneChunk() {
        assertSameAsJackson(doc("v", 20_000));
        assertSameAsJackson(doc("\u20ac", 20_000));
    }

    @Test
    void failureWritesNothing() {
        Map<String, Object> bad = doc("v", 5_000);
        bad.put("bad", new Object());
        StringWriter chars = new StringWriter();
        assertThrows(JsonSerializationException.class, () -> serializer.writeCompleteTo(bad, chars));
        assertEquals("", chars.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThrows(JsonSerializationException.class, () -> serializer.writeCompleteTo(bad, bytes));
        assertEquals(0, bytes.size());
    }
}
