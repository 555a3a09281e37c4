/**
 * poolson's serializer: {@code Map} to JSON on pooled buffers, byte for byte what Jackson 2's default
 * {@code ObjectMapper} writes. Entry points: {@link io.poolson.serializer.Serializer} (defaults) and
 * {@link io.poolson.serializer.MapSerializer} (configured instances). Optional Jackson 2 and Jackson 3
 * integrations live in {@code io.poolson.serializer.jackson} and {@code io.poolson.serializer.jackson3}.
 */
module io.poolson.serializer {
    // transitive: PoolStats appears in this module's API (the pool statistics accessors)
    requires transitive io.poolson.pool;

    // Optional: only the io.poolson.serializer.jackson(3) packages use them.
    requires static com.fasterxml.jackson.core;
    requires static com.fasterxml.jackson.databind;
    requires static tools.jackson.core;
    requires static tools.jackson.databind;

    exports io.poolson.serializer;
    exports io.poolson.serializer.jackson;
    exports io.poolson.serializer.jackson3;

    // No "provides" for the Jackson modules: a service type from a "requires static" module makes
    // resolution fail whenever that module is absent ("does not read a module that exports
    // com.fasterxml.jackson.databind"), i.e. for every user without Jackson. ServiceLoader discovery
    // (findAndRegisterModules / findAndAddModules) therefore works on the class path, through
    // META-INF/services; on the module path, register PoolsonModule explicitly.
}
