package io.poolson.serializer;

import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * Doubles for the fast paths' tests: those that no fast path of poolson's may take (they go to
 * {@code Double.toString}, or are quoted), and arbitrary ones, which a fast path must either refuse
 * or write exactly.
 */
final class DoubleEdges {
    /** Not finite, the extremes, and the sum whose decimal is 17 digits long. */
    static final double[] FOR_THE_JDK = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2,
    };

    private DoubleEdges() {
    }

    /**
     * A million arbitrary doubles, the same on every run: every other one a random bit pattern
     * (any exponent, NaNs and infinities included), the others uniform in (-2*10^7, 2*10^7), where
     * the fast paths' domains lie.
     */
    static DoubleStream arbitrary() {
        SplittableRandom r = new SplittableRandom(7);
        return IntStream.range(0, 1_000_000)
                .mapToDouble(i -> i % 2 == 0 ? Double.longBitsToDouble(r.nextLong()) : r.nextDouble(-2e7, 2e7));
    }
}
