package io.poolson.serializer;

/**
 * The {@link CharArrayJsonOutput} a pooled {@link CharJsonOutput} widens into, with 64 bytes of
 * padding after all of its fields, so that the write position it stores on every token cannot share
 * a cache line with the object the collector places after it, another thread's writer say (see
 * {@link JsonOutput}). The padding is a subclass of its own because HotSpot lays out a class's longs
 * ahead of its other fields: declared in {@code CharArrayJsonOutput}, it would land in front of the
 * write position, which was measured not to help.
 *
 * <p>Not thread-safe, like every output.
 */
final class PaddedCharArrayJsonOutput extends CharArrayJsonOutput {
    /** Keeps the fields above off the next object's cache line. */
    @SuppressWarnings("unused")
    private long pad0, pad1, pad2, pad3, pad4, pad5, pad6, pad7;
}
