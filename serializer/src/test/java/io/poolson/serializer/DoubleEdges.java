package io.poolson.serializer;

/** Doubles that no fast path of poolson's may take: they go to {@code Double.toString}, or are quoted. */
final class DoubleEdges {
    /** Not finite, the extremes, and the sum whose decimal is 17 digits long. */
    static final double[] FOR_THE_JDK = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2,
    };

    private DoubleEdges() {
    }
}
