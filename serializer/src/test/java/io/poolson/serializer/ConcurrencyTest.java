package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many threads serializing different maps at once each get exactly their own output. */
class ConcurrencyTest {
    private static final int THREADS = 16;
    private static final int ROUNDS = 300;

    /** One map per task, with Jackson's outputs computed up front on this thread. */
    private record Case(Map<Object, Object> map, String json, byte[] bytes) {
    }

    private static List<Case> cases(int n) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<Object, Object> m = RandomValues.map(new Random(1000 + i), 3);
            m.put("task", i); // distinct even when the random part is empty
            cases.add(new Case(m, JacksonOracle.jacksonString(m), JacksonOracle.jacksonBytes(m)));
        }
        return cases;
    }

    private static void serializeRepeatedly(MapSerializer s, Case c, CyclicBarrier start) throws Exception {
        if (start != null) {
            start.await(30, TimeUnit.SECONDS);
        }
        for (int round = 0; round < ROUNDS; round++) {
            assertEquals(c.json, s.toJson(c.map));
            assertArrayEquals(c.bytes, s.toJsonBytes(c.map));
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            s.writeTo(c.map, stream);
            assertArrayEquals(c.bytes, stream.toByteArray());
            StringBuilder sb = new StringBuilder();
            s.writeTo(c.map, sb);
            assertEquals(c.json, sb.toString());
            ByteBuffer bb = ByteBuffer.allocate(c.bytes.length);
            s.writeTo(c.map, bb);
            assertArrayEquals(c.bytes, bb.array());
        }
    }

    private static void runAll(ExecutorService pool, MapSerializer s, List<Case> cases, CyclicBarrier start) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (Case c : cases) {
            futures.add(pool.submit(() -> {
                serializeRepeatedly(s, c, start);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS); // rethrows the first assertion failure of that task
        }
    }

    @Test
    void platformThreadsEachGetTheirOwnOutput() throws Exception {
        MapSerializer s = MapSerializer.builder().build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            runAll(pool, s, cases(THREADS), new CyclicBarrier(THREADS));
        } finally {
            pool.shutdownNow();
        }
        // Pool counters may lose increments under contention (documented), so the exact
        // every-get-has-a-put checks live in the single-threaded BadInputTest.
    }

    @Test
    void virtualThreadsEachGetTheirOwnOutput() throws Exception {
        ExecutorService pool;
        try {
            // Built for Java 17: reach the JDK 21 API reflectively, and skip where it does not exist.
            pool = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (NoSuchMethodException e) {
            assumeTrue(false, "virtual threads need JDK 21+");
            return;
        }
        MapSerializer s = MapSerializer.builder().build();
        try {
            runAll(pool, s, cases(200), null);
        } finally {
            pool.shutdownNow();
        }
    }
}
