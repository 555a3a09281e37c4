/**
 * poolson's pool: a {@code sync.Pool} for the JVM. See {@link io.poolson.pool.Pool}.
 */
module io.poolson.pool {
    exports io.poolson.pool;
    // Padding the serializer's pooled writers share with the stripes; not an API.
    exports io.poolson.pool.internal to io.poolson.serializer;
}
