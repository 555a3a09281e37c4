package io.poolson.bench.serializer;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import com.alibaba.fastjson2.JSON;
import io.poolson.serializer.Serializer;

/**
 * Does each library write what Jackson 2's default {@code ObjectMapper} writes? Every case is a
 * one-entry map {@code {"v": value}} holding a value on which libraries are known to part ways
 * (doubles where the JDK's {@code Double.toString} is not the shortest decimal, escapes, surrogates,
 * {@code byte[]}, NaN, ...); each library's String output is compared with Jackson 2's
 * {@code writeValueAsString}, its UTF-8 output with {@code writeValueAsBytes}, byte for byte.
 *
 * <p>Why it exists: the speed comparisons ({@link JsonStringBenchmark} and the others) check in
 * their setup that every contender writes the same data as Jackson on the benchmark's payloads, but
 * a library may still write other text for other values, and which values depends on the JDK
 * (fastjson2 and DSL-JSON format doubles with their own algorithms; Jackson and poolson use the
 * running JDK's {@code Double.toString}, which changed in JDK 19). This check shows where on the
 * running JDK. Libraries are configured as in {@link Libraries}. Stateless; thread-safe.
 */
public final class SameBytesCheck {

    /**
     * One value to write.
     *
     * @param label what the value is, for a reader
     * @param value the map's only value
     */
    public record Case(String label, Object value) {
        /** The map written: {@code {"v": value}}. */
        public Map<String, Object> map() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("v", value);
            return map;
        }
    }

    /**
     * One library's call, and which of Jackson's outputs it is compared with.
     *
     * @param name  the library and call
     * @param utf8  true if it produces UTF-8 bytes (compared with {@code writeValueAsBytes}), false
     *              for a {@code String} (compared with {@code writeValueAsString})
     * @param write the call, returning a {@code byte[]} if {@code utf8}, else a {@code String}
     */
    public record Writer(String name, boolean utf8, Write write) {
    }

    /** One serialization of a map. */
    @FunctionalInterface
    public interface Write {
        /** Writes {@code map} as a {@code String} or UTF-8 {@code byte[]}; a library's exception propagates. */
        Object apply(Map<String, Object> map) throws Exception;
    }

    /**
     * What one writer did with one case.
     *
     * @param same    whether the output equals Jackson 2's, char for char or byte for byte
     * @param outcome the output as {@link #text} shows it, or {@code throws <exception class>}
     */
    public record Verdict(boolean same, String outcome) {
    }

    /** The cases, in the order a reader meets them. */
    public static final List<Case> CASES = List.of(
            new Case("double 1.0E23", 1.0E23),
            new Case("double 2.0E23", 2.0E23),
            new Case("double 2^-44", 0x1p-44),
            new Case("double 1.9400994884341945E25", 1.9400994884341945E25),
            new Case("double -0.0", -0.0),
            new Case("double NaN", Double.NaN),
            new Case("BigDecimal 1E-8", new BigDecimal("1E-8")),
            new Case("BigDecimal 1E+3", new BigDecimal("1E+3")),
            new Case("controls U+0001 U+001F", "\u0001\u001f"),
            new Case("U+007F and U+2028", "\u007f\u2028"),
            new Case("slash and HTML a/b<p>&'", "a/b<p>&'"),
            new Case("emoji (surrogate pair)", "\ud83d\ude00"),
            new Case("lone surrogate U+D800", "\ud800"),
            new Case("byte[] {1, 2, 3}", new byte[] {1, 2, 3}),
            new Case("char[] {'h', 'i'}", new char[] {'h', 'i'}),
            new Case("Character 'x'", 'x'),
            new Case("AtomicInteger 5", new AtomicInteger(5)),
            new Case("enum DayOfWeek.MONDAY", DayOfWeek.MONDAY),
            new Case("Long.MAX_VALUE", Long.MAX_VALUE));

    /** poolson's two outputs, then the other libraries', configured as the benchmarks configure them. */
    public static final List<Writer> WRITERS = List.of(
            new Writer("poolson toJson", false, Serializer::toJson),
            new Writer("poolson toJsonBytes", true, Serializer::toJsonBytes),
            new Writer("fastjson2 toJSONString", false, map -> JSON.toJSONString(map, Libraries.FASTJSON2_FEATURES)),
            new Writer("fastjson2 toJSONBytes", true, map -> JSON.toJSONBytes(map, Libraries.FASTJSON2_FEATURES)),
            new Writer("DSL-JSON serialize", true, map -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Libraries.DSL_JSON.serialize(map, out);
                return out.toByteArray();
            }),
            new Writer("Gson toJson", false, Libraries.GSON::toJson));

    private SameBytesCheck() {
    }

    /** Jackson 2's output for {@code c}: {@code writeValueAsBytes} if {@code utf8}, else {@code writeValueAsString}. */
    public static Object jackson(Case c, boolean utf8) {
        try {
            return utf8 ? Libraries.JACKSON2.writeValueAsBytes(c.map()) : Libraries.JACKSON2.writeValueAsString(c.map());
        } catch (Exception e) {
            throw new IllegalStateException("Jackson 2 cannot write " + c.label() + ", so it cannot be a case", e);
        }
    }

    /** What {@code w} writes for {@code c}, against Jackson 2. */
    public static Verdict check(Writer w, Case c) {
        Object expected = jackson(c, w.utf8());
        Object actual;
        try {
            actual = w.write().apply(c.map());
        } catch (Exception e) {
            return new Verdict(false, "throws " + e.getClass().getSimpleName());
        }
        return new Verdict(Objects.deepEquals(expected, actual), text(actual));
    }

    /** Every writer's verdict on every case: {@code [case][writer]}, in the orders of the lists. */
    public static List<List<Verdict>> checkAll() {
        List<List<Verdict>> rows = new ArrayList<>();
        for (Case c : CASES) {
            List<Verdict> row = new ArrayList<>();
            for (Writer w : WRITERS) {
                row.add(check(w, c));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * An output ({@code String}, or UTF-8 {@code byte[]}) as readable text: only the value of
     * {@code {"v":...}}, and every code point a table would not show plainly (controls, DEL, U+2028,
     * emoji and other supplementary characters, lone surrogates, U+FFFD for invalid UTF-8) as
     * {@code <U+XXXX>}; a backslash escape stays as written.
     */
    public static String text(Object output) {
        String s = output instanceof byte[] ? new String((byte[]) output, StandardCharsets.UTF_8) : (String) output;
        if (s.startsWith("{\"v\":") && s.endsWith("}")) {
            s = s.substring(5, s.length() - 1);
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || cp == 0x2028 || cp == 0xfffd || Character.isSupplementaryCodePoint(cp)
                    || Character.isSurrogate((char) cp)) {
                b.append(String.format("<U+%04X>", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
