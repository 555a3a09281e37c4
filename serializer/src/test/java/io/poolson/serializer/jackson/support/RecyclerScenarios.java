package io.poolson.serializer.jackson.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Load scenarios for a recycler pool, written once for Jackson 2 and 3: the caller supplies a
 * mapper over a tracked poolson pool, a reference mapper, and the tracker.
 */
public final class RecyclerScenarios {
    private RecyclerScenarios() {
    }

    /** Documents of very different sizes, so reused recyclers carry grown buffers between writes. */
    public static List<Object> documents() {
        List<Object> docs = new ArrayList<>();
        for (int size : new int[] {0, 1, 7, 60, 500}) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                m.put("k" + i, i % 3 == 0 ? "v\u00e9\"" + i : i % 3 == 1 ? (Object) (i * 31L) : List.of(i, "x", i * 0.5));
            }
            docs.add(m);
        }
        docs.add(Map.of("big", "y".repeat(20_000)));
        return docs;
    }

    /**
     * {@code threads} platform threads each write every document {@code rounds} times, as String
     * and as bytes, checking each output against the reference mapper's; then asserts that no
     * recycler was lent twice at once and that all came back.
     */
    public static void concurrentWrites(JsonWriter reference, JsonWriter pooled, LendingTracker<?> tracker,
                                        int threads, int rounds) throws Exception {
        List<Object> docs = documents();
        List<String> strings = new ArrayList<>();
        List<byte[]> bytes = new ArrayList<>();
        for (Object d : docs) {
            strings.add(reference.string(d));
            bytes.add(reference.bytes(d));
        }
        PlatformThreads.runEach(threads, t -> {
            for (int r = 0; r < rounds; r++) {
                int i = (r + t) % docs.size();
                assertEquals(strings.get(i), pooled.string(docs.get(i)));
                assertArrayEquals(bytes.get(i), pooled.bytes(docs.get(i)));
            }
        });
        assertEquals(0, tracker.violations(), "recyclers lent twice at once, or released twice");
        assertEquals(0, tracker.outstanding(), "recyclers never released");
    }

    /**
     * One write per virtual thread, {@code tasks} of them, through a mapper that has already
     * written the document twice (so its serializers and its read-only serializer map are built);
     * asserts the outputs, no double lending, and that at most 16 × cores distinct recyclers were
     * ever lent.
     */
    public static void virtualThreadWrites(JsonWriter reference, JsonWriter pooled, LendingTracker<?> tracker,
                                           int tasks) throws Exception {
        String expected = reference.string(DOC);
        // Two warm-up writes, one after the other, on a virtual thread so that no platform thread
        // claims a stripe of the pool (see coldMapperVirtualThreadWrites for what a cold mapper
        // does). The first builds the serializers, and adding them discards Jackson's read-only
        // serializer map (both versions); the second rebuilds it, under a monitor that the million
        // writes would otherwise queue on, each holding its recycler (seen in a thread dump of a
        // failed run).
        VirtualThreads.runEach(1, i -> {
            assertEquals(expected, pooled.string(DOC));
            assertEquals(expected, pooled.string(DOC));
        });
        runWrites(pooled, expected, tasks);
        int bound = 16 * Runtime.getRuntime().availableProcessors();
        report(tasks, tracker, "warm mapper");
        assertEquals(0, tracker.violations());
        assertEquals(0, tracker.outstanding());
        assertTrue(tracker.distinct() <= bound, tracker.distinct() + " recyclers for " + tasks
                + " virtual threads (bound " + bound + "), at most " + tracker.peakLent() + " held at once");
    }

    /**
     * The same on a mapper that has never written anything. Jackson then builds its serializers
     * under its {@code SerializerCache} monitor after {@code writeValueAsString} has acquired the
     * call's recycler, and since JDK 24 a virtual thread that waits for a monitor unmounts: every
     * virtual thread that arrives meanwhile holds a recycler while it waits (seen: 15 at once, 136
     * distinct in one run of a million). No pool can lend fewer objects than are held at once, so
     * what this asserts is that the pool creates no more than that peak, plus the few that
     * collections age out and later misses replace (at most 16 × cores).
     */
    public static void coldMapperVirtualThreadWrites(JsonWriter reference, JsonWriter pooled,
                                                     LendingTracker<?> tracker, int tasks) throws Exception {
        runWrites(pooled, reference.string(DOC), tasks);
        int slack = 16 * Runtime.getRuntime().availableProcessors();
        report(tasks, tracker, "cold mapper");
        assertEquals(0, tracker.violations());
        assertEquals(0, tracker.outstanding());
        assertTrue(tracker.distinct() <= tracker.peakLent() + slack, tracker.distinct() + " recyclers for "
                + tasks + " virtual threads, at most " + tracker.peakLent() + " held at once (slack " + slack + ")");
    }

    private static final Map<String, Object> DOC = Map.of("id", 42, "name", "virtual", "tags", List.of("a", "b"));

    private static void runWrites(JsonWriter pooled, String expected, int tasks) throws Exception {
        VirtualThreads.runEach(tasks, i -> {
            String s = pooled.string(DOC);
            if (!s.equals(expected)) {
                throw new AssertionError("task " + i + " wrote " + s);
            }
        });
    }

    private static void report(int tasks, LendingTracker<?> tracker, String what) {
        System.out.printf("%d virtual threads, %s: %d distinct recyclers, at most %d held at once%n",
                tasks, what, tracker.distinct(), tracker.peakLent());
    }
}
