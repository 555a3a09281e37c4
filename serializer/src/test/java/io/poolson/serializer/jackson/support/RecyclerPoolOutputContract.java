package io.poolson.serializer.jackson.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A mapper writes exactly the same with the poolson recycler pool as with its default pool, in
 * all four output forms: written once; each Jackson version's {@code RecyclerPoolOutputProperties}
 * supplies the two mappers.
 */
public abstract class RecyclerPoolOutputContract {
    private final Mapper reference;
    private final Mapper pooled;

    /**
     * @param reference a default mapper
     * @param pooled    a default mapper over a poolson recycler pool, kept across tries so that
     *                  recyclers come back with buffers grown by earlier documents
     */
    protected RecyclerPoolOutputContract(Mapper reference, Mapper pooled) {
        this.reference = reference;
        this.pooled = pooled;
    }

    @Property(tries = 300)
    public void mapsAreWrittenTheSame(@ForAll("maps") Map<String, Object> map) {
        assertSameOutputs(map);
    }

    @Property(tries = 150)
    public void pojosAreWrittenTheSame(@ForAll("pojos") Pojo pojo) {
        assertSameOutputs(pojo);
    }

    private void assertSameOutputs(Object value) {
        assertEquals(Outcome.of(() -> reference.string(value)), Outcome.of(() -> pooled.string(value)));
        assertEquals(Outcome.of(() -> reference.bytes(value)), Outcome.of(() -> pooled.bytes(value)));
        assertEquals(Outcome.of(() -> reference.toStream(value)), Outcome.of(() -> pooled.toStream(value)));
        assertEquals(Outcome.of(() -> reference.toWriter(value)), Outcome.of(() -> pooled.toWriter(value)));
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
