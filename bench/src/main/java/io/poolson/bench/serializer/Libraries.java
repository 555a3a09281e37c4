package io.poolson.bench.serializer;

import com.alibaba.fastjson2.JSONWriter;
import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.runtime.Settings;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.poolson.serializer.jackson.PoolsonModule;
import io.poolson.serializer.jackson.internal.PoolsonWriters;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each contender library, configured once the way its documentation advises for a long-lived
 * service, and shared by every serializer benchmark. All instances are thread-safe (the DSL-JSON
 * writer is per thread, as its README advises).
 *
 * <p>Where a library's default output would carry different <em>data</em> than Jackson's, it is
 * configured to write the same data, with the option its documentation names: fastjson2 and Gson
 * drop {@code null} map values unless asked to keep them, and Gson escapes {@code < > & = '} unless
 * HTML escaping is disabled (which is less work for Gson, not more).
 */
public final class Libraries {

    /** Jackson 2's default {@code ObjectMapper}: the reference output for every check. */
    public static final ObjectMapper JACKSON2 = new ObjectMapper();

    /** Jackson 2's factory, for the hand-written generator loop. */
    public static final JsonFactory JACKSON2_FACTORY = JACKSON2.getFactory();

    /**
     * Jackson 2 writing to a caller's stream: by default Jackson closes the target when done, which
     * a discarding stream then refuses to be written to again; the caller owns the stream here.
     */
    public static final com.fasterxml.jackson.databind.ObjectWriter JACKSON2_STREAM_WRITER =
            JACKSON2.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);

    /**
     * Jackson 2's default {@code ObjectMapper} with poolson's {@link PoolsonModule} and nothing else
     * changed: what a Jackson user gets by adding the module.
     */
    public static final ObjectMapper JACKSON2_POOLSON = new ObjectMapper().registerModule(new PoolsonModule());

    /** {@link #JACKSON2_POOLSON} writing to a caller's stream, as {@link #JACKSON2_STREAM_WRITER}. */
    public static final com.fasterxml.jackson.databind.ObjectWriter JACKSON2_POOLSON_STREAM_WRITER =
            JACKSON2_POOLSON.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);

    /** Jackson 3's default {@code JsonMapper}. */
    public static final JsonMapper JACKSON3 = JsonMapper.builder().build();

    /** Jackson 3 writing to a caller's stream, for the same reason as {@link #JACKSON2_STREAM_WRITER}. */
    public static final ObjectWriter JACKSON3_STREAM_WRITER =
            JACKSON3.writer().without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET);

    /** Jackson 3's default {@code JsonMapper} with its {@code PoolsonModule} and nothing else changed. */
    public static final JsonMapper JACKSON3_POOLSON = JsonMapper.builder()
            .addModule(new io.poolson.serializer.jackson3.PoolsonModule()).build();

    /** {@link #JACKSON3_POOLSON} writing to a caller's stream, as {@link #JACKSON3_STREAM_WRITER}. */
    public static final ObjectWriter JACKSON3_POOLSON_STREAM_WRITER =
            JACKSON3_POOLSON.writer().without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET);

    /** fastjson2's features for every call: keep {@code null} map values, as Jackson does. */
    public static final JSONWriter.Feature[] FASTJSON2_FEATURES = {JSONWriter.Feature.WriteMapNullValue};

    /** Gson writing {@code null} map values and no HTML escapes, as Jackson does. */
    public static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    /** DSL-JSON with runtime analysis (needed for {@code Map}s of arbitrary values), per its README. */
    public static final DslJson<Object> DSL_JSON = new DslJson<>(Settings.withRuntime().includeServiceLoader());

    private static final ThreadLocal<JsonWriter> DSL_JSON_WRITER = ThreadLocal.withInitial(DSL_JSON::newWriter);

    private Libraries() {
    }

    /**
     * Fails the run unless the Jackson modules had poolson write {@code expected} documents since
     * {@code before} (a {@link PoolsonWriters#documentsWritten()} reading): a module contender that
     * Jackson wrote instead would otherwise measure Jackson.
     */
    public static void requireModuleWrites(String what, long before, long expected) {
        if (PoolsonWriters.documentsWritten() - before != expected) {
            throw new IllegalStateException(what + ": the module left the payload to Jackson");
        }
    }

    /**
     * The calling thread's DSL-JSON writer, reset and ready: DSL-JSON's README says a
     * {@code JsonWriter} should be reused (through a thread local) and rebound with {@code reset}.
     */
    public static JsonWriter dslJsonWriter() {
        JsonWriter writer = DSL_JSON_WRITER.get();
        writer.reset();
        return writer;
    }
}
