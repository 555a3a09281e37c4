package io.poolson.serializer.jackson.support;

import java.util.List;
import java.util.Map;

/**
 * A plain bean with a {@code Map} inside: what a Jackson user writes. Public fields, so Jackson 2
 * and 3 serialize it without annotations (Jackson 3 sorts them alphabetically, Jackson 2 does not:
 * each version is compared only with itself).
 */
public final class Pojo {
    public String name;
    public int count;
    public Map<String, Object> attributes;
    public List<Object> items;

    public Pojo(String name, int count, Map<String, Object> attributes, List<Object> items) {
        this.name = name;
        this.count = count;
        this.attributes = attributes;
        this.items = items;
    }

    @Override
    public String toString() {
        return "Pojo[" + name + ", " + count + ", " + attributes + ", " + items + "]";
    }
}
