package io.poolson.serializer.jackson.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Generators of the values a JSON {@code Map} typically holds: strings that stress escaping
 * (controls, quotes, non-ASCII, surrogate pairs, lone surrogates), every JDK number type with
 * its edge values, booleans, nulls, lists, arrays and nested maps. Keys are strings with the
 * same character mix. Shared by the Jackson 2 and Jackson 3 properties.
 */
public final class JsonArbitraries {
    private JsonArbitraries() {
    }

    /** Strings whose characters come from the ranges that exercise escaping and encoding. */
    public static Arbitrary<String> strings() {
        Arbitrary<String> mixed = Arbitraries.strings()
                .withCharRange('\u0000', '\u001f')
                .withCharRange(' ', '~')
                .withChars('"', '\\', '/', '\u007f', '\u0080', '\u00e9', '\u2028', '\u2029', '\u20ac', '\uffff')
                .withCharRange('\u4e00', '\u4e10')
                .ofMaxLength(24);
        Arbitrary<String> surrogates = Arbitraries.of("\ud83d\ude00", "a\ud83c\udf89b", "\ud800", "x\udc00", "\udbff\udfff");
        Arbitrary<String> ascii = Arbitraries.strings().alpha().numeric().ofMaxLength(12);
        // Longer than Jackson's 4000/8000-unit output buffers; built by repetition, since jqwik
        // generates long strings recursively (per char) and overflows the stack.
        Arbitrary<String> big = Arbitraries.integers().between(700, 2500).map(n -> "ab\u00e9\"\u20ac".repeat(n));
        return Arbitraries.frequencyOf(
                Tuple2s.of(6, ascii), Tuple2s.of(6, mixed), Tuple2s.of(1, surrogates), Tuple2s.of(1, big));
    }

