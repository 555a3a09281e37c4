package io.poolson.bench.serializer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A payload from {@link Payloads} together with its expected output: what Jackson 2's default
 * {@code ObjectMapper} writes for it, as a {@code String} and as UTF-8 bytes. Checks every
 * contender's output against that reference, and provides the <em>floor</em>: the least work any
 * serializer must do, iterating the map and copying a finished output into a new object.
 *
 * <p>Immutable once built, and safe for any number of threads; the map must not be modified.
 */
public final class Payload {

    /** How closely a contender's output must match Jackson 2's. */
    public enum Match {
        /** Identical characters or bytes, for every payload. */
        IDENTICAL,
        /**
         * Identical on the integer maps; on the mixed and doubles payloads, the same JSON value
         * (parsed by Jackson 2 and compared as trees). For libraries whose formatting legitimately
         * differs from Jackson's (hex digit case in <code>&#92;u00XX</code> escapes, a {@code +} in
         * exponents, raw vs. escaped supplementary characters in UTF-8, other digits for the same
         * double), never for differences in data.
         */
        SAME_JSON_VALUE
    }

    private final String name;
    private final Map<String, ?> map;
    private final String json;
    private final byte[] utf8;
    private final byte[] latin1;
    private final char[] chars;

    private Payload(String name, Map<String, ?> map) throws JsonProcessingException {
        this.name = name;
        this.map = map;
        this.json = Libraries.JACKSON2.writeValueAsString(map);
        this.utf8 = Libraries.JACKSON2.writeValueAsBytes(map);
        boolean isLatin1 = json.chars().allMatch(c -> c < 256);
        this.latin1 = isLatin1 ? json.getBytes(StandardCharsets.ISO_8859_1) : null;
        this.chars = json.toCharArray();
    }

    /** The payload {@link Payloads#named named} {@code name}, with Jackson 2's output for it. */
    public static Payload named(String name) {
        try {
            return new Payload(name, Payloads.named(name));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Jackson 2 cannot write payload " + name, e);
        }
    }

    /** The payload's name, as given to {@link #named}. */
    public String name() {
        return name;
    }

    /** The map to serialize. */
    public Map<String, ?> map() {
        return map;
    }

    /** Jackson 2's {@code writeValueAsString} output. */
    public String json() {
        return json;
    }

    /** Jackson 2's {@code writeValueAsBytes} output (a copy). */
    public byte[] utf8() {
        return utf8.clone();
    }

    /**
     * Throws unless {@code actual} matches Jackson 2's {@code String} output as {@code match}
     * requires.
     */
    public void requireJson(String contender, String actual, Match match) {
        if (json.equals(actual)) {
            return;
        }
        requireSameValue(contender, actual, json, match);
    }

    /**
     * Throws unless {@code actual} matches Jackson 2's UTF-8 output as {@code match} requires.
     */
    public void requireUtf8(String contender, byte[] actual, Match match) {
        if (Arrays.equals(utf8, actual)) {
            return;
        }
        requireSameValue(contender, new String(actual, StandardCharsets.UTF_8),
                new String(utf8, StandardCharsets.UTF_8), match);
    }

    private void requireSameValue(String contender, String actual, String expected, Match match) {
        if (match == Match.SAME_JSON_VALUE && !Payloads.isIntMap(name) && parse(actual).equals(parse(expected))) {
            return;
        }
        throw new IllegalStateException(String.format(
                "%s writes payload %s differently from Jackson 2 (required: %s)%n  expected: %s%n  actual:   %s",
                contender, name, match, expected, actual));
    }

    private static JsonNode parse(String json) {
        try {
            return Libraries.JACKSON2.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    /**
     * Floor: visits every entry as a serializer must (reads each key's length and each value
     * reference) and returns a number depending on all of them, for a JMH sink.
     */
    public static int visitEntries(Map<String, ?> map) {
        int acc = 0;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            acc += e.getKey().length();
            if (e.getValue() != null) {
                acc++;
            }
        }
        return acc;
    }

    /**
     * Floor: a new {@code String} equal to {@link #json()}, made the cheapest way the JDK offers
     * (a byte copy into a compact Latin-1 string when the output allows it).
     */
    public String copyJson() {
        return latin1 != null ? new String(latin1, StandardCharsets.ISO_8859_1) : new String(chars);
    }

    /** Floor: a new array equal to {@link #utf8()}. */
    public byte[] copyUtf8() {
        return utf8.clone();
    }

    /** Floor for streams: writes the precomputed UTF-8 output in one call. */
    public void writeUtf8(OutputStream out) throws IOException {
        out.write(utf8);
    }
}
