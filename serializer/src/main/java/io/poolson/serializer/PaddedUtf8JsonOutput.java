package io.poolson.serializer;

/**
 * The pooled {@link Utf8JsonOutput}: the same output with 64 bytes of padding after all of its
 * fields, so that no field it stores or reads on every token shares a cache line with the object
 * the collector places after it (see {@link JsonOutput}). Not thread-safe, like every output.
 */
final class PaddedUtf8JsonOutput extends Utf8JsonOutput {
    /** Keeps every field above off the next object's cache line. */
    @SuppressWarnings("unused")
    private long pad0, pad1, pad2, pad3, pad4, pad5, pad6, pad7;

    PaddedUtf8JsonOutput(boolean combineSurrogatePairs) {
        super(combineSurrogatePairs);
    }
}
