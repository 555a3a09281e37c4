package io.poolson.bench.serializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The serializer benchmarks' contenders as plain calls, for the report's short timed loops: each
 * call is the very {@code @Benchmark} method JMH measures, on a {@link PayloadState} built here,
 * after that benchmark's own {@code @Setup} check that every contender writes Jackson 2's output.
 * One implementation of each contender, shared by JMH and the report.
 *
 * <p>The returned calls are thread-safe exactly as the benchmark methods are (all contenders are
 * safe for concurrent use).
 */
public final class QuickContenders {

    /** What a contender produces. */
    public enum Output {
        /** A {@code String}: {@link JsonStringBenchmark}. */
        STRING,
        /** UTF-8 written to a discarding {@code OutputStream}: {@link JsonStreamBenchmark}. */
        STREAM
    }

    /**
     * One contender.
     *
     * @param name      the library and call, e.g. {@code "Jackson 2 writeValueAsString"}
     * @param benchmark the JMH benchmark method it is, e.g. {@code "JsonStringBenchmark.jackson2"}
     * @param output    what it produces
     * @param call      one serialization; returns a number depending on the output so the JIT
     *                  cannot drop the call
     */
    public record Contender(String name, String benchmark, Output output, Call call) {
    }

    /** One serialization. */
    @FunctionalInterface
    public interface Call {
        /** Serializes once; returns a number derived from the output (its length, or 1). */
        int run();
    }

    /** How the names of the contenders that are Jackson 2 with {@code PoolsonModule} begin. */
    public static final String MODULE = "Jackson 2 + PoolsonModule";

    private QuickContenders() {
    }

    /**
     * The contenders on the integer map of {@code size} entries ({@link Payloads#intMap}): poolson,
     * Jackson 2 without and with {@code PoolsonModule}, fastjson2 and DSL-JSON writing a String, and
     * the same writing to a stream, plus the floor (copying a finished output).
     *
     * @throws IllegalStateException if a contender's output differs from Jackson 2's, or the module
     *                               left the map to Jackson
     */
    public static List<Contender> onIntMap(int size) {
        PayloadState s = new PayloadState();
        s.data = Payload.named(Integer.toString(size));
        JsonStringBenchmark str = new JsonStringBenchmark();
        JsonStreamBenchmark stream = new JsonStreamBenchmark();
        try {
            str.verify(s);
            stream.verify(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(
                new Contender("poolson toJson", "JsonStringBenchmark.poolson", Output.STRING,
                        () -> str.poolson(s).length()),
                new Contender("Jackson 2 writeValueAsString", "JsonStringBenchmark.jackson2", Output.STRING,
                        () -> unchecked(() -> str.jackson2(s).length())),
                new Contender(MODULE + " writeValueAsString", "JsonStringBenchmark.jackson2Module", Output.STRING,
                        () -> unchecked(() -> str.jackson2Module(s).length())),
                new Contender("fastjson2 JSON.toJSONString", "JsonStringBenchmark.fastjson2", Output.STRING,
                        () -> str.fastjson2(s).length()),
                new Contender("DSL-JSON serialize + toString", "JsonStringBenchmark.dslJson", Output.STRING,
                        () -> unchecked(() -> str.dslJson(s).length())),
                new Contender("floor: copy of the finished String", "JsonStringBenchmark.floor", Output.STRING,
                        () -> Payload.visitEntries(s.data.map()) + s.data.copyJson().length()),
                new Contender("poolson writeTo(stream)", "JsonStreamBenchmark.poolson", Output.STREAM,
                        () -> unchecked(() -> {
                            stream.poolson(s);
                            return 1;
                        })),
                new Contender("Jackson 2 writeValue(stream)", "JsonStreamBenchmark.jackson2", Output.STREAM,
                        () -> unchecked(() -> {
                            stream.jackson2(s);
                            return 1;
                        })),
                new Contender(MODULE + " writeValue(stream)", "JsonStreamBenchmark.jackson2Module", Output.STREAM,
                        () -> unchecked(() -> {
                            stream.jackson2Module(s);
                            return 1;
                        })),
                new Contender("fastjson2 JSON.writeTo(stream)", "JsonStreamBenchmark.fastjson2", Output.STREAM,
                        () -> stream.fastjson2(s)),
                new Contender("DSL-JSON serialize(stream)", "JsonStreamBenchmark.dslJson", Output.STREAM,
                        () -> unchecked(() -> {
                            stream.dslJson(s);
                            return 1;
                        })));
    }

    @FunctionalInterface
    private interface IoCall {
        int run() throws IOException;
    }

    private static int unchecked(IoCall call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
