package io.poolson.bench.jackson;

import io.poolson.bench.ForkJvm;
import io.poolson.bench.serializer.Libraries;
import io.poolson.bench.serializer.Payloads;
import io.poolson.serializer.jackson.internal.PoolsonWriters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * Jackson's default mapper with and without poolson's module, Jackson 2 and 3, {@code String},
 * UTF-8 {@code byte[]} and {@code OutputStream} output (an {@code ObjectWriter} without
 * {@code AUTO_CLOSE_TARGET}, to a discarding stream: the caller owns the stream), on {@code HashMap<String,Integer>}s of 10, 100 and 1000 entries and
 * the 22-entry mixed map of {@link Payloads#mixed()}.
 *
 * <p>{@link #verify()} fails the run unless, for each payload, the mapper with the module writes
 * exactly what the same mapper writes without it, and unless poolson (not Jackson) wrote it: a
 * benchmark of the module that silently fell back to Jackson would measure nothing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {ForkJvm.HEAP_MIN, ForkJvm.HEAP_MAX, ForkJvm.PRE_TOUCH})
@State(Scope.Benchmark)
public class JacksonModuleBenchmark {

    @Param({"10", "100", "1000", Payloads.MIXED})
    private String payload;

    private Map<String, ?> map;
    private final OutputStream sink = OutputStream.nullOutputStream();

    /** Builds the payload; checks identical output, and that the module's path is the one taken. */
    @Setup
    public void verify() throws IOException {
        map = Payloads.named(payload);
        long before = PoolsonWriters.documentsWritten();
        Mappers.requireSame("Jackson 2 String", jackson2String(), jackson2StringModule());
        Mappers.requireSame("Jackson 2 bytes", jackson2Bytes(), jackson2BytesModule());
        Mappers.requireSame("Jackson 3 String", jackson3String(), jackson3StringModule());
        Mappers.requireSame("Jackson 3 bytes", jackson3Bytes(), jackson3BytesModule());
        Mappers.requireSame("Jackson 2 stream", written(Libraries.JACKSON2_STREAM_WRITER::writeValue),
                written(Libraries.JACKSON2_POOLSON_STREAM_WRITER::writeValue));
        Mappers.requireSame("Jackson 3 stream", written(Libraries.JACKSON3_STREAM_WRITER::writeValue),
                written(Libraries.JACKSON3_POOLSON_STREAM_WRITER::writeValue));
        Libraries.requireModuleWrites("payload " + payload, before, 6);
    }

    /** A stream write of the payload. */
    @FunctionalInterface
    private interface StreamWrite {
        void write(OutputStream out, Object value) throws IOException;
    }

    private byte[] written(StreamWrite write) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write.write(out, map);
        return out.toByteArray();
    }

    @Benchmark
    public String jackson2String() throws IOException {
        return Libraries.JACKSON2.writeValueAsString(map);
    }

    @Benchmark
    public String jackson2StringModule() throws IOException {
        return Libraries.JACKSON2_POOLSON.writeValueAsString(map);
    }

    @Benchmark
    public byte[] jackson2Bytes() throws IOException {
        return Libraries.JACKSON2.writeValueAsBytes(map);
    }

    @Benchmark
    public byte[] jackson2BytesModule() throws IOException {
        return Libraries.JACKSON2_POOLSON.writeValueAsBytes(map);
    }

    @Benchmark
    public String jackson3String() {
        return Libraries.JACKSON3.writeValueAsString(map);
    }

    @Benchmark
    public String jackson3StringModule() {
        return Libraries.JACKSON3_POOLSON.writeValueAsString(map);
    }

    @Benchmark
    public byte[] jackson3Bytes() {
        return Libraries.JACKSON3.writeValueAsBytes(map);
    }

    @Benchmark
    public byte[] jackson3BytesModule() {
        return Libraries.JACKSON3_POOLSON.writeValueAsBytes(map);
    }

    @Benchmark
    public void jackson2Stream() throws IOException {
        Libraries.JACKSON2_STREAM_WRITER.writeValue(sink, map);
    }

    @Benchmark
    public void jackson2StreamModule() throws IOException {
        Libraries.JACKSON2_POOLSON_STREAM_WRITER.writeValue(sink, map);
    }

    @Benchmark
    public void jackson3Stream() {
        Libraries.JACKSON3_STREAM_WRITER.writeValue(sink, map);
    }

    @Benchmark
    public void jackson3StreamModule() {
        Libraries.JACKSON3_POOLSON_STREAM_WRITER.writeValue(sink, map);
    }
}
