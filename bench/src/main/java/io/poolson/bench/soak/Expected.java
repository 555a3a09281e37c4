package io.poolson.bench.soak;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.poolson.bench.serializer.Libraries;
import java.util.Map;

/**
 * A map and what Jackson 2's default {@code ObjectMapper} writes for it, as text and as UTF-8: the
 * reference every soak output is compared with. Immutable; the map must not be modified.
 *
 * @param label what the map is, for failure messages
 * @param map   the map
 * @param json  {@code writeValueAsString(map)}
 * @param utf8  {@code writeValueAsBytes(map)}
 */
record Expected(String label, Map<?, ?> map, String json, byte[] utf8) {

    /** Serializes {@code map} with Jackson 2 now. */
    static Expected of(String label, Map<?, ?> map) {
        try {
            return new Expected(label, map, Libraries.JACKSON2.writeValueAsString(map),
                    Libraries.JACKSON2.writeValueAsBytes(map));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Jackson 2 cannot write " + label, e);
        }
    }
}
