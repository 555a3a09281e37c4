package io.poolson.serializer;

/**
 * The {@link KeyCache} every output creates: the same index with 64 bytes of padding after all of
 * its fields (and, from {@link io.poolson.pool.internal.LeadingPadding}, 128 ahead of them). Its
 * cursor is stored on every key, so, like the outputs (see {@link JsonOutput}), it must not share a
 * cache line with an object of another thread, or one every thread reads, that a collection copies
 * next to it. Not thread-safe, like the cache.
 */
final class PaddedKeyCache extends KeyCache {
    /** Keeps every field above off the next object's cache line. */
    @SuppressWarnings("unused")
    private long pad0, pad1, pad2, pad3, pad4, pad5, pad6, pad7;
}
