package io.poolson.bench.serializer;

import static io.poolson.bench.serializer.Libraries.DSL_JSON;
import static io.poolson.bench.serializer.Libraries.FASTJSON2_FEATURES;
import static io.poolson.bench.serializer.Libraries.JACKSON2;
import static io.poolson.bench.serializer.Libraries.JACKSON3;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.alibaba.fastjson2.JSON;
import com.dslplatform.json.JsonWriter;
import io.poolson.bench.ForkJvm;
import io.poolson.bench.serializer.Payload.Match;
import io.poolson.serializer.Serializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code Map} → JSON as UTF-8 {@code byte[]}, for every contender with a byte-array API (Gson has
 * none), on the payloads of {@link PayloadState}.
 *
 * <p>Checked against Jackson 2's {@code writeValueAsBytes} before measuring: identical for poolson
 * on every payload; for the others identical on the integer maps, and on the mixed map the same
 * JSON value, because Jackson 2's UTF-8 output escapes a supplementary character as a surrogate
 * pair (<code>&#92;uD83D&#92;uDE00</code>) where Jackson 3, fastjson2 and DSL-JSON write its four UTF-8 bytes,
 * besides the differences listed on {@link JsonStringBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {ForkJvm.HEAP_MIN, ForkJvm.HEAP_MAX, ForkJvm.PRE_TOUCH})
@State(Scope.Benchmark)
public class JsonBytesBenchmark {

    /** Fails the run unless every contender writes what Jackson 2 writes (see class comment). */
    @Setup
    public void verify(PayloadState s) throws IOException {
        Payload p = s.data;
        p.requireUtf8("poolson", poolson(s), Match.IDENTICAL);
        p.requireUtf8("Jackson 3", jackson3(s), Match.SAME_JSON_VALUE);
        p.requireUtf8("fastjson2", fastjson2(s), Match.SAME_JSON_VALUE);
        p.requireUtf8("DSL-JSON", dslJson(s), Match.SAME_JSON_VALUE);
        p.requireUtf8("floor", p.copyUtf8(), Match.IDENTICAL);
    }

    /** poolson's static {@code Serializer.toJsonBytes}. */
    @Benchmark
    public byte[] poolson(PayloadState s) {
        return Serializer.toJsonBytes(s.data.map());
    }

    /** Jackson 2 {@code ObjectMapper.writeValueAsBytes}: the reference. */
    @Benchmark
    public byte[] jackson2(PayloadState s) throws IOException {
        return JACKSON2.writeValueAsBytes(s.data.map());
    }

    /** Jackson 3 {@code JsonMapper.writeValueAsBytes}. */
    @Benchmark
    public byte[] jackson3(PayloadState s) {
        return JACKSON3.writeValueAsBytes(s.data.map());
    }

    /** fastjson2 {@code JSON.toJSONBytes}, keeping null values. */
    @Benchmark
    public byte[] fastjson2(PayloadState s) {
        return JSON.toJSONBytes(s.data.map(), FASTJSON2_FEATURES);
    }

    /** DSL-JSON: the thread's reused writer, {@code serialize}, {@code toByteArray}. */
    @Benchmark
    public byte[] dslJson(PayloadState s) throws IOException {
        JsonWriter writer = Libraries.dslJsonWriter();
        DSL_JSON.serialize(writer, s.data.map());
        return writer.toByteArray();
    }

    /** The floor: visit every entry, then copy the finished output into a new array. */
    @Benchmark
    public byte[] floor(PayloadState s, Blackhole bh) {
        bh.consume(Payload.visitEntries(s.data.map()));
        return s.data.copyUtf8();
    }
}
