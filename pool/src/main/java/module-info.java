/**
 * poolson's pool: a {@code sync.Pool} for the JVM. See {@link io.poolson.pool.Pool}.
 */
module io.poolson.pool {
    // The GC clock asks, once, on a background thread, which collector runs, and under generational
    // ZGC, whose minor collections a Cleaner does not see, ticks on GC notifications (see GcClock).
    // A Java SE module, in every JDK.
    requires java.management;

    exports io.poolson.pool;
    // Padding the serializer's pooled writers share with the stripes; not an API.
    exports io.poolson.pool.internal to io.poolson.serializer;
}
