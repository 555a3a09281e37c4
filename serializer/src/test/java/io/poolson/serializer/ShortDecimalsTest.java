package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link ShortDecimals}: the doubles it recognizes are written exactly as {@code Double.toString}
 * of the running JDK writes them (whether or not the serializer uses the class on that JDK), and it
 * recognizes the double nearest to every decimal of its domain: at most nine significant digits,
 * none below 10^-22, {@code x < 10^18}.
 *
 * <p>Every build samples the domain on the JDK it runs on: two million random decimals spread
 * over its 40 decades, and every decimal of up to four digits. The exhaustive mode compares every
 * positive decimal of the domain, 28,899,999,999 (the sign is written apart by both sides; 41
 * minutes on 2 cores on JDK 17, result in {@code bench/results}):
 * {@code mvn -o test -pl serializer -Dtest=ShortDecimalsTest -Dpoolson.exhaustive=true}.
 */
class ShortDecimalsTest {
    private static final int MIN_E = -22;
    private static final int MAX_E = 17;

    /** 10^0 to 10^22, exact, parsed (not computed) so that the test shares no code with the class. */
    private static final double[] POW10 = new double[23];

    static {
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = Double.parseDouble("1e" + i);
        }
    }

    /** One output per test method (JUnit makes an instance per method), reset before each use. */
    private final CharJsonOutput out = new PaddedCharJsonOutput();

    @Test
    void randomDecimalsOfEveryDecadeAreDoubleToString() {
        SplittableRandom r = new SplittableRandom(20261201);
        for (int i = 0; i < 2_000_000; i++) {
            int e = r.nextInt(MIN_E, MAX_E + 1);
            int k = exponentOfLastDigit(e);
            long m = r.nextLong(firstM(e, k), lastM(e, k) + 1);
            assertSameAsJdk(i % 2 == 0 ? m : -m, k);
        }
    }

    @Test
    void everyDecimalOfUpToFourDigitsIsDoubleToString() {
        for (int e = MIN_E; e <= MAX_E; e++) {
            int k = exponentOfLastDigit(e);
            long step = Math.max(1, LongPow.of(Math.max(0, e - k - 3)));
            for (long m = firstM(e, k); m <= lastM(e, k); m += step) {
                assertSameAsJdk(m, k);
                assertSameAsJdk(-m, k);
            }
        }
    }

    @Test
    void theEndsOfTheDomainAndOfEachNotation() {
        assertWritten("1.0E-22", 1e-22);
        assertWritten("9.99999999E17", 9.99999999e17);
        assertWritten("1.0E17", 1e17);
        assertWritten("1.23456789E17", 1.23456789e17);
        assertWritten("0.001", 0.001);                 // plain from 10^-3
        assertWritten("9.99999999E-4", 9.99999999e-4); // exponent notation below it
        assertWritten("-1.0E-4", -1e-4);
        assertWritten("9999999.99", 9999999.99);       // plain below 10^7
        assertWritten("1.0E7", 1e7);                   // exponent notation from 10^7
        assertWritten("1.2345678E7", 12345678.0);
        assertWritten("52.520008", 52.520008);
        assertWritten("-122.419416", -122.419416);
        assertWritten("1.0E-7", 1.0E-7);
        assertWritten("1.2345E-9", 1.2345e-9);
        assertWritten("100.0", 100.0);
        assertWritten("0.5", 0.5);
        assertWritten("0.012345678", 0.012345678);
        assertEquals(ShortDecimals.NONE, ShortDecimals.of(1e18), "10^18: JDK 17 is not shortest from here on");
        assertEquals(ShortDecimals.NONE, ShortDecimals.of(9.43608079E18), "JDK 17 writes 9.436080790000001E18");
        assertEquals(ShortDecimals.NONE, ShortDecimals.of(Math.nextDown(1e-22)));
        assertEquals(ShortDecimals.NONE, ShortDecimals.of(1.2345678901), "ten digits");
        assertEquals(ShortDecimals.NONE, ShortDecimals.of(Math.nextUp(52.520008)));
        assertEquals(ShortDecimals.NONE, ShortDecimals.of(Math.PI));
        assertEquals(ShortDecimals.NONE, ShortDecimals.of(6.02214076E23), "above 10^18");
        assertEquals(ShortDecimals.NONE, ShortDecimals.of(0.0));
        assertEquals(ShortDecimals.NONE, ShortDecimals.of(-0.0));
        for (double d : DoubleEdges.FOR_THE_JDK) {
            assertEquals(ShortDecimals.NONE, ShortDecimals.of(d), Double.toString(d));
        }
    }

    /**
     * Jackson's surprise on JDK 17, kept: from 10^18 up {@code FloatingDecimal} is not the shortest
     * even for nine-digit decimals, and poolson writes what Jackson writes, not the shorter text.
     */
    @Test
    void jdk17sLongerTextAbove10To18IsWrittenAsJacksonWritesIt() {
        double d = 9.43608079E18;
        String expected = Runtime.version().feature() < 19 ? "9.436080790000001E18" : "9.43608079E18";
        assertEquals(expected, Double.toString(d));
        JacksonOracle.assertDoubleWrittenAsJackson(d);
    }

    /** Near every power of ten the decimal exponent is found, from both sides. */
    @Test
    void powersOfTenAndTheirNeighbours() {
        for (int e = MIN_E; e <= MAX_E; e++) {
            double p = Double.parseDouble("1e" + e);
            assertWritten(Double.toString(p), p);
            assertWritten(Double.toString(-p), -p);
            // Nine digits where the last one stays at 10^-22 or above (the domain's lower end).
            if (e - 9 >= MIN_E) {
                double below = Double.parseDouble("9.99999999e" + (e - 1));
                assertWritten(Double.toString(below), below);
            }
            if (e - 8 >= MIN_E) {
                double above = Double.parseDouble("1.00000001e" + e);
                assertWritten(Double.toString(above), above);
            }
            assertEquals(ShortDecimals.NONE, ShortDecimals.of(Math.nextUp(p)), "next double after 1e" + e);
        }
    }

    @Test
    void arbitraryDoublesAreRecognizedOnlyWhenTheyAreShortDecimals() {
        for (double d : DoubleEdges.arbitrary().toArray()) {
            long packed = ShortDecimals.of(d);
            if (packed != ShortDecimals.NONE) {
                String text = written(packed, d < 0);
                assertEquals(Double.toString(d), text);
                assertTrue(new BigDecimal(text.replace("E", "e")).precision() <= 9, text);
            }
        }
    }

    @Test
    void everyOutputWritesThemAsJacksonDoes() {
        double[] ds = {52.520008, -122.419416, 1.0E-7, 1.2345e-9, -4.5e-5, 12345678.0, 9.99999999e17, 1e-22, 0.012345678};
        for (double d : ds) {
            assertNotEquals(ShortDecimals.NONE, ShortDecimals.of(d), Double.toString(d));
            JacksonOracle.assertDoubleWrittenAsJackson(d);
        }
    }

    /**
     * Every positive decimal of the domain: {@code Double.toString} of its nearest double is the
     * decimal as {@link #expected} states it, and {@link ShortDecimals#of} gives it back.
     */
    @Test
    @EnabledIfSystemProperty(named = "poolson.exhaustive", matches = "true")
    void everyDecimalOfTheDomain() {
        ThreadLocal<CharJsonOutput> outputs = ThreadLocal.withInitial(PaddedCharJsonOutput::new);
        AtomicLong mismatches = new AtomicLong();
        AtomicReference<String> first = new AtomicReference<>();
        long checked = 0;
        long start = System.nanoTime();
        for (int e = MIN_E; e <= MAX_E; e++) {
            int k = exponentOfLastDigit(e);
            LongStream.rangeClosed(firstM(e, k), lastM(e, k)).parallel().forEach(m -> {
                double d = nearest(m, k);
                long packed = ShortDecimals.of(d);
                // expected(m, k) states the rule independently but is too slow for 10^10 calls: the
                // sampled tests hold it to the JDK and to this class; here the JDK is held to this class.
                boolean ok = packed == packed(m, k) && Double.toString(d).equals(written(outputs.get(), packed, false));
                if (!ok) {
                    mismatches.incrementAndGet();
                    first.compareAndSet(null, m + "e" + k);
                }
            });
            checked += lastM(e, k) - firstM(e, k) + 1;
            System.out.printf("ShortDecimalsTest exhaustive: decade 1e%d done, %d mismatches so far, %.0f s%n",
                    e, mismatches.get(), (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("ShortDecimalsTest exhaustive: java.version=%s, %d decimals of 1 to 9 digits in [1e-22, 1e18): %d mismatches (first: %s), %.0f s%n",
                System.getProperty("java.version"), checked, mismatches.get(), first.get(), (System.nanoTime() - start) / 1e9);
        assertEquals(0, mismatches.get(), "first mismatch at " + first.get());
    }

    /** The exponent of the last digit {@code of} uses in decade {@code e}: nine digits, k >= -22. */
    private static int exponentOfLastDigit(int e) {
        return Math.max(e - 8, -22);
    }

    /** The smallest m with m·10^k in decade e. */
    private static long firstM(int e, int k) {
        return LongPow.of(e - k);
    }

    /** The largest m with m·10^k in decade e. */
    private static long lastM(int e, int k) {
        return LongPow.of(e - k + 1) - 1;
    }

    /** The double nearest to m·10^k: one correctly rounded operation on exact doubles. */
    private static double nearest(long m, int k) {
        return k >= 0 ? m * POW10[k] : m / POW10[-k];
    }

    private static long packed(long m, int k) {
        return m << 6 | (k + 22);
    }

    private void assertSameAsJdk(long m, int k) {
        double d = m < 0 ? -nearest(-m, k) : nearest(m, k);
        assertEquals(Double.parseDouble(m + "e" + k), d, "Clinger's fast path is correctly rounded");
        String jdk = Double.toString(d);
        long packed = ShortDecimals.of(d);
        assertEquals(packed(Math.abs(m), k), packed, jdk);
        assertEquals(jdk, written(packed, m < 0), m + "e" + k);
        assertEquals(expected(m, k), jdk, m + "e" + k);
    }

    private void assertWritten(String expected, double d) {
        long packed = ShortDecimals.of(d);
        assertNotEquals(ShortDecimals.NONE, packed, expected);
        assertEquals(expected, written(packed, d < 0));
        assertEquals(Double.toString(d), expected);
    }

    /** ShortDecimals.write's text, through the character output the serializer uses for toJson. */
    private String written(long packed, boolean negative) {
        return written(out, packed, negative);
    }

    private static String written(CharJsonOutput out, long packed, boolean negative) {
        out.reset();
        ShortDecimals.write(packed, negative, out);
        return out.result();
    }

    /**
     * An independent statement of the rule, by text through {@link BigDecimal}: the digits without
     * trailing zeros (at least one after the point), plain for {@code 10^-3 <= |x| < 10^7}, else
     * one digit, the point, the others and {@code E} with the exponent.
     */
    private static String expected(long m, int k) {
        BigDecimal x = BigDecimal.valueOf(m, -k).stripTrailingZeros();
        String digits = x.unscaledValue().abs().toString();
        int e = digits.length() - 1 - x.scale();
        String sign = m < 0 ? "-" : "";
        if (e >= -3 && e < 7) {
            String plain = x.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        return sign + digits.charAt(0) + "." + (digits.length() == 1 ? "0" : digits.substring(1)) + "E" + e;
    }

    /** 10^i as a long. */
    private static final class LongPow {
        static long of(int i) {
            long p = 1;
            for (int j = 0; j < i; j++) {
                p *= 10;
            }
            return p;
        }
    }
}
