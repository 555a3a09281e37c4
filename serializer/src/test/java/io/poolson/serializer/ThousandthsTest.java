package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link Thousandths}: the doubles it recognizes are written exactly as {@code Double.toString} of
 * the running JDK writes them, and it recognizes nothing else.
 *
 * <p>Every build samples the domain (every {@code m} below 400,000 in magnitude, a million random
 * ones up to 10^10) on the JDK it runs on. The exhaustive mode compares every {@code m} in
 * {@code [0, 10^10)} (about 10 minutes on 2 cores; the sign is written apart by both sides):
 * {@code mvn -o test -pl serializer -Dtest=ThousandthsTest -Dpoolson.exhaustive=true}.
 */
class ThousandthsTest {
    /** One output per test method (JUnit makes an instance per method), reset before each use. */
    private final CharJsonOutput out = new PaddedCharJsonOutput();

    @Test
    void smallCountsOfThousandthsAreDoubleToString() {
        for (long m = -400_000; m <= 400_000; m++) {
            assertSameAsJdk(m);
        }
    }

    @Test
    void randomCountsOfThousandthsUpTo10To10AreDoubleToString() {
        SplittableRandom r = new SplittableRandom(20261201);
        for (int i = 0; i < 1_000_000; i++) {
            assertSameAsJdk(r.nextLong(-9_999_999_999L, 10_000_000_000L));
        }
    }

    @Test
    void theEndsOfTheDomain() {
        assertSameAsJdk(9_999_999_999L);  // 9999999.999
        assertSameAsJdk(-9_999_999_999L);
        assertSameAsJdk(1);               // 0.001, the smallest plain-notation double it writes
        assertSameAsJdk(-1);
        assertSameAsJdk(125);             // 0.125
        assertSameAsJdk(-105);            // -0.105
        assertEquals(Thousandths.NONE, Thousandths.of(1e7), "1.0E7 is exponent notation");
        assertEquals(Thousandths.NONE, Thousandths.of(Math.nextDown(1e7)));
        assertEquals(Thousandths.NONE, Thousandths.of(0.0005), "5.0E-4 is exponent notation");
        assertEquals(Thousandths.NONE, Thousandths.of(0.0001));
        assertEquals(Thousandths.NONE, Thousandths.of(Math.nextUp(0.001)));
        assertEquals(Thousandths.NONE, Thousandths.of(Math.nextDown(19.99)));
        assertEquals(Thousandths.NONE, Thousandths.of(1.0005), "four fraction digits");
        assertEquals(Thousandths.NONE, Thousandths.of(-0.0), "-0.0 keeps its sign: left to Double.toString");
        assertEquals(0, Thousandths.of(0.0));
        for (double d : DoubleEdges.FOR_THE_JDK) {
            assertEquals(Thousandths.NONE, Thousandths.of(d), Double.toString(d));
        }
    }

    @Test
    void arbitraryDoublesAreRecognizedOnlyWhenTheyAreThousandths() {
        for (double d : DoubleEdges.arbitrary().toArray()) {
            long m = Thousandths.of(d);
            if (m != Thousandths.NONE) {
                assertEquals(d, m / 1000.0);
                assertEquals(Double.toString(d), written(m), "thousandths " + m);
            }
        }
    }

    @Test
    void everyOutputWritesThemAsJacksonDoes() {
        double[] ds = {0.0, 0.25, -0.25, 3.5, 2.0, -2.0, 19.99, -0.01, 0.125, -0.005, 100.0, 1234567.8, 9999999.999, -0.0, 1e7, 0.001, 0.0005};
        for (double d : ds) {
            JacksonOracle.assertDoubleWrittenAsJackson(d);
        }
    }

    /**
     * Every {@code m} in {@code [0, 10^10)}: {@code Double.toString(m / 1000.0)} is {@code m/1000}
     * in plain notation without trailing zeros (at least one fraction digit), and
     * {@link Thousandths#of} gives {@code m} back.
     */
    @Test
    @EnabledIfSystemProperty(named = "poolson.exhaustive", matches = "true")
    void everyCountOfThousandthsBelow10To10() {
        AtomicLong mismatches = new AtomicLong();
        AtomicLong first = new AtomicLong(-1);
        long start = System.nanoTime();
        LongStream.range(0, 10_000_000_000L).parallel().forEach(m -> {
            double d = m / 1000.0;
            if (!Double.toString(d).equals(expected(m)) || Thousandths.of(d) != m) {
                mismatches.incrementAndGet();
                first.compareAndSet(-1, m);
            }
        });
        System.out.printf("ThousandthsTest exhaustive: java.version=%s, m in [0, 10^10): %d mismatches (first m: %d), %.0f s%n",
                System.getProperty("java.version"), mismatches.get(), first.get(), (System.nanoTime() - start) / 1e9);
        assertEquals(0, mismatches.get(), "first mismatch at m = " + first.get());
    }

    /** What Thousandths writes for m, checked against the JDK, and m itself. */
    private void assertSameAsJdk(long m) {
        double d = m / 1000.0;
        String jdk = Double.toString(d);
        if (m == 0) {
            assertEquals(0, Thousandths.of(d));
        } else {
            assertEquals(m, Thousandths.of(d), jdk);
        }
        assertEquals(jdk, written(m), "thousandths " + m);
        assertEquals(expected(m), written(m), "thousandths " + m);
    }

    /** Thousandths.write's text, through the character output the serializer uses for toJson. */
    private String written(long m) {
        out.reset();
        Thousandths.write(m, out);
        return out.result();
    }

    /**
     * An independent statement of the rule, by text: the digits of |m| with a point before the
     * last three (padded to "0.00x"), trailing zeros dropped down to one fraction digit.
     */
    private static String expected(long m) {
        String digits = Long.toString(Math.abs(m));
        while (digits.length() < 4) {
            digits = "0" + digits;
        }
        String s = digits.substring(0, digits.length() - 3) + "." + digits.substring(digits.length() - 3);
        while (s.endsWith("0") && s.charAt(s.length() - 2) != '.') {
            s = s.substring(0, s.length() - 1);
        }
        return (m < 0 ? "-" : "") + s;
    }
}
