package io.poolson.bench.pool;

/**
 * The one piece of work every pool contender does with a borrowed {@link StringBuilder}, so that
 * the benchmarks differ only in how the builder is obtained and given back.
 *
 * <p>Each borrow is: obtain a builder, {@link #reset reset} it once (where the contender resets is
 * its own business: poolson's reset hook on {@code put}, the others explicitly), {@link #use use}
 * it, return it. Stateless and thread-safe.
 */
public final class BuilderWork {

    /** Initial capacity of every pooled builder: the seeds' {@code make([]byte, 1024)}. */
    public static final int CAPACITY = 1024;

    private BuilderWork() {
    }

    /** A new, empty builder of {@link #CAPACITY} characters: every contender's factory. */
    public static StringBuilder newBuilder() {
        return new StringBuilder(CAPACITY);
    }

    /** Empties {@code sb}, keeping its capacity. */
    public static void reset(StringBuilder sb) {
        sb.setLength(0);
    }

    /**
     * Appends one character and returns the new length; the return value reaches a JMH sink so that
     * neither the borrow nor the builder is dead code.
     */
    public static int use(StringBuilder sb) {
        sb.append('x');
        return sb.length();
    }
}
