package io.poolson.serializer.jackson.support;

import io.poolson.serializer.MapSerializer;
import io.poolson.serializer.jackson.internal.PoolsonWriters;

/**
 * Counts how often the Jackson integrations wrote with poolson (the borrows from the shared
 * serializers' pools), so a test can tell "poolson wrote it" from "Jackson wrote it": equal output
 * alone cannot. Exact while one thread writes.
 */
public final class PoolsonUse {
    private PoolsonUse() {
    }

    /** Borrows so far from both shared serializers' character and UTF-8 pools. */
    public static long writes() {
        long n = 0;
        for (boolean combine : new boolean[] {false, true}) {
            MapSerializer s = PoolsonWriters.forSurrogatePairs(combine);
            n += s.charPoolStats().gets() + s.bytePoolStats().gets();
        }
        return n;
    }
}
