package io.poolson.bench.serializer;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonGenerator;
import io.poolson.bench.ForkJvm;
import io.poolson.bench.serializer.Payload.Match;
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

/**
 * {@code HashMap<String,Integer>} → JSON {@code String} by contenders written for that one shape:
 * a hand-written loop over Jackson 2's streaming {@link JsonGenerator} (what a Jackson user writes
 * to skip databind), and the seed's naive serializer ({@link SeedNaiveSerializer}). Compare with the
 * same payload sizes in {@link JsonStringBenchmark}. Both outputs are checked identical to Jackson
 * 2's {@code ObjectMapper} before measuring.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {ForkJvm.HEAP_MIN, ForkJvm.HEAP_MAX, ForkJvm.PRE_TOUCH})
@State(Scope.Benchmark)
public class IntMapStringBenchmark {

    /** Fails the run unless both contenders write exactly what Jackson 2's ObjectMapper writes. */
    @Setup
    public void verify(IntMapState s) throws IOException {
        s.data.requireJson("Jackson 2 generator", jackson2Generator(s), Match.IDENTICAL);
        s.data.requireJson("seed naive", seedNaive(s), Match.IDENTICAL);
    }

    /** Jackson 2's streaming generator over a {@code StringWriter}, one field and number per entry. */
    @Benchmark
    public String jackson2Generator(IntMapState s) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Libraries.JACKSON2_FACTORY.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, Integer> e : s.map.entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeNumber(e.getValue());
            }
            g.writeEndObject();
        }
        return out.toString();
    }

    /** The seed's naive serializer, made to write valid JSON. */
    @Benchmark
    public String seedNaive(IntMapState s) {
        return SeedNaiveSerializer.toJson(s.map);
    }
}
