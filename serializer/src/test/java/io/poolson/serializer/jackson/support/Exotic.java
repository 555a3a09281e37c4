package io.poolson.serializer.jackson.support;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;

/**
 * Values poolson does not write itself, or writes only under conditions: a map holding any of them
 * must come out exactly as Jackson writes it. Jackson 2 and 3 share these annotations.
 */
public final class Exotic {
    private Exotic() {
    }

    /** Written as its {@code @JsonValue}. */
    public static final class Wrapped {
        private final String value;

        public Wrapped(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return "wrapped:" + value;
        }

        @Override
        public String toString() {
            return "Wrapped[" + value + "]";
        }
    }

    /** An enum with a renamed constant and a toString (Jackson 3 writes toString by default). */
    public enum Color {
        RED,
        @JsonProperty("verde") GREEN,
        BLUE {
            @Override
            public String toString() {
                return "blue!";
            }
        }
    }

    /** A map subclass whose annotation drops an entry. */
    @JsonIgnoreProperties({"secret"})
    public static final class AnnotatedMap extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }

    /** A map subclass without annotations: Jackson writes it like any map. */
    public static final class PlainSubMap extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }
}
