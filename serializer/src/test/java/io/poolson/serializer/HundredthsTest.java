package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link Hundredths}: the doubles it recognizes are written exactly as {@code Double.toString} of
 * the running JDK writes them, and it recognizes nothing else.
 *
 * <p>Every build samples the domain (every {@code m} below 400,000 in magnitude, a million random
 * ones up to 10^9) on the JDK it runs on. The exhaustive mode compares every {@code m} in
 * {@code [0, 10^9)} (about a minute on 2 cores; the sign is written apart by both sides):
 * {@code mvn -o test -pl serializer -Dtest=HundredthsTest -Dpoolson.exhaustive=true}.
 */
class HundredthsTest {
    /** One output per test method (JUnit makes an instance per method), reset before each use. */
    private final CharJsonOutput out = new PaddedCharJsonOutput();

    @Test
    void smallCountsOfHundredthsAreDoubleToString() {
        for (long m = -400_000; m <= 400_000; m++) {
            assertSameAsJdk(m);
        }
    }

    @Test
    void randomCountsOfHundredthsUpTo10To9AreDoubleToString() {
        SplittableRandom r = new SplittableRandom(20261201);
        for (int i = 0; i < 1_000_000; i++) {
            assertSameAsJdk(r.nextLong(-999_999_999, 1_000_000_000));
        }
    }

    @Test
    void theEndsOfTheDomain() {
        assertSameAsJdk(999_999_999);   // 9999999.99
        assertSameAsJdk(-999_999_999);
        assertSameAsJdk(1);             // 0.01
        assertSameAsJdk(-1);
        assertEquals(Hundredths.NONE, Hundredths.of(1e7), "1.0E7 is exponent notation");
        assertEquals(Hundredths.NONE, Hundredths.of(Math.nextDown(1e7)));
        assertEquals(Hundredths.NONE, Hundredths.of(0.001));
        assertEquals(Hundredths.NONE, Hundredths.of(0.005));
        assertEquals(Hundredths.NONE, Hundredths.of(Math.nextUp(0.01)));
        assertEquals(Hundredths.NONE, Hundredths.of(Math.nextDown(19.99)));
        assertEquals(Hundredths.NONE, Hundredths.of(0.1 + 0.2), "0.30000000000000004 is not 0.3");
        assertEquals(Hundredths.NONE, Hundredths.of(-0.0), "-0.0 keeps its sign: left to Double.toString");
        assertEquals(0, Hundredths.of(0.0));
        assertEquals(Hundredths.NONE, Hundredths.of(Double.NaN));
        assertEquals(Hundredths.NONE, Hundredths.of(Double.POSITIVE_INFINITY));
        assertEquals(Hundredths.NONE, Hundredths.of(Double.NEGATIVE_INFINITY));
        assertEquals(Hundredths.NONE, Hundredths.of(Double.MIN_VALUE));
        assertEquals(Hundredths.NONE, Hundredths.of(Double.MAX_VALUE));
    }

    @Test
    void arbitraryDoublesAreRecognizedOnlyWhenTheyAreHundredths() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 1_000_000; i++) {
            double d = i % 2 == 0 ? Double.longBitsToDouble(r.nextLong()) : r.nextDouble(-2e7, 2e7);
            long m = Hundredths.of(d);
            if (m != Hundredths.NONE) {
                assertEquals(d, m / 100.0);
                assertEquals(Double.toString(d), written(m), "hundredths " + m);
            }
        }
    }

    @Test
    void everyOutputWritesThemAsJacksonDoes() {
        double[] ds = {0.0, 0.25, -0.25, 3.5, 2.0, -2.0, 19.99, -0.01, 100.0, 1234567.8, 9999999.99, -0.0, 1e7, 0.001};
        for (double d : ds) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("k", d);
            map.put("a", new double[] {d});
            // Every output path against Jackson 2, and Jackson's text against Double.toString.
            assertEquals("{\"k\":" + Double.toString(d) + ",\"a\":[" + Double.toString(d) + "]}",
                    JacksonOracle.assertAllOutputsMatch(map));
            // Wide (UTF-16) character output, which the text after a non-Latin-1 key switches to.
            Map<String, Object> wide = new LinkedHashMap<>();
            wide.put("\u20ac", d);
            assertEquals("{\"\u20ac\":" + Double.toString(d) + "}", JacksonOracle.assertAllOutputsMatch(wide));
        }
    }

    /**
     * Every {@code m} in {@code [0, 10^9)}: {@code Double.toString(m / 100.0)} is {@code m/100}
     * in plain notation without trailing zeros (at least one fraction digit), and
     * {@link Hundredths#of} gives {@code m} back.
     */
    @Test
    @EnabledIfSystemProperty(named = "poolson.exhaustive", matches = "true")
    void everyCountOfHundredthsBelow10To9() {
        AtomicLong mismatches = new AtomicLong();
        AtomicLong first = new AtomicLong(-1);
        long start = System.nanoTime();
        LongStream.range(0, 1_000_000_000L).parallel().forEach(m -> {
            double d = m / 100.0;
            if (!Double.toString(d).equals(expected(m)) || Hundredths.of(d) != m) {
                mismatches.incrementAndGet();
                first.compareAndSet(-1, m);
            }
        });
        System.out.printf("HundredthsTest exhaustive: java.version=%s, m in [0, 10^9): %d mismatches (first m: %d), %.0f s%n",
                System.getProperty("java.version"), mismatches.get(), first.get(), (System.nanoTime() - start) / 1e9);
        assertEquals(0, mismatches.get(), "first mismatch at m = " + first.get());
    }

    /** What Hundredths writes for m, checked against the JDK, and m itself. */
    private void assertSameAsJdk(long m) {
        double d = m / 100.0;
        String jdk = Double.toString(d);
        if (m == 0) {
            assertEquals(0, Hundredths.of(d));
        } else {
            assertEquals(m, Hundredths.of(d), jdk);
        }
        assertEquals(jdk, written(m), "hundredths " + m);
        assertEquals(expected(m), written(m), "hundredths " + m);
    }

    /** Hundredths.write's text, through the character output the serializer uses for toJson. */
    private String written(long m) {
        out.reset();
        Hundredths.write(m, out);
        return out.result();
    }

    /**
     * An independent statement of the rule, by text: the digits of |m| with a point before the
     * last two (padded to "0.0x"), one trailing zero dropped.
     */
    private static String expected(long m) {
        String digits = Long.toString(Math.abs(m));
        while (digits.length() < 3) {
            digits = "0" + digits;
        }
        String s = digits.substring(0, digits.length() - 2) + "." + digits.substring(digits.length() - 2);
        if (s.endsWith("0")) {
            s = s.substring(0, s.length() - 1);
        }
        return (m < 0 ? "-" : "") + s;
    }
}
