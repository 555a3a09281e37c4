package io.poolson.serializer;

import static io.poolson.serializer.JacksonOracle.assertAllOutputsMatch;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.poolson.pool.PoolStats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every kind of bad input: the error says what and where, the pooled writer goes back reset (pool
 * counters: every get matched by a put), and the next call on the same serializer is correct.
 */
class BadInputTest {
    /** A fresh instance per test: its pools are used by this thread alone, so counters are exact. */
    private final MapSerializer serializer = MapSerializer.builder().build();

    private static final Map<String, Object> GOOD = new LinkedHashMap<>();

    static {
        GOOD.put("name", "ok \u00e9\ud83d\ude00");
        GOOD.put("n", List.of(1, 2.5, true));
    }

    /** All the ways one map can be written; a failing map must fail the same way in each. */
    private List<Executable> allOutputs(Map<?, ?> map) {
        return List.of(
                () -> serializer.toJson(map),
                () -> serializer.toJsonBytes(map),
                () -> serializer.writeTo(map, new ByteArrayOutputStream()),
                () -> serializer.writeTo(map, new StringBuilder()),
                () -> serializer.writeTo(map, ByteBuffer.allocate(1 << 16)));
    }

    /** Runs {@code call}, expects {@code type}, checks the pools got their writers back and still work. */
    private <T extends Throwable> T expectFailure(Class<T> type, Executable call) {
        PoolStats chars = serializer.charPoolStats();
        PoolStats bytes = serializer.bytePoolStats();
        T thrown = assertThrows(type, call);
        PoolStats charsAfter = serializer.charPoolStats();
        PoolStats bytesAfter = serializer.bytePoolStats();
        assertWritersReturned(chars, charsAfter);
        assertWritersReturned(bytes, bytesAfter);
        long borrowed = charsAfter.gets() - chars.gets() + bytesAfter.gets() - bytes.gets();
        assertTrue(borrowed <= 1, "one call borrows at most one writer");
        if (!(thrown instanceof NullPointerException || thrown instanceof ReadOnlyBufferException)) {
            assertEquals(1, borrowed, "the failing call borrowed a writer and put it back");
        }
        assertAllOutputsMatch(serializer, GOOD);
        return thrown;
    }

    private static void assertWritersReturned(PoolStats before, PoolStats after) {
        assertEquals(after.gets() - before.gets(), after.puts() - before.puts(), "every writer borrowed was put back");
        assertEquals(after.gets(), after.puts(), "nothing outstanding");
    }

    /** Expects the same JsonSerializationException (message and path) from every output. */
    private JsonSerializationException expectEverywhere(Map<?, ?> map) {
        JsonSerializationException first = null;
        for (Executable call : allOutputs(map)) {
            JsonSerializationException e = expectFailure(JsonSerializationException.class, call);
            if (first == null) {
                first = e;
            } else {
                assertEquals(first.getMessage(), e.getMessage());
                assertEquals(first.path(), e.path());
            }
        }
        return first;
    }

    private static Map<Object, Object> map(Object... kv) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void nullKeyNamesJacksonsRuleAndTheMapHoldingIt() {
        Map<Object, Object> withNull = new HashMap<>();
        withNull.put(null, 1);
        JsonSerializationException top = expectEverywhere(withNull);
        assertEquals("$", top.path());
        assertEquals("Null key for a Map not allowed in JSON at $", top.getMessage());

        List<Object> orders = new ArrayList<>(List.of(1, 2, 3, withNull));
        JsonSerializationException nested = expectEverywhere(map("orders", orders));
        assertEquals("$.orders[3]", nested.path());
        assertTrue(nested.getMessage().endsWith(" at $.orders[3]"), nested.getMessage());
    }

    @Test
    void nullMapIsANullPointerExceptionNamingTheArgument() {
        for (Executable call : allOutputs(null)) {
            NullPointerException e = expectFailure(NullPointerException.class, call);
            assertEquals("map must not be null", e.getMessage());
        }
        NullPointerException e = expectFailure(NullPointerException.class, () -> serializer.writeTo(GOOD, (OutputStream) null));
        assertEquals("stream must not be null", e.getMessage());
        expectFailure(NullPointerException.class, () -> serializer.writeTo(GOOD, (Appendable) null));
        expectFailure(NullPointerException.class, () -> serializer.writeTo(GOOD, (ByteBuffer) null));
        expectFailure(NullPointerException.class, () -> Serializer.toJson(null));
    }

