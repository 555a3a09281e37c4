package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The outputs never write the first line of their buffer arrays (the indices before
 * {@link ByteJsonOutput#START} and {@link CharArrayJsonOutput#START}, see {@link JsonOutput}), and
 * every way out of a buffer (the result, a stream, a copy, growing, a hand-over to the wide writer)
 * starts at that index: each output's document equals what {@link Serializer} returns, through a
 * reset and a reuse, for documents that fit the initial buffer and documents that grow it.
 */
class BufferStartTest {
    private static Map<String, Object> map(int entries, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < entries; i++) {
            m.put("key" + i, i % 3 == 0 ? text + i : i);
        }
        return m;
    }

    private static void assertHeadUntouched(byte[] buf) {
        for (int i = 0; i < ByteJsonOutput.START; i++) {
            assertEquals(0, buf[i], "byte " + i + " of the buffer was written");
        }
    }

    private static char[] wideBuffer(CharArrayJsonOutput out) throws ReflectiveOperationException {
        Field f = CharArrayJsonOutput.class.getDeclaredField("cbuf");
        f.setAccessible(true);
        return (char[]) f.get(out);
    }

    @Test
    void utf8OutputStartsAtStartInEveryPath() {
        Utf8JsonOutput out = new PaddedUtf8JsonOutput(false);
        for (int entries : new int[] {1, 3_000, 10}) { // fits, grows, then fits in the grown buffer
            Map<String, Object> m = map(entries, "é\"");
            JsonTraversal.writeDocument(out, m, 100);
            assertHeadUntouched(out.buf);
            assertArrayEquals(Serializer.toJsonBytes(m), out.toByteArray(), entries + " entries");
            assertEquals(Serializer.toJsonBytes(m).length, out.size());
            out.reset();
        }
        assertEquals(64 * 1024, out.capacity(), "grown by doubling what it holds from START");
        Map<String, Object> big = map(5_000, "x");
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        out = new PaddedUtf8JsonOutput(false);
        out.streamTo(streamed);
        JsonTraversal.writeDocument(out, big, 100);
        out.finishStream();
        assertHeadUntouched(out.buf);
        assertArrayEquals(Serializer.toJsonBytes(big), streamed.toByteArray());
        assertEquals(Utf8JsonOutput.INITIAL_CAPACITY, out.capacity(), "streaming grew the buffer");
    }

    @Test
    void characterOutputStartsAtStartInEveryPath() throws ReflectiveOperationException {
        CharJsonOutput out = new PaddedCharJsonOutput();
        for (String text : new String[] {"é", "😀"}) { // Latin-1, then a document that goes wide
            for (int entries : new int[] {1, 3_000, 10}) {
                Map<String, Object> m = map(entries, text);
                JsonTraversal.writeDocument(out, m, 100);
                assertHeadUntouched(out.buf);
                assertEquals(Serializer.toJson(m), out.result(), entries + " entries of " + text);
                out.reset();
            }
        }
        Map<String, Object> big = map(5_000, "é😀");
        StringWriter streamed = new StringWriter();
        out.streamTo(streamed);
        JsonTraversal.writeDocument(out, big, 100);
        out.finishAppendable();
        assertEquals(Serializer.toJson(big), streamed.toString());
        assertHeadUntouched(out.buf);
        Field wide = CharJsonOutput.class.getDeclaredField("wide");
        wide.setAccessible(true);
        char[] cbuf = wideBuffer((CharArrayJsonOutput) wide.get(out));
        for (int i = 0; i < CharArrayJsonOutput.START; i++) {
            assertEquals(0, cbuf[i], "char " + i + " of the wide buffer was written");
        }
    }

    @Test
    void characterOutputGrowsItsLatin1BufferByItsOwnSize() {
        CharJsonOutput out = new PaddedCharJsonOutput();
        JsonTraversal.writeDocument(out, map(3_000, "😀"), 100); // grows the wide buffer well past 16 K chars
        out.reset();
        Map<String, Object> latin1 = map(700, "é"); // about 10 KB, past the 1 KB Latin-1 buffer
        JsonTraversal.writeDocument(out, latin1, 100);
        String json = out.result();
        assertEquals(Serializer.toJson(latin1), json);
        int room = out.buf.length - ByteJsonOutput.START;
        assertTrue(room >= json.length() && room < 2 * json.length(),
                "Latin-1 buffer of " + room + " bytes for a " + json.length() + "-char document");
    }

    @Test
    void startKeepsEveryWrittenByteOffTheArraysFirstLine() {
        // 16 bytes of array header on a 64-bit JVM (compressed class pointers or not), then START.
        assertEquals(64, 16 + ByteJsonOutput.START);
        assertEquals(64, 16 + CharArrayJsonOutput.START * Character.BYTES);
    }
}
