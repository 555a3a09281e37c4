package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.poolson.pool.PoolStats;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Large documents stream through a small pooled buffer: the target sees bounded chunks, the writer
 * stays under the retention cap and is pooled again; building a large result drops the grown writer.
 */
class StreamingTest {
    /** About 6 MB of JSON: a list of small maps, so nothing but the total is large. */
    private static Map<String, Object> large() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", i);
            row.put("name", "row \u00e9\ud83d\ude00 " + i);
            row.put("values", List.of(1.5, -i, "x\n"));
            row.put("ints", new int[100]);
            m.put("r" + i, row);
        }
        m.put("tail", new long[20_000]);
        return m;
    }

    /** Records the largest single write and the bytes. */
    private static final class ChunkRecorder extends OutputStream {
        final ByteArrayOutputStream all = new ByteArrayOutputStream();
        int largest;
        int writes;

        @Override
        public void write(int b) {
            all.write(b);
            largest = Math.max(largest, 1);
            writes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            all.write(b, off, len);
            largest = Math.max(largest, len);
            writes++;
        }
    }

    @Test
    void outputStreamReceivesBoundedChunksAndTheWriterIsKept() {
        MapSerializer s = MapSerializer.builder().build();
        Map<String, Object> m = large();
        byte[] expected = JacksonOracle.jacksonBytes(m);
        assertTrue(expected.length > 200_000, "large enough to need many chunks: " + expected.length);

        ChunkRecorder out = new ChunkRecorder();
        PoolStats before = s.bytePoolStats();
        s.writeTo(m, out);
        PoolStats after = s.bytePoolStats();
        assertArrayEquals(expected, out.all.toByteArray());
        assertTrue(out.largest <= Utf8JsonOutput.INITIAL_CAPACITY, "largest chunk " + out.largest);
        assertTrue(out.writes >= expected.length / Utf8JsonOutput.INITIAL_CAPACITY, "writes " + out.writes);
        assertEquals(1, after.kept() - before.kept(), "the writer never grew past the cap, so it was kept");
    }

    @Test
    void writerReceivesBoundedChunksAndTheWriterIsKept() {
        MapSerializer s = MapSerializer.builder().build();
        Map<String, Object> m = large();
        String expected = JacksonOracle.jacksonString(m);
        int[] largest = new int[1];
        StringWriter sink = new StringWriter() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                largest[0] = Math.max(largest[0], len);
                super.write(cbuf, off, len);
            }
        };
        PoolStats before = s.charPoolStats();
        s.writeTo(m, sink);
        assertEquals(expected, sink.toString());
        assertTrue(largest[0] <= CharArrayJsonOutput.CHUNK, "largest chunk " + largest[0]);
        assertEquals(1, s.charPoolStats().kept() - before.kept());

        StringBuilder appendable = new StringBuilder();
        s.writeTo(m, appendable);
        assertEquals(expected, appendable.toString());
    }

    @Test
    void aResultLargerThanTheCapDropsTheGrownWriterAndTheNextCallIsFine() {
        MapSerializer s = MapSerializer.builder().retentionCap(64 * 1024).build();
        Map<String, Object> m = large();
        PoolStats before = s.charPoolStats();
        assertEquals(JacksonOracle.jacksonString(m), s.toJson(m));
        PoolStats after = s.charPoolStats();
        assertEquals(1, after.rejects() - before.rejects(), "grown StringBuilder not retained");
        assertArrayEquals(JacksonOracle.jacksonBytes(m), s.toJsonBytes(m));
        assertEquals(1, s.bytePoolStats().rejects(), "grown ByteBuffer not retained");

        Map<String, Object> small = Map.of("a", 1);
        assertEquals("{\"a\":1}", s.toJson(small));
        assertEquals(1, s.charPoolStats().kept() - after.kept(), "a fresh writer is pooled again");
    }

    @Test
    void aLongStringStreamsWithoutGrowingTheByteBuffer() {
        MapSerializer s = MapSerializer.builder().build();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append((char) (i % 0x3000 + 1)); // ASCII, controls, 2- and 3-byte UTF-8, no surrogates
        }
        Map<String, Object> m = Map.of("s", sb.toString());
        ChunkRecorder out = new ChunkRecorder();
        s.writeTo(m, out);
        assertArrayEquals(JacksonOracle.jacksonBytes(m), out.all.toByteArray());
        assertTrue(out.largest <= Utf8JsonOutput.INITIAL_CAPACITY);
        assertEquals(0, s.bytePoolStats().rejects());
    }
}
