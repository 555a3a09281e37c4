package io.poolson.bench.serializer;

import static io.poolson.bench.serializer.Libraries.DSL_JSON;
import static io.poolson.bench.serializer.Libraries.FASTJSON2_FEATURES;
import static io.poolson.bench.serializer.Libraries.GSON;
import static io.poolson.bench.serializer.Libraries.JACKSON2;
import static io.poolson.bench.serializer.Libraries.JACKSON2_POOLSON;
import static io.poolson.bench.serializer.Libraries.JACKSON3;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.alibaba.fastjson2.JSON;
import com.dslplatform.json.JsonWriter;
import io.poolson.bench.ForkJvm;
import io.poolson.bench.serializer.Payload.Match;
import io.poolson.serializer.Serializer;
import io.poolson.serializer.jackson.internal.PoolsonWriters;
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
 * {@code Map} → JSON {@code String}, for every contender that produces one, on the payloads of
 * {@link PayloadState}.
 *
 * <p>Before measuring, every contender's output is checked against Jackson 2's: identical for all
 * payloads for poolson, Jackson 3 and Jackson 2 with {@code PoolsonModule} (which must also have
 * been written by poolson, not left to Jackson); for fastjson2, DSL-JSON and Gson identical on the integer
 * maps, and on the mixed map the same JSON value, because their formatting legitimately differs
 * there (fastjson2 and Gson write <code>&#92;u001f</code> where Jackson writes <code>&#92;u001F</code>; DSL-JSON
 * writes {@code 6.02214076E+23} where Jackson writes {@code 6.02214076E23}). See {@link Libraries}
 * for how each library is configured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {ForkJvm.HEAP_MIN, ForkJvm.HEAP_MAX, ForkJvm.PRE_TOUCH})
@State(Scope.Benchmark)
public class JsonStringBenchmark {

    /** Fails the run unless every contender writes what Jackson 2 writes (see class comment). */
    @Setup
    public void verify(PayloadState s) throws IOException {
        Payload p = s.data;
        p.requireJson("poolson", poolson(s), Match.IDENTICAL);
        long before = PoolsonWriters.documentsWritten();
        p.requireJson("Jackson 2 + PoolsonModule", jackson2Module(s), Match.IDENTICAL);
        Libraries.requireModuleWrites("Jackson 2 + PoolsonModule", before, 1);
        p.requireJson("Jackson 3", jackson3(s), Match.IDENTICAL);
        p.requireJson("fastjson2", fastjson2(s), Match.SAME_JSON_VALUE);
        p.requireJson("DSL-JSON", dslJson(s), Match.SAME_JSON_VALUE);
        p.requireJson("Gson", gson(s), Match.SAME_JSON_VALUE);
        p.requireJson("floor", p.copyJson(), Match.IDENTICAL);
    }

    /** poolson's static {@code Serializer.toJson}. */
    @Benchmark
    public String poolson(PayloadState s) {
        return Serializer.toJson(s.data.map());
    }

    /** Jackson 2 {@code ObjectMapper.writeValueAsString}: the reference. */
    @Benchmark
    public String jackson2(PayloadState s) throws IOException {
        return JACKSON2.writeValueAsString(s.data.map());
    }

    /** The same call on Jackson 2's default mapper with {@code PoolsonModule} registered. */
    @Benchmark
    public String jackson2Module(PayloadState s) throws IOException {
        return JACKSON2_POOLSON.writeValueAsString(s.data.map());
    }

    /** Jackson 3 {@code JsonMapper.writeValueAsString}. */
    @Benchmark
    public String jackson3(PayloadState s) {
        return JACKSON3.writeValueAsString(s.data.map());
    }

    /** fastjson2 {@code JSON.toJSONString}, keeping null values. */
    @Benchmark
    public String fastjson2(PayloadState s) {
        return JSON.toJSONString(s.data.map(), FASTJSON2_FEATURES);
    }

    /** DSL-JSON: the thread's reused writer, {@code serialize}, {@code toString}. */
    @Benchmark
    public String dslJson(PayloadState s) throws IOException {
        JsonWriter writer = Libraries.dslJsonWriter();
        DSL_JSON.serialize(writer, s.data.map());
        return writer.toString();
    }

    /** Gson {@code toJson}, keeping null values, without HTML escaping. */
    @Benchmark
    public String gson(PayloadState s) {
        return GSON.toJson(s.data.map());
    }

    /** The floor: visit every entry, then copy the finished output into a new {@code String}. */
    @Benchmark
    public String floor(PayloadState s, Blackhole bh) {
        bh.consume(Payload.visitEntries(s.data.map()));
        return s.data.copyJson();
    }
}