    @Test
    void unsupportedValueNamesTheClassAndThePath() {
        Object odd = new Object();
        List<Object> orders = List.of(map("price", 1), map("price", 2), map("price", 3), map("price", odd));
        JsonSerializationException e = expectEverywhere(map("orders", orders));
        assertEquals("$.orders[3].price", e.path());
        assertEquals("Unsupported value type java.lang.Object at $.orders[3].price", e.getMessage());
    }

    @Test
    void keysThatAreNotIdentifiersAreBracketQuotedInPaths() {
        UUID id = UUID.randomUUID();
        Map<Object, Object> m = map("first name", map("it's\\\n", map(42, new Object[] {"x", id})));
        JsonSerializationException e = expectEverywhere(m);
        assertEquals("$['first name']['it\\'s\\\\\\n']['42'][1]", e.path());
        assertTrue(e.getMessage().startsWith("Unsupported value type java.util.UUID at "), e.getMessage());
    }

    @Test
    void unsupportedKeyNamesTheKeyClassAndTheMap() {
        Map<Object, Object> inner = map(UUID.randomUUID(), 1);
        JsonSerializationException e = expectEverywhere(map("x", inner));
        assertEquals("$.x", e.path());
        assertEquals("Unsupported map key type java.util.UUID at $.x", e.getMessage());
    }

    @Test
    void tooDeepNamesTheDepthAndTheLimit() {
        MapSerializer shallow = MapSerializer.builder().maxDepth(3).build();
        Map<Object, Object> four = map("a", map("b", List.of(map("c", 1))));
        JsonSerializationException e = assertThrows(JsonSerializationException.class, () -> shallow.toJson(four));
        assertEquals("$.a.b[0]", e.path());
        assertEquals("Nesting depth 4 exceeds the maximum allowed (3) at $.a.b[0]", e.getMessage());
        assertEquals(shallow.charPoolStats().gets(), shallow.charPoolStats().puts());
        assertEquals("{\"a\":{\"b\":[]}}", shallow.toJson(map("a", map("b", List.of()))));

        Map<Object, Object> deep = new HashMap<>();
        Map<Object, Object> cur = deep;
        for (int i = 0; i < 1000; i++) {
            Map<Object, Object> next = new HashMap<>();
            cur.put("a", next);
            cur = next;
        }
        JsonSerializationException d = expectEverywhere(deep);
        assertTrue(d.getMessage().startsWith("Nesting depth 1001 exceeds the maximum allowed (1000) at $.a.a.a"), d.getMessage());
        assertEquals(1 + 1000 * 2, d.path().length());
    }

