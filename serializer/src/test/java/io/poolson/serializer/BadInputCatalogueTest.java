package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import io.poolson.pool.Pool;
import io.poolson.pool.PoolStats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Proves {@code docs/bad-inputs.md}: parses its table and, for every row, runs the bad input on a
 * fresh serializer (or pool) and asserts the row's exception class, message and pool counters, that
 * nothing is left borrowed, and that the next call on the same thread is correct. A row without a
 * case here, or a case without a row, fails {@link #everyRowHasACaseAndEveryCaseHasARow}.
 *
 * <p>{@link BadInputTest} covers the same failures from the serializer's side (paths in nested
 * positions, partial output, all outputs agreeing); this class ties them to the published table.
 */
class BadInputCatalogueTest {
    private static final Path DOC = Path.of(System.getProperty("basedir", "."), "..", "docs", "bad-inputs.md")
            .normalize();

    /** Enough JSON (~100 KB, one long string) for many 8 KiB chunk writes. */
    private static final Map<String, Object> LARGE = Map.of("s", "x\u00e9".repeat(50_000));

    // ---- the table ----

    /** How a row's message cell is matched. */
    private enum MessageRule { EXACT, REGEX, NONE, NOT_APPLICABLE }

    /** One parsed row: exception is null for a row where nothing is thrown. */
    private record Row(String id, String exception, MessageRule rule, String message, long gets, long puts) {
        void assertMessage(Throwable thrown) {
            String actual = thrown.getMessage();
            switch (rule) {
                case EXACT -> assertEquals(message, actual, id + ": message");
                case REGEX -> assertTrue(actual != null && Pattern.matches(message, actual),
                        () -> id + ": message " + abbreviate(actual) + " does not match " + message);
                case NONE -> assertNull(actual, id + ": message");
                case NOT_APPLICABLE -> fail(id + ": a row that throws needs a message cell");
            }
        }
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "… (" + s.length() + " chars)";
    }

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\|.*\\|$");
    private static final Pattern COUNTERS = Pattern.compile("gets \\+(\\d+), puts \\+(\\d+)");

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
            assertEquals(7, cells.length, "cells in row " + line);
            String exception = cells[3].startsWith("none") ? null : between(cells[3], '`', '`');
            String msg = cells[4];
            Row row;
            Matcher counters = COUNTERS.matcher(cells[5]);
            assertTrue(counters.matches(), "counters cell of " + m.group(1) + ": " + cells[5]);
            long gets = Long.parseLong(counters.group(1));
            long puts = Long.parseLong(counters.group(2));
            if (msg.equals("none")) {
                row = new Row(m.group(1), exception, MessageRule.NONE, null, gets, puts);
            } else if (msg.equals("—")) {
                row = new Row(m.group(1), exception, MessageRule.NOT_APPLICABLE, null, gets, puts);
            } else if (msg.startsWith("matches `") && msg.endsWith("`")) {
                row = new Row(m.group(1), exception, MessageRule.REGEX, msg.substring(9, msg.length() - 1), gets, puts);
            } else if (msg.startsWith("`") && msg.endsWith("`")) {
                row = new Row(m.group(1), exception, MessageRule.EXACT, msg.substring(1, msg.length() - 1), gets, puts);
            } else {
                throw new AssertionError("message cell of " + m.group(1) + " is none of `text`, matches `regex`, none, —: " + msg);
            }
            rows.add(row);
        }
        return rows;
    }

    private static String between(String cell, char open, char close) {
        int from = cell.indexOf(open);
        int to = cell.indexOf(close, from + 1);
        assertTrue(from >= 0 && to > from, "no `...` in " + cell);
        return cell.substring(from + 1, to);
    }

    // ---- the cases ----

    /** A bad input on a fresh subject, the counters to watch, and a good call to make afterwards. */
    private static final class Scenario {
        final String label;
        final Supplier<long[]> counters;
        final Executable call;
        final Runnable next;
        Throwable sameAs;
        Throwable causedBy;
        Runnable afterwards = () -> { };
        long stackSize;

        Scenario(String label, Supplier<long[]> counters, Executable call, Runnable next) {
            this.label = label;
            this.counters = counters;
            this.call = call;
            this.next = next;
        }

        Scenario sameAs(Throwable t) {
            sameAs = t;
            return this;
        }

        Scenario causedBy(Throwable t) {
            causedBy = t;
            return this;
        }

        Scenario afterwards(Runnable r) {
            afterwards = r;
            return this;
        }

        Scenario stackSize(long bytes) {
            stackSize = bytes;
            return this;
        }
    }

    /** Every output of a serializer; a normal return must equal Jackson 2's output. */
    private enum Output {
        TO_JSON {
            @Override
            void writeAndCompare(MapSerializer s, Map<?, ?> m) {
                String got = s.toJson(m);
                assertEquals(JacksonOracle.jacksonString(m), got);
            }
        },
        TO_JSON_BYTES {
            @Override
            void writeAndCompare(MapSerializer s, Map<?, ?> m) {
                byte[] got = s.toJsonBytes(m);
                assertArrayEquals(JacksonOracle.jacksonBytes(m), got);
            }
        },
        WRITE_TO_STREAM {
            @Override
            void writeAndCompare(MapSerializer s, Map<?, ?> m) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                s.writeTo(m, out);
                assertArrayEquals(JacksonOracle.jacksonBytes(m), out.toByteArray());
            }
        },
        WRITE_TO_STRING_BUILDER {
            @Override
            void writeAndCompare(MapSerializer s, Map<?, ?> m) {
                StringBuilder out = new StringBuilder();
                s.writeTo(m, out);
                assertEquals(JacksonOracle.jacksonString(m), out.toString());
            }
        },
        WRITE_TO_WRITER {
            @Override
            void writeAndCompare(MapSerializer s, Map<?, ?> m) {
                StringWriter out = new StringWriter();
                s.writeTo(m, out);
                assertEquals(JacksonOracle.jacksonString(m), out.toString());
            }
        },
        WRITE_TO_BYTE_BUFFER {
            @Override
            void writeAndCompare(MapSerializer s, Map<?, ?> m) {
                ByteBuffer out = ByteBuffer.allocate(1 << 17);
                int n = s.writeTo(m, out);
                assertArrayEquals(JacksonOracle.jacksonBytes(m), Arrays.copyOf(out.array(), n));
            }
        };

        abstract void writeAndCompare(MapSerializer s, Map<?, ?> m);
    }

    private static long[] counters(MapSerializer s) {
        PoolStats c = s.charPoolStats();
        PoolStats b = s.bytePoolStats();
        return new long[] {c.gets() + b.gets(), c.puts() + b.puts()};
    }

    /** Good maps of every supported type, nested; the next call after every bad input writes them. */
    private static Runnable nextCallIsCorrect(MapSerializer s) {
        return () -> {
            Map<Object, Object> good = new LinkedHashMap<>();
            for (int seed = 1; seed <= 4; seed++) {
                good.put("m" + seed, RandomValues.map(new Random(seed), 3));
            }
            JacksonOracle.assertAllOutputsMatch(s, good);
        };
    }

    private static Scenario serializer(String label, Function<MapSerializer, Executable> call) {
        return serializer(label, MapSerializer.builder().build(), call);
    }

    private static Scenario serializer(String label, MapSerializer s, Function<MapSerializer, Executable> call) {
        return new Scenario(label, () -> counters(s), call.apply(s), nextCallIsCorrect(s));
    }

    /** One scenario per output, each on a fresh serializer and a fresh input. */
    private static List<Scenario> everyOutput(Supplier<Map<?, ?>> input) {
        List<Scenario> all = new ArrayList<>();
        for (Output out : Output.values()) {
            all.add(serializer(out.name(), s -> {
                Map<?, ?> m = input.get();
                return () -> out.writeAndCompare(s, m);
            }));
        }
        return all;
    }

    private static Scenario pool(String label, Pool<StringBuilder> p, Executable call) {
        return new Scenario(label, () -> new long[] {p.stats().gets(), p.stats().puts()}, call, () -> {
            StringBuilder a = p.get();
            assertEquals(0, a.length(), "the pool lends a reset object");
            a.append("used");
            p.put(a);
            StringBuilder b = p.get();
            assertEquals(0, b.length(), "the pool lends a reset object");
            p.put(b);
            assertEquals(p.stats().gets(), p.stats().puts(), "nothing outstanding");
        });
    }

    private static Map<Object, Object> map(Object... kv) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static final Map<String, Supplier<List<Scenario>>> CASES = Map.ofEntries(
            Map.entry("null-map", () -> everyOutput(() -> null)),
            Map.entry("null-stream", () -> List.of(
                    serializer("writeTo(OutputStream)", s -> () -> s.writeTo(Map.of(), (OutputStream) null)))),
            Map.entry("null-appendable", () -> List.of(
                    serializer("writeTo(Appendable)", s -> () -> s.writeTo(Map.of(), (Appendable) null)))),
            Map.entry("null-byte-buffer", () -> List.of(
                    serializer("writeTo(ByteBuffer)", s -> () -> s.writeTo(Map.of(), (ByteBuffer) null)))),
            Map.entry("null-key", () -> everyOutput(() -> {
                Map<Object, Object> m = new HashMap<>();
                m.put(null, 1);
                return m;
            })),
            Map.entry("unsupported-key", () -> everyOutput(() -> map("x", map(UUID.randomUUID(), 1)))),
            Map.entry("unsupported-value", () -> everyOutput(
                    () -> map("orders", List.of(map("price", 1), map("price", new Object()))))),
            Map.entry("optional-value", () -> everyOutput(() -> map("o", Optional.empty()))),
            Map.entry("non-public-class-value", () -> everyOutput(() -> map("x", new Opaque()))),
            Map.entry("non-public-map", () -> {
                List<Scenario> all = new ArrayList<>(everyOutput(() -> map("m", new PrivateMap())));
                all.addAll(everyOutput(PrivateMap::new).stream()
                        .map(sc -> new Scenario(sc.label + " (as the root)", sc.counters, sc.call, sc.next)).toList());
                return all;
            }),
            Map.entry("self-map", () -> everyOutput(() -> {
                Map<Object, Object> m = new HashMap<>();
                m.put("me", m);
                return m;
            })),
            Map.entry("self-list", () -> everyOutput(() -> {
                List<Object> l = new ArrayList<>();
                l.add(l);
                return map("l", l);
            })),
            Map.entry("depth-1001", () -> everyOutput(() -> nested(1001))),
            Map.entry("stack-exhausted", () -> {
                Map<Object, Object> deep = nested(200_000);
                MapSerializer unlimited = MapSerializer.builder().maxDepth(1_000_000).build();
                return List.of(serializer("toJson", unlimited, s -> () -> s.toJson(deep)).stackSize(256 * 1024));
            }),
            Map.entry("concurrent-modification", () -> everyOutput(() -> {
                Map<Object, Object> m = new LinkedHashMap<>();
                m.put("a", new MisbehavingCharSequence("x") {
                    @Override
                    public char charAt(int index) {
                        m.put("added-" + m.size(), 1);
                        return super.charAt(index);
                    }
                });
                m.put("b", 1);
                return m;
            })),
            Map.entry("char-at-throws", () -> {
                IllegalStateException boom = new IllegalStateException("charAt refused");
                return everyOutput(() -> map("k", new MisbehavingCharSequence("abc") {
                    @Override
                    public char charAt(int index) {
                        throw boom;
                    }
                })).stream().map(sc -> sc.sameAs(boom)).toList();
            }),
            Map.entry("stream-third-write", BadInputCatalogueTest::streamThirdWrite),
            Map.entry("writer-third-write", BadInputCatalogueTest::writerThirdWrite),
            Map.entry("full-byte-buffer", () -> {
                ByteBuffer full = ByteBuffer.allocate(16).position(16);
                return List.of(serializer("writeTo(ByteBuffer)", s -> () -> s.writeTo(Map.of("a", 1), full))
                        .afterwards(() -> assertEquals(16, full.position(), "buffer untouched")));
            }),
            Map.entry("read-only-byte-buffer", () -> {
                ByteBuffer readOnly = ByteBuffer.allocate(1024).asReadOnlyBuffer();
                return List.of(serializer("writeTo(ByteBuffer)", s -> () -> s.writeTo(Map.of("a", 1), readOnly))
                        .afterwards(() -> assertEquals(0, readOnly.position(), "buffer untouched")));
            }),
            Map.entry("pool-put-null", () -> {
                Pool<StringBuilder> p = Pool.builder(StringBuilder::new).reset(sb -> sb.setLength(0)).build();
                return List.of(pool("put(null)", p, () -> p.put(null)));
            }),
            Map.entry("pool-reset-throws", () -> {
                IllegalStateException boom = new IllegalStateException("reset refused");
                AtomicBoolean once = new AtomicBoolean(true);
                Pool<StringBuilder> p = Pool.builder(StringBuilder::new).reset(sb -> {
                    if (once.getAndSet(false)) {
                        throw boom;
                    }
                    sb.setLength(0);
                }).build();
                return List.of(dirtyPut(p).sameAs(boom));
            }),
            Map.entry("pool-retain-if-throws", () -> {
                IllegalArgumentException boom = new IllegalArgumentException("rule refused");
                AtomicBoolean once = new AtomicBoolean(true);
                Pool<StringBuilder> p = Pool.builder(StringBuilder::new).reset(sb -> sb.setLength(0)).retainIf(sb -> {
                    if (once.getAndSet(false)) {
                        throw boom;
                    }
                    return true;
                }).build();
                return List.of(dirtyPut(p).sameAs(boom));
            }),
            Map.entry("pool-factory-null", () -> {
                AtomicBoolean once = new AtomicBoolean(true);
                Pool<StringBuilder> p = Pool.builder(() -> once.getAndSet(false) ? null : new StringBuilder())
                        .reset(sb -> sb.setLength(0)).build();
                return List.of(pool("get()", p, p::get));
            }));

    /** A get, then a put of the used object that the pool's hooks refuse by throwing: dropped, not kept. */
    private static Scenario dirtyPut(Pool<StringBuilder> p) {
        long rejectsBefore = p.stats().rejects();
        return pool("get() then put()", p, () -> {
            StringBuilder sb = p.get();
            sb.append("dirty");
            p.put(sb);
        }).afterwards(() -> {
            assertEquals(rejectsBefore + 1, p.stats().rejects(), "the object was dropped");
            assertEquals(0, p.stats().kept(), "and not pooled");
        });
    }

    private static List<Scenario> streamThirdWrite() {
        byte[] expected = JacksonOracle.jacksonBytes(LARGE);
        IOException refused = new IOException("third write refused");
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int[] writes = {0};
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (++writes[0] == 3) {
                    throw refused;
                }
                received.write(b, off, len);
            }
        };
        return List.of(serializer("writeTo(OutputStream)", s -> () -> s.writeTo(LARGE, failing))
                .causedBy(refused)
                .afterwards(() -> {
                    assertEquals(3, writes[0], "the third write failed and nothing followed it");
                    byte[] prefix = received.toByteArray();
                    assertTrue(prefix.length > 0 && prefix.length < expected.length, "a strict prefix: " + prefix.length);
                    assertArrayEquals(Arrays.copyOf(expected, prefix.length), prefix, "the prefix is Jackson's");
                }));
    }

    private static List<Scenario> writerThirdWrite() {
        String expected = JacksonOracle.jacksonString(LARGE);
        IOException refused = new IOException("third write refused");
        StringBuilder received = new StringBuilder();
        int[] writes = {0};
        Writer failing = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                if (++writes[0] == 3) {
                    throw refused;
                }
                received.append(cbuf, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        return List.of(serializer("writeTo(Appendable: Writer)", s -> () -> s.writeTo(LARGE, failing))
                .causedBy(refused)
                .afterwards(() -> {
                    assertEquals(3, writes[0], "the third write failed and nothing followed it");
                    assertTrue(received.length() > 0 && expected.startsWith(received.toString()), "a prefix of Jackson's");
                }));
    }

    /** {@code depth} maps, each the only value (key "a") of the one before; the root is depth 1. */
    private static Map<Object, Object> nested(int depth) {
        Map<Object, Object> root = new HashMap<>();
        Map<Object, Object> cur = root;
        for (int i = 1; i < depth; i++) {
            Map<Object, Object> next = new HashMap<>();
            cur.put("a", next);
            cur = next;
        }
        return root;
    }

    /** Not public, no properties: neither poolson nor Jackson 2 has a way to write it. */
    private static final class Opaque {
    }

    /** A Map implementation that is not public: still a Map, so written as one. */
    private static final class PrivateMap extends AbstractMap<String, Object> {
        @Override
        public Set<Entry<String, Object>> entrySet() {
            return Map.<String, Object>of("a", 1).entrySet();
        }
    }


    // ---- the tests ----

    @Test
    void everyRowHasACaseAndEveryCaseHasARow() throws IOException {
        List<String> ids = rows().stream().map(Row::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), "row ids are unique: " + ids);
        assertEquals(new TreeSet<>(CASES.keySet()), new TreeSet<>(ids));
    }

    @TestFactory
    Stream<DynamicTest> everyRowOfTheTableHolds() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            Supplier<List<Scenario>> cases = CASES.get(row.id());
            assertNotNull(cases, "no case for row " + row.id());
            for (Scenario sc : cases.get()) {
                tests.add(DynamicTest.dynamicTest(row.id() + " / " + sc.label, () -> onItsThread(row, sc)));
            }
        }
        return tests.stream();
    }

    private static void onItsThread(Row row, Scenario sc) throws Throwable {
        if (sc.stackSize == 0) {
            check(row, sc);
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                check(row, sc);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", sc.stackSize);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** The row's exception and message, its counters, nothing outstanding, then a correct next call. */
    private static void check(Row row, Scenario sc) {
        long[] before = sc.counters.get();
        Throwable thrown = null;
        try {
            sc.call.execute();
        } catch (Throwable t) {
            thrown = t;
        }
        long[] after = sc.counters.get();
        if (row.exception() == null) {
            if (thrown != null) {
                throw new AssertionError(row.id() + ": expected no exception", thrown);
            }
        } else {
            assertNotNull(thrown, row.id() + ": expected " + row.exception());
            if (!row.exception().equals(thrown.getClass().getName())) {
                throw new AssertionError(row.id() + ": expected " + row.exception() + ", got " + thrown, thrown);
            }
            row.assertMessage(thrown);
            if (sc.sameAs != null) {
                assertSame(sc.sameAs, thrown, "the input's own exception, unchanged");
            }
            if (sc.causedBy != null) {
                assertSame(sc.causedBy, thrown.getCause(), "the target's IOException as the cause");
            }
        }
        assertEquals(row.gets(), after[0] - before[0], row.id() + ": gets");
        assertEquals(row.puts(), after[1] - before[1], row.id() + ": puts");
        assertEquals(after[0], after[1], row.id() + ": nothing outstanding");
        sc.afterwards.run();
        sc.next.run();
    }

    /** The Jackson 2 column of the two non-public rows, as the brief asked to compare. */
    @Test
    void jacksonRejectsTheNonPublicClassAndWritesTheNonPublicMap() {
        Map<Object, Object> opaque = map("x", new Opaque());
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
                () -> JacksonOracle.JACKSON.writeValueAsString(opaque));
        assertTrue(e.getMessage().startsWith("No serializer found for class " + Opaque.class.getName()
                + " and no properties discovered to create BeanSerializer"), e.getMessage());
        assertEquals("{\"m\":{\"a\":1}}", JacksonOracle.jacksonString(map("m", new PrivateMap())));
    }
}
