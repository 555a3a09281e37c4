package io.poolson.bench.pool;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.netty.util.Recycler;
import io.poolson.bench.ForkJvm;
import io.poolson.bench.LongLivedHeap;
import io.poolson.pool.Pool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one borrow of a {@code StringBuilder(1024)}: get, reset, append one character, give back,
 * for each way a Java program can keep such builders around, against plain allocation.
 *
 * <p>Every pool is shared by all benchmark threads ({@link Scope#Benchmark}); the thread count is
 * chosen on the command line ({@code -t 1}, {@code -t 2}, {@code -t 4}), so contention grows with
 * it. {@code ThreadLocal} is per thread by construction and never contends. The two JDK queues keep
 * at most as many builders as threads ever held at once; nothing is pre-filled, so every contender
 * starts empty and allocates on a miss. With {@code -prof gc}, {@code gc.alloc.rate.norm} shows
 * which contenders actually avoid allocation per borrow.
 *
 * <p>Jackson's pools recycle a different object; they are measured in
 * {@link JacksonRecyclerPoolBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {ForkJvm.HEAP_MIN, ForkJvm.HEAP_MAX, ForkJvm.PRE_TOUCH})
@Threads(1)
@State(Scope.Benchmark)
public class BuilderGetPutBenchmark {

    /** Large enough never to reject a builder at the thread counts benchmarked (up to 4). */
    private static final int QUEUE_CAPACITY = 64;

    private final Pool<StringBuilder> poolson = Pool.builder(BuilderWork::newBuilder)
            .reset(BuilderWork::reset)
            .build();
    private final ThreadLocal<StringBuilder> threadLocal = ThreadLocal.withInitial(BuilderWork::newBuilder);
    private final Recycler<RecycledBuilder> nettyRecycler = RecycledBuilder.newRecycler(() -> { });
    private final Recycler<RecycledBuilder> nettySharedRecycler = RecycledBuilder.newSharedRecycler(() -> { });
    private final ConcurrentLinkedQueue<StringBuilder> concurrentLinkedQueue = new ConcurrentLinkedQueue<>();
    private final ArrayBlockingQueue<StringBuilder> arrayBlockingQueue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);

    /** Pooled objects old, as in a long-running service: see {@link LongLivedHeap}. */
    @Setup(Level.Iteration)
    public void promoteToOldGeneration() {
        LongLivedHeap.promote();
    }

    /** poolson {@link Pool}: its reset hook runs on {@code put}. */
    @Benchmark
    public int poolson() {
        return Borrow.from(poolson);
    }

    /**
     * The same borrow as {@link #poolson}, in a fork whose JIT has first seen a guest use the pool:
     * a thread whose home stripe another thread owns (as a virtual thread, or one of more threads
     * than stripes, would be), so get and put are compiled with their atomic paths as well. In
     * {@link #poolson} those paths have usually never run when the JIT profiles, and the owner's
     * path is compiled alone; real programs sit between the two.
     */
    @Benchmark
    public int poolsonAfterGuests(GuestProfile profile) {
        return Borrow.from(poolson);
    }

    /** Runs a guest's borrows on a pool of its own before the measurement (see {@link #poolsonAfterGuests}). */
    @State(Scope.Benchmark)
    public static class GuestProfile {
        /** As many borrows as the JIT needs to profile and compile get and put. */
        private static final int GUEST_BORROWS = 200_000;

        @Setup(Level.Trial)
        public void borrowAsAGuest() throws InterruptedException {
            Pool<StringBuilder> pool = Pool.builder(BuilderWork::newBuilder).reset(BuilderWork::reset).stripes(1).build();
            CountDownLatch owned = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Thread owner = new Thread(() -> {
                pool.put(pool.get()); // owns the only stripe, and stays alive while the guest runs
                owned.countDown();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "stripe-owner");
            owner.start();
            owned.await();
            Thread guest = new Thread(() -> {
                for (int i = 0; i < GUEST_BORROWS; i++) {
                    Borrow.from(pool);
                }
            }, "guest");
            guest.start();
            guest.join();
            done.countDown();
            owner.join();
        }
    }

    /** One builder per thread, never given back: the classic JVM answer. */
    @Benchmark
    public int threadLocal() {
        return Borrow.from(threadLocal);
    }

    /**
     * Netty's {@link Recycler} as documented (default constructor); the builder lives in a holder.
     * Netty 4.2 does not pool on threads like JMH's, so this allocates on every borrow: see
     * {@link RecycledBuilder#newRecycler}.
     */
    @Benchmark
    public int nettyRecycler() {
        return Borrow.from(nettyRecycler);
    }

    /** Netty's shareable {@link Recycler} (one MPMC queue for all threads): see {@link RecycledBuilder#newSharedRecycler}. */
    @Benchmark
    public int nettySharedRecycler() {
        return Borrow.from(nettySharedRecycler);
    }

    /** Unbounded lock-free queue: poll, else allocate; offer back. */
    @Benchmark
    public int concurrentLinkedQueue() {
        return Borrow.fromQueue(concurrentLinkedQueue, BuilderWork::newBuilder);
    }

    /** Bounded single-lock queue: poll, else allocate; offer back (dropped if full). */
    @Benchmark
    public int arrayBlockingQueue() {
        return Borrow.fromQueue(arrayBlockingQueue, BuilderWork::newBuilder);
    }

    /** No pool: a new builder every time, left to the garbage collector. */
    @Benchmark
    public StringBuilder allocate() {
        return Borrow.fresh(BuilderWork::newBuilder);
    }
}
