package io.poolson.bench.pool;

import io.poolson.pool.PoolStats;
import io.poolson.serializer.MapSerializer;
import io.poolson.serializer.Serializer;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Why two-thread figures on a small machine move between JMH forks: two threads each write a
 * one-entry map to a null stream with {@link Serializer#writeTo(Map, OutputStream)} in rounds, with a
 * {@code System.gc()} between rounds from the second on, and print ns per call with the pool's
 * counters. The counters show every borrow is a private-slot hit in every round, and the stripes are
 * padded ({@code StripeLayoutTest}); still the cost per call depends on the collector's card table:
 * every call stores references into long-lived objects (the writer into its stripe's private slot,
 * the stream into the writer), and each such store marks a card. Measured on JDK 25, 2 cores
 * ({@code bench/results/jdk25-postgc-probe-2026-11-23.txt}): G1 about 27 ns per call before the
 * first collection and 30-34 ns after it (the objects are then old, and G1's barrier marks their
 * cards); Parallel GC 40-218 ns from the start, its unconditional card marks making the two threads
 * write the same card-table cache lines, and 23 ns with {@code -XX:+UseCondCardMark}, which marks a
 * card only when it is clean. Run: {@code java [gc options] -Xms1g -Xmx1g -cp
 * bench/target/benchmarks.jar io.poolson.bench.pool.PostGcProbe [shared|own]}; {@code shared}
 * (default) gives both threads the same map and stream, {@code own} one each. A diagnostic, not a
 * benchmark.
 */
public final class PostGcProbe {
    private static final int ROUNDS = 6;
    private static final int CALLS = 5_000_000;

    private PostGcProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean shared = args.length == 0 || !"own".equals(args[0]);
        Map<String, Integer> sharedMap = oneEntry();
        OutputStream sharedStream = OutputStream.nullOutputStream();
        long[][] ns = new long[2][ROUNDS];
        CyclicBarrier round = new CyclicBarrier(3);
        Thread[] workers = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int id = t;
            workers[t] = new Thread(() -> {
                Map<String, Integer> map = shared ? sharedMap : oneEntry();
                OutputStream out = shared ? sharedStream : OutputStream.nullOutputStream();
                try {
                    for (int r = 0; r < ROUNDS; r++) {
                        round.await();
                        long start = System.nanoTime();
                        for (int i = 0; i < CALLS; i++) {
                            Serializer.writeTo(map, out);
                        }
                        ns[id][r] = System.nanoTime() - start;
                        round.await();
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    throw new IllegalStateException(e);
                }
            });
            workers[t].start();
        }
        System.out.printf("two threads, %s map and stream, %,d writeTo calls per round; java %s%n",
                shared ? "one shared" : "their own", CALLS, Runtime.version());
        for (int r = 0; r < ROUNDS; r++) {
            round.await();
            round.await();
            // A collection between rounds only: one after the last would measure nothing.
            boolean collect = r >= 1 && r < ROUNDS - 1;
            PoolStats s = MapSerializer.defaults().bytePoolStats();
            System.out.printf("round %d: %5.1f / %5.1f ns per call   pool: %,d private hits, %,d steals, %,d victim hits, %,d misses%s%n",
                    r + 1, (double) ns[0][r] / CALLS, (double) ns[1][r] / CALLS, s.privateHits(), s.steals(),
                    s.victimHits(), s.misses(), collect ? "   -> System.gc()" : "");
            if (collect) {
                System.gc();
            }
        }
        for (Thread w : workers) {
            w.join();
        }
    }

    private static Map<String, Integer> oneEntry() {
        Map<String, Integer> m = new HashMap<>();
        m.put(new String("key0".toCharArray()), 0);
        return m;
    }
}