    @Test
    void aDepthLimitBeyondTheThreadStackIsAnErrorNotAStackOverflow() throws Exception {
        MapSerializer unlimited = MapSerializer.builder().maxDepth(Integer.MAX_VALUE).build();
        List<Object> deep = new ArrayList<>();
        List<Object> cur = deep;
        for (int i = 0; i < 200_000; i++) {
            List<Object> next = new ArrayList<>();
            cur.add(next);
            cur = next;
        }
        Throwable[] thrown = new Throwable[1];
        Thread small = new Thread(null, () -> {
            try {
                unlimited.toJson(map("deep", deep));
            } catch (Throwable t) {
                thrown[0] = t;
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertTrue(thrown[0] instanceof JsonSerializationException, String.valueOf(thrown[0]));
        assertTrue(thrown[0].getMessage().contains("exhausted the thread's stack"), thrown[0].getMessage());
        assertEquals(unlimited.charPoolStats().gets(), unlimited.charPoolStats().puts());
        assertEquals("{\"a\":[[]]}", unlimited.toJson(map("a", List.of(List.of()))));
    }

    @Test
    void aMapContainingItselfIsACycleNotAStackOverflow() {
        Map<Object, Object> self = new HashMap<>();
        self.put("me", self);
        JsonSerializationException e = expectEverywhere(self);
        assertEquals("$.me", e.path());
        assertTrue(e.getMessage().startsWith("Cycle: the java.util.HashMap at $.me is the same object as its ancestor at $ "),
                e.getMessage());
    }

    @Test
    void indirectCyclesThroughListsAndArraysAreNamedWhereTheyClose() {
        List<Object> list = new ArrayList<>();
        Object[] array = {"x", list};
        Map<Object, Object> m = map("top", map("items", array));
        list.add(m);
        JsonSerializationException e = expectEverywhere(map("root", m));
        assertEquals("$.root.top.items[1][0]", e.path());
        assertTrue(e.getMessage().contains("at $.root.top.items[1][0] is the same object as its ancestor at $.root "),
                e.getMessage());

        List<Object> selfList = new ArrayList<>();
        selfList.add(selfList);
        assertEquals("$.l[0]", expectEverywhere(map("l", selfList)).path());
    }

    @Test
    void concurrentModificationPropagatesUnchanged() {
        Map<Object, Object> m = new HashMap<>();
        m.put("a", new MisbehavingCharSequence("x") {
            @Override
            public char charAt(int index) {
                m.put("added-" + m.size(), 1);
                return super.charAt(index);
            }
        });
        m.put("b", 1);
        m.put("c", 2);
        for (Executable call : allOutputs(m)) {
            expectFailure(ConcurrentModificationException.class, call);
            m.keySet().removeIf(k -> k.toString().startsWith("added-"));
        }
    }

    @Test
    void charSequenceThatThrowsPropagatesUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        Map<Object, Object> charAtThrows = map("k", new MisbehavingCharSequence("abc") {
            @Override
            public char charAt(int index) {
                throw boom;
            }
        });
        Map<Object, Object> lengthThrows = map("k", new MisbehavingCharSequence("abc") {
            @Override
            public int length() {
                throw boom;
            }
        });
        for (Map<Object, Object> m : List.of(charAtThrows, lengthThrows)) {
            for (Executable call : allOutputs(m)) {
                assertSame(boom, expectFailure(IllegalStateException.class, call));
            }
        }
    }

    @Test
    void streamFailureIsWrappedInUncheckedIOException() {
        IOException cause = new IOException("disk full");
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw cause;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw cause;
            }
        };
        UncheckedIOException e = expectFailure(UncheckedIOException.class, () -> serializer.writeTo(GOOD, failing));
        assertSame(cause, e.getCause());

        Writer failingWriter = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw cause;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertSame(cause, expectFailure(UncheckedIOException.class, () -> serializer.writeTo(GOOD, failingWriter)).getCause());
        Appendable failingAppendable = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                throw cause;
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                throw cause;
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw cause;
            }
        };
        assertSame(cause, expectFailure(UncheckedIOException.class, () -> serializer.writeTo(GOOD, failingAppendable)).getCause());
    }

    @Test
    void tooSmallByteBufferOverflowsAndIsLeftUntouched() {
        byte[] expected = JacksonOracle.jacksonBytes(GOOD);
        ByteBuffer small = ByteBuffer.allocate(expected.length + 1);
        small.put((byte) 1);
        small.put((byte) 2);
        expectFailure(BufferOverflowException.class, () -> serializer.writeTo(GOOD, small));
        assertEquals(2, small.position());
        assertArrayEquals(new byte[expected.length + 1 - 2], java.util.Arrays.copyOfRange(small.array(), 2, expected.length + 1));

        ByteBuffer exact = ByteBuffer.allocateDirect(expected.length + 2);
        exact.position(2);
        assertEquals(expected.length, serializer.writeTo(GOOD, exact));
        assertEquals(exact.capacity(), exact.position());
    }

    @Test
    void readOnlyByteBufferIsRejectedAndLeftUntouched() {
        ByteBuffer ro = ByteBuffer.allocate(1024).position(5).asReadOnlyBuffer();
        expectFailure(ReadOnlyBufferException.class, () -> serializer.writeTo(GOOD, ro));
        assertEquals(5, ro.position());
    }

    @Test
    void errorsAfterPartialOutputStillReturnTheWriter() {
        Map<Object, Object> late = new LinkedHashMap<>();
        for (int i = 0; i < 5000; i++) {
            late.put("key" + i, "value number " + i);
        }
        late.put("bad", new Object());
        ByteArrayOutputStream partial = new ByteArrayOutputStream();
        JsonSerializationException e = expectFailure(JsonSerializationException.class, () -> serializer.writeTo(late, partial));
        assertEquals("$.bad", e.path());
        assertTrue(partial.size() > 0, "chunks before the error were streamed");
    }
}