    /** Map keys: mostly short identifiers, sometimes anything {@link #strings()} makes. */
    public static Arbitrary<String> keys() {
        return Arbitraries.frequencyOf(
                Tuple2s.of(5, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10)),
                Tuple2s.of(1, strings()));
    }

    /** Scalars of every JDK type Jackson writes natively, edge values included. */
    public static Arbitrary<Object> scalars() {
        return Arbitraries.oneOf(
                strings().map(s -> (Object) s),
                Arbitraries.integers().edgeCases(e -> e.includeOnly(Integer.MIN_VALUE, Integer.MAX_VALUE, 0)).map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(Double.POSITIVE_INFINITY)
                        .withSpecialValue(-0.0).withSpecialValue(1e-300).withSpecialValue(1e21).map(d -> (Object) d),
                // Whole numbers of thousandths below 10^7: the serializer's fast path for doubles.
                Arbitraries.longs().between(-9_999_999_999L, 9_999_999_999L).map(m -> (Object) (m / 1000.0)),
                Arbitraries.floats().withSpecialValue(Float.NaN).withSpecialValue(Float.NEGATIVE_INFINITY).map(f -> (Object) f),
                Arbitraries.shorts().map(s -> (Object) s),
                Arbitraries.bytes().map(b -> (Object) b),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)).map(b -> (Object) b),
                Arbitraries.bigDecimals().ofScale(4).map(b -> (Object) b),
                Arbitraries.of(new BigDecimal("1E+5"), new BigDecimal("0.000001"), new BigDecimal("-0.0")).map(b -> (Object) b),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null),
                Arbitraries.chars().map(c -> (Object) c));
    }

    /** Values: scalars, and below {@code depth} > 0 also lists, object arrays and nested maps. */
    public static Arbitrary<Object> values(int depth) {
        if (depth <= 0) {
            return scalars();
        }
        // Depth is explicit, so the tree of arbitraries is finite and built eagerly (jqwik's
        // lazyOf is meant for self-recursive definitions and recursed without bound here).
        return Arbitraries.frequencyOf(
                Tuple2s.of(4, scalars()),
                Tuple2s.of(1, lists(depth - 1)),
                Tuple2s.of(1, lists(depth - 1).map(List::toArray)),
                Tuple2s.of(1, maps(depth - 1)));
    }

    public static Arbitrary<List<Object>> lists(int depth) {
        return values(depth).list().ofMaxSize(5).map(ArrayList::new);
    }

    /** Insertion-ordered maps (so output order is deterministic) of {@link #values(int)}. */
    public static Arbitrary<Map<String, Object>> maps(int depth) {
        return Combinators.combine(keys().list().ofMaxSize(6).uniqueElements(), values(depth).list().ofSize(6))
                .as((ks, vs) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < ks.size(); i++) {
                        m.put(ks.get(i), vs.get(i));
                    }
                    return m;
                });
    }

    /**
     * Maps for the module properties: those of {@link #maps(int)}, plus non-string keys (numbers,
     * booleans, chars, the odd null), map subclasses with and without annotations, and values
     * poolson leaves to Jackson ({@link Exotic}, beans, atomics, builders, dates, optionals).
     */
    public static Arbitrary<Map<Object, Object>> moduleMaps(int depth) {
        Arbitrary<Object> keys = Arbitraries.frequencyOf(
                Tuple2s.of(12, keys()),
                Tuple2s.of(2, Arbitraries.integers()),
                Tuple2s.of(1, Arbitraries.longs()),
                Tuple2s.of(1, Arbitraries.of(true, false, 'c', 1.5d, 2.5f, (short) 3, (byte) 4, "secret", "a", "1", 1)),
                Tuple2s.of(1, Arbitraries.of(Exotic.Color.class)),
                Tuple2s.of(1, Arbitraries.just(null)));
        Arbitrary<Object> values = Arbitraries.frequencyOf(
                Tuple2s.of(16, values(depth)),
                Tuple2s.of(2, depth > 0 ? Arbitraries.lazy(() -> moduleMaps(depth - 1)) : scalars()),
                Tuple2s.of(1, exotics()));
        return Combinators.combine(keys.list().ofMaxSize(6), values.list().ofSize(6), Arbitraries.integers().between(0, 9))
                .as((ks, vs, kind) -> {
                    Map<Object, Object> m = kind == 0 ? (Map) new Exotic.AnnotatedMap()
                            : kind == 1 ? (Map) new Exotic.PlainSubMap() : new LinkedHashMap<>();
                    for (int i = 0; i < ks.size(); i++) {
                        Object k = ks.get(i);
                        if (kind <= 1 && !(k instanceof String)) {
                            k = String.valueOf(k); // the subclasses are maps of strings
                        }
                        m.put(k, vs.get(i));
                    }
                    return m;
                });
    }

    /** Values poolson leaves to Jackson. */
    public static Arbitrary<Object> exotics() {
        return Arbitraries.oneOf(
                strings().map(Exotic.Wrapped::new),
                Arbitraries.of(Exotic.Color.class).map(c -> (Object) c),
                Arbitraries.of(new java.util.concurrent.atomic.AtomicInteger(7), new StringBuilder("sb\u00e9"),
                        new java.util.Date(0), java.util.Optional.of(1), java.util.UUID.nameUUIDFromBytes(new byte[1]),
                        new java.util.TreeSet<>(List.of("b", "a")), new char[] {'c', 'h'}, new long[] {1L, -2L},
                        new boolean[] {true}, new String[] {"s", null}, new double[] {0.5, Double.NaN}),
                pojos().map(p -> (Object) p));
    }

    /** POJOs holding generated maps and lists. */
    public static Arbitrary<Pojo> pojos() {
        return Combinators.combine(strings(), Arbitraries.integers(), maps(2), lists(1))
                .as(Pojo::new);
    }

    /** A weighted choice for {@code frequencyOf}, typed so that javac infers the element type. */
    private static final class Tuple2s {
        static <T> Tuple2<Integer, Arbitrary<? extends T>> of(int weight, Arbitrary<? extends T> a) {
            return Tuple.of(weight, a);
        }
    }
}
