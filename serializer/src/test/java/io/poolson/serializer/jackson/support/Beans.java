package io.poolson.serializer.jackson.support;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Beans whose {@code Map} properties carry annotations that change how Jackson writes the map
 * (shared annotations, so Jackson 2 and 3 both honour them). The annotations that name a
 * serializer class differ per version and live in each version's tests.
 */
public final class Beans {
    private Beans() {
    }

    /** A mix-in that drops two keys from every map it is applied to. */
    @JsonIgnoreProperties({"a", "secret"})
    public abstract static class IgnoreSomeKeys {
    }

    /** Every property holds the same generated map, each under a different annotation. */
    public static class Annotated {
        public Map<Object, Object> plain;
        @JsonInclude(content = JsonInclude.Include.NON_NULL)
        public Map<Object, Object> nonNullContent;
        @JsonInclude(content = JsonInclude.Include.NON_EMPTY)
        public Map<Object, Object> nonEmptyContent;
        @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
        public Map<Object, Object> sorted;
        @JsonFormat(with = JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)
        public Map<Object, Object> unwrapSingle;
        @JsonIgnoreProperties({"a", "secret"})
        public Map<Object, Object> ignoring;
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        public Map<Object, Object> stringShape;
        private final Map<Object, Object> any;

        public Annotated(Map<Object, Object> m) {
            plain = m;
            nonNullContent = m;
            nonEmptyContent = m;
            sorted = m;
            unwrapSingle = m;
            ignoring = m;
            stringShape = m;
            any = m;
        }

        @JsonAnyGetter
        public Map<Object, Object> any() {
            return any;
        }
    }
}
