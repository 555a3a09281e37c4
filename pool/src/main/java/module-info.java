/**
 * poolson's pool: a {@code sync.Pool} for the JVM. See {@link io.poolson.pool.Pool}.
 */
module io.poolson.pool {
    exports io.poolson.pool;
}
