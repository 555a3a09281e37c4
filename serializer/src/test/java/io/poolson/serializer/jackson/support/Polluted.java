package io.poolson.serializer.jackson.support;

import java.util.List;
import java.util.Map;

/**
 * A bean whose generic map properties hold what their declared types forbid (heap pollution through
 * raw casts): Jackson applies the declared types statically and fails (or not) its own way, and the
 * module must do exactly the same.
 */
public final class Polluted {
    public Map<String, List<String>> lists;
    public Map<String, Map<String, Integer>> maps;
    public Map<String, String> strings;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Polluted() {
        lists = (Map) Map.of("l", List.of("a", 1));
        maps = (Map) Map.of("m", Map.of("x", "not an int"));
        strings = (Map) Map.of("s", 2);
    }

    /** One polluted property at a time, so each failure (or success) is compared separately. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static List<Object> each() {
        Polluted a = new Polluted();
        a.maps = Map.of();
        a.strings = Map.of();
        Polluted b = new Polluted();
        b.lists = Map.of();
        b.strings = Map.of();
        Polluted c = new Polluted();
        c.lists = Map.of();
        c.maps = Map.of();
        return List.of(a, b, c);
    }
}
