package io.poolson.serializer.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import tools.jackson.databind.ObjectMapper;
import io.poolson.serializer.jackson.support.JsonArbitraries;
import io.poolson.serializer.jackson.support.Outcome;
import io.poolson.serializer.jackson.support.Pojo;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Jackson 3 writes exactly the same with the poolson recycler pool as with its default pool. */
class RecyclerPoolOutputProperties {

    private static final ObjectMapper DEFAULT = new ObjectMapper();
    // One pool across all tries: recyclers come back with buffers grown by earlier documents.
    private static final ObjectMapper POOLED = PoolsonRecyclerPoolTest.mapperOver(PoolsonRecyclerPool.newPool());

    @Property(tries = 300)
    void mapsAreWrittenTheSame(@ForAll("maps") Map<String, Object> map) {
        assertSameOutputs(map);
    }

    @Property(tries = 150)
    void pojosAreWrittenTheSame(@ForAll("pojos") Pojo pojo) {
        assertSameOutputs(pojo);
    }

    private static void assertSameOutputs(Object value) {
        assertEquals(Outcome.of(() -> DEFAULT.writeValueAsString(value)), Outcome.of(() -> POOLED.writeValueAsString(value)));
        assertEquals(Outcome.of(() -> DEFAULT.writeValueAsBytes(value)), Outcome.of(() -> POOLED.writeValueAsBytes(value)));
        assertEquals(Outcome.of(() -> toStream(DEFAULT, value)), Outcome.of(() -> toStream(POOLED, value)));
        assertEquals(Outcome.of(() -> toWriter(DEFAULT, value)), Outcome.of(() -> toWriter(POOLED, value)));
    }

    private static byte[] toStream(ObjectMapper m, Object value) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeValue(out, value);
        return out.toByteArray();
    }

    private static String toWriter(ObjectMapper m, Object value) throws Exception {
        StringWriter out = new StringWriter();
        m.writeValue(out, value);
        return out.toString();
    }

    @Provide
    Arbitrary<Map<String, Object>> maps() {
        return JsonArbitraries.maps(3);
    }

    @Provide
    Arbitrary<Pojo> pojos() {
        return JsonArbitraries.pojos();
    }
}
