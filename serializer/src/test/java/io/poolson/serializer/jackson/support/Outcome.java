package io.poolson.serializer.jackson.support;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one write produced: its output (a {@code String} or {@code byte[]}) or the type of the
 * exception it threw, so that two configurations can be compared on both. Messages are not
 * compared: the promise is the exception type.
 */
public final class Outcome {
    private final Object output;
    private final Class<?> failure;

    private Outcome(Object output, Class<?> failure) {
        this.output = output;
        this.failure = failure;
    }

    /** Runs {@code write}, capturing its result or the class of what it threw. */
    public static Outcome of(Write write) {
        try {
            return new Outcome(write.run(), null);
        } catch (Exception e) {
            return new Outcome(null, e.getClass());
        }
    }

    public boolean failed() {
        return failure != null;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Outcome)) {
            return false;
        }
        Outcome that = (Outcome) o;
        return Objects.equals(failure, that.failure) && Objects.deepEquals(output, that.output);
    }

    @Override
    public int hashCode() {
        return Objects.hash(failure, output instanceof byte[] ? Arrays.hashCode((byte[]) output) : output);
    }

    @Override
    public String toString() {
        if (failure != null) {
            return "threw " + failure.getName();
        }
        return output instanceof byte[] ? "bytes " + new String((byte[]) output, java.nio.charset.StandardCharsets.UTF_8) : "string " + output;
    }

    /** A write that returns its output. */
    @FunctionalInterface
    public interface Write {
        Object run() throws Exception;
    }
}
