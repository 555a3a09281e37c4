package io.poolson.serializer.jackson.internal;

import io.poolson.serializer.MapSerializer;

/**
 * The two poolson serializers the Jackson integrations write with, shared by every mapper (each
 * owns its pools of buffers): they differ only in how UTF-8 output writes a surrogate pair, which
 * the generator's {@code COMBINE_UNICODE_SURROGATES_IN_UTF8} feature decides (off by default in
 * Jackson 2, on in Jackson 3). Thread-safe.
 */
public final class PoolsonWriters {
    private static final MapSerializer ESCAPING = MapSerializer.builder().build();
    private static final MapSerializer COMBINING = MapSerializer.builder().combineSurrogatePairs(true).build();

    private PoolsonWriters() {
    }

    /** The serializer matching a generator that does (true) or does not combine surrogate pairs. */
    public static MapSerializer forSurrogatePairs(boolean combine) {
        return combine ? COMBINING : ESCAPING;
    }

    /**
     * How many documents the Jackson integrations have had poolson write so far: the borrows from
     * both serializers' character and UTF-8 pools, which only those integrations use. What tells
     * "poolson wrote it" from "Jackson wrote it", which equal output cannot (the tests and the
     * benchmarks' setup checks compare it before and after a write). Exact while one thread writes.
     */
    public static long documentsWritten() {
        long n = 0;
        for (MapSerializer s : new MapSerializer[] {ESCAPING, COMBINING}) {
            n += s.charPoolStats().gets() + s.bytePoolStats().gets();
        }
        return n;
    }
}
