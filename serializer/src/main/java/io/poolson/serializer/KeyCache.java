package io.poolson.serializer;

/**
 * A writer's bounded memo of map keys to their encoded {@code "key":} form, so that a key seen before
 * costs a hash probe and a bulk copy instead of an escape scan.
 *
 * <p>Direct-mapped on {@code String.hashCode()} (cached inside each String). A hit needs the same
 * String object or an equal one, so keys that are new objects every call still hit. A slot is filled
 * only while empty: a map with more keys than slots settles on a fixed subset instead of evicting and
 * re-encoding (which would allocate) on every call. Memory is bounded by {@link #SLOTS} and by a
 * budget of cached chars. When the cache stops paying (hit rate below 1/8 over a window of lookups,
 * e.g. the workload changed) it is cleared and refills with the new keys.
 *
 * <p>Not thread-safe: it lives in a pooled writer, owned by one call at a time.
 *
 * @param <E> the encoded form: {@code String} for character output, {@code byte[]} for UTF-8
 */
final class KeyCache<E> {
    static final int SLOTS = 512;
    /** Longer keys are rare and cost more to hold than to encode. */
    static final int MAX_KEY_LENGTH = 64;
    private static final int CHAR_BUDGET = 16 * 1024;
    private static final int WINDOW = 4096;

    private final String[] keys = new String[SLOTS];
    private final Object[] encoded = new Object[SLOTS];
    private int charsHeld;
    private int lookups;
    private int hits;

    private static int slot(String key) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }

    /** The encoded form of {@code key}, or null when it is not cached. */
    @SuppressWarnings("unchecked")
    E get(String key) {
        int i = slot(key);
        String cached = keys[i];
        if (++lookups == WINDOW) {
            age();
        }
        if (cached == key || (cached != null && cached.equals(key))) {
            hits++;
            return (E) encoded[i];
        }
        return null;
    }

    /** Offers the encoded form of a key that just missed; kept only if its slot is free and it fits. */
    void offer(String key, E form) {
        int i = slot(key);
        int cost = key.length() * 2;
        if (keys[i] == null && key.length() <= MAX_KEY_LENGTH && charsHeld + cost <= CHAR_BUDGET) {
            keys[i] = key;
            encoded[i] = form;
            charsHeld += cost;
        }
    }

    boolean wants(String key) {
        return key.length() <= MAX_KEY_LENGTH && keys[slot(key)] == null && charsHeld < CHAR_BUDGET;
    }

    private void age() {
        if (hits < WINDOW / 8) {
            java.util.Arrays.fill(keys, null);
            java.util.Arrays.fill(encoded, null);
            charsHeld = 0;
        }
        lookups = 0;
        hits = 0;
    }
}
