package io.poolson.bench.jackson;

import io.poolson.bench.ForkJvm;
import io.poolson.bench.serializer.Payloads;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code writeValueAsString} of a map by a default mapper whose factory recycles buffers
 * through one of Jackson's {@code JsonRecyclerPools} or through poolson's
 * {@code PoolsonRecyclerPool}: the whole write, so the pool's cost is seen against the work it
 * serves. The map is {@code payload}: the mixed map ({@link Payloads#mixed()}, the default) or an
 * integer map of that many entries, e.g. {@code -p payload=1}, where the pool's acquire and release
 * are a large part of a small write. One mapper (and pool) shared by all benchmark threads; run at
 * {@code -t 1}, {@code -t 2}, {@code -t 4}. Output checked against the version's default mapper in
 * {@link #build()}.
 * The measurement and checks, written once; each Jackson version's subclass names its pools
 * ({@code @Param pool}) and builds its mapper.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {ForkJvm.HEAP_MIN, ForkJvm.HEAP_MAX, ForkJvm.PRE_TOUCH})
@State(Scope.Benchmark)
public abstract class RecyclerPoolWriteBenchmark {
    /** What is written: {@link Payloads#MIXED} or a decimal size (see {@link Payloads#named}). */
    @Param({Payloads.MIXED})
    public String payload;

    private Map<String, ?> map;

    /** Builds the mapper over the pool named by the subclass's {@code @Param}. */
    protected abstract void buildMapper();

    /** What the benchmark calls: the mapper's {@code writeValueAsString(value)}. */
    protected abstract String write(Object value) throws Exception;

    /** The same write by the version's default mapper, for the check. */
    protected abstract String reference(Object value) throws Exception;

    /** Names the version and pool in a failed check. */
    protected abstract String label();

    /** Builds the mapper over the named pool and checks its output. */
    @Setup
    public void build() throws Exception {
        buildMapper();
        map = Payloads.named(payload);
        Mappers.requireSame(label(), reference(map), write());
    }

    @Benchmark
    public String write() throws Exception {
        return write(map);
    }
}
