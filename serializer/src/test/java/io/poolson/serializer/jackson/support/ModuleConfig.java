package io.poolson.serializer.jackson.support;

/**
 * One mapper configuration under which the module must not change a byte: the same mapper built
 * without and with the module ({@link #plain}, {@link #pooled}), and the writers the scenarios use
 * ({@link #without}, {@link #with}: the mappers themselves, or {@code ObjectWriter}s made from them).
 * Built by each version's {@code MapperConfigs}. Immutable; the mappers are thread-safe.
 */
public final class ModuleConfig {
    public final String name;
    public final Mapper plain;
    public final Mapper pooled;
    public final JsonWriter without;
    public final JsonWriter with;

    public ModuleConfig(String name, Mapper plain, Mapper pooled, JsonWriter without, JsonWriter with) {
        this.name = name;
        this.plain = plain;
        this.pooled = pooled;
        this.without = without;
        this.with = with;
    }

    @Override
    public String toString() {
        return name;
    }
}
