package io.poolson.bench;

/**
 * Puts a benchmark's heap in the state of a long-running service: pools and the objects they keep
 * in the old generation.
 *
 * <p>Why it matters: a benchmark that allocates nothing per operation never triggers a
 * collection, so everything it created stays young for the whole run. G1's write barrier skips
 * its expensive part (a StoreLoad fence and a card check) for stores into young objects, so a pool
 * that stores references into long-lived slots looks cheaper there than in a service, where slots
 * and pooled objects are old after the first collections. Called before every iteration (outside
 * the measurement), so every iteration after the first warm-up one measures old objects. Meant
 * for a {@code Level.Iteration} setup, which JMH runs once per iteration, outside the measurement.
 */
public final class LongLivedHeap {

    private LongLivedHeap() {
    }

    /** A full collection: with G1 and the serial and parallel collectors, survivors end up old. */
    public static void promote() {
        System.gc();
    }
}
