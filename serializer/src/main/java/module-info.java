/**
 * poolson's serializer: {@code Map} to JSON on pooled buffers, byte for byte what Jackson 2's default
 * {@code ObjectMapper} writes. Entry points: {@link io.poolson.serializer.Serializer} (defaults) and
 * {@link io.poolson.serializer.MapSerializer} (configured instances).
 */
module io.poolson.serializer {
    // transitive: PoolStats appears in this module's API (the pool statistics accessors)
    requires transitive io.poolson.pool;
    exports io.poolson.serializer;
}
