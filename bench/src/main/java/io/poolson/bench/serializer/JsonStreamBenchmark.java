package io.poolson.bench.serializer;

import static io.poolson.bench.serializer.Libraries.DSL_JSON;
import static io.poolson.bench.serializer.Libraries.FASTJSON2_FEATURES;
import static io.poolson.bench.serializer.Libraries.JACKSON2_POOLSON_STREAM_WRITER;
import static io.poolson.bench.serializer.Libraries.JACKSON2_STREAM_WRITER;
import static io.poolson.bench.serializer.Libraries.JACKSON3_STREAM_WRITER;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.alibaba.fastjson2.JSON;
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
 * {@code Map} → JSON written as UTF-8 to a caller's {@code OutputStream}, here
 * {@code OutputStream.nullOutputStream()}, so that only the serializer's own work and buffers are
 * measured. Contenders: poolson {@code writeTo}, Jackson 2 and 3 {@code ObjectWriter.writeValue}
 * (with {@code AUTO_CLOSE_TARGET} off: the caller owns the stream), the same Jackson 2 call with
 * {@code PoolsonModule} registered, fastjson2 {@code JSON.writeTo},
 * and DSL-JSON's {@code serialize(Object, OutputStream)}, which its README recommends for streams
 * (it reuses a thread-local writer).
 *
 * <p>Checked before measuring by writing to a byte array, with the same rules as
 * {@link JsonBytesBenchmark}, and the module contender as in {@link JsonStringBenchmark}. Any contender that closed the stream would make the next write throw.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {ForkJvm.HEAP_MIN, ForkJvm.HEAP_MAX, ForkJvm.PRE_TOUCH})
@State(Scope.Benchmark)
public class JsonStreamBenchmark {

    /** A contender writing {@code map} to {@code out}. */
    @FunctionalInterface
    private interface StreamWrite {
        void write(Map<String, ?> map, OutputStream out) throws IOException;
    }

    /** Fails the run unless every contender writes what Jackson 2 writes (see class comment). */
    @Setup
    public void verify(PayloadState s) throws IOException {
        Payload p = s.data;
        p.requireUtf8("poolson", written(Serializer::writeTo, p), Match.IDENTICAL);
        p.requireUtf8("Jackson 2", written((m, out) -> JACKSON2_STREAM_WRITER.writeValue(out, m), p), Match.IDENTICAL);
        long before = PoolsonWriters.documentsWritten();
        p.requireUtf8("Jackson 2 + PoolsonModule",
                written((m, out) -> JACKSON2_POOLSON_STREAM_WRITER.writeValue(out, m), p), Match.IDENTICAL);
        Libraries.requireModuleWrites("Jackson 2 + PoolsonModule", before, 1);
        p.requireUtf8("Jackson 3", written((m, out) -> JACKSON3_STREAM_WRITER.writeValue(out, m), p), Match.SAME_JSON_VALUE);
        p.requireUtf8("fastjson2", written((m, out) -> JSON.writeTo(out, m, FASTJSON2_FEATURES), p),
                Match.SAME_JSON_VALUE);
        p.requireUtf8("DSL-JSON", written((m, out) -> DSL_JSON.serialize(m, out), p), Match.SAME_JSON_VALUE);
        p.requireUtf8("floor", written((m, out) -> p.writeUtf8(out), p), Match.IDENTICAL);
    }

    private static byte[] written(StreamWrite contender, Payload p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        contender.write(p.map(), out);
        return out.toByteArray();
    }

    /** poolson's static {@code Serializer.writeTo(Map, OutputStream)}. */
    @Benchmark
    public void poolson(PayloadState s) throws IOException {
        Serializer.writeTo(s.data.map(), s.sink);
    }

    /** Jackson 2 {@code ObjectWriter.writeValue(OutputStream, Object)}. */
    @Benchmark
    public void jackson2(PayloadState s) throws IOException {
        JACKSON2_STREAM_WRITER.writeValue(s.sink, s.data.map());
    }

    /** The same call on Jackson 2's default mapper with {@code PoolsonModule} registered. */
    @Benchmark
    public void jackson2Module(PayloadState s) throws IOException {
        JACKSON2_POOLSON_STREAM_WRITER.writeValue(s.sink, s.data.map());
    }

    /** Jackson 3 {@code ObjectWriter.writeValue(OutputStream, Object)}. */
    @Benchmark
    public void jackson3(PayloadState s) {
        JACKSON3_STREAM_WRITER.writeValue(s.sink, s.data.map());
    }

    /** fastjson2 {@code JSON.writeTo}, keeping null values. */
    @Benchmark
    public int fastjson2(PayloadState s) {
        return JSON.writeTo(s.sink, s.data.map(), FASTJSON2_FEATURES);
    }

    /** DSL-JSON {@code serialize(Object, OutputStream)} on its thread-local writer. */
    @Benchmark
    public void dslJson(PayloadState s) throws IOException {
        DSL_JSON.serialize(s.data.map(), s.sink);
    }

    /** The floor: visit every entry, then write the finished output in one call. */
    @Benchmark
    public void floor(PayloadState s, Blackhole bh) throws IOException {
        bh.consume(Payload.visitEntries(s.data.map()));
        s.data.writeUtf8(s.sink);
    }
}
