package io.poolson.serializer;

import java.util.Arrays;

/**
 * The index of a writer's bounded memo of map keys to their encoded {@code "key":} form, so that a key
 * seen before costs a hash probe and one bulk copy instead of an escape scan. The forms themselves
 * live in an arena array owned by the writer (bytes or chars, whichever it writes); this class hands
 * out arena ranges and finds them again.
 *
 * <p>Open addressing on {@code String.hashCode()} (cached inside each String), probing at most
 * {@link #PROBES} neighbouring slots. Each slot's hash and arena range are packed in one {@code long}
 * and the forms sit side by side in the arena, so a hit costs few dependent memory loads, which is
 * what bounds large maps. A hit needs the same String object or an equal one, so keys that are new
 * objects every call still hit. Entries are only added, never replaced: a map with more keys than fit
 * settles on a fixed subset instead of evicting and re-encoding on every call. Memory is bounded by
 * {@link #SLOTS} and {@link #ARENA}. When the cache stops paying (more than 7/8 misses over a window of
 * lookups, e.g. the workload changed) it is cleared and refills with the keys now in use.
 *
 * <p>Not thread-safe: it lives in a pooled writer, owned by one call at a time.
 */
final class KeyCache {
    private static final int SLOT_BITS = 11;
    static final int SLOTS = 1 << SLOT_BITS;
    static final int PROBES = 4;
    /** Arena size in bytes or chars. */
    static final int ARENA = 16 * 1024;
    /** Longer keys are rare and cost more to hold than to encode. */
    static final int MAX_KEY_LENGTH = 64;
    private static final int LENGTH_BITS = 12;
    private static final int WINDOW = 8192;

    /** Per slot: key hash in the high 32 bits, arena offset and form length in the low 32. */
    private final long[] slots = new long[SLOTS];
    private final String[] keys = new String[SLOTS];
    private int arenaUsed;
    private int lookups;
    private int misses;

    /** Fibonacci hashing: keys like "key1", "key2" have near-consecutive hashes that must not cluster. */
    private static int home(int h) {
        return (h * 0x9E3779B9) >>> (32 - SLOT_BITS);
    }

    /** The arena range of {@code key}'s form (see {@link #offset}, {@link #length}), or -1 if not cached. */
    int find(String key) {
        if (++lookups == WINDOW) {
            age();
        }
        int h = key.hashCode();
        int i = home(h);
        for (int p = 0; p < PROBES; p++, i = (i + 1) & (SLOTS - 1)) {
            String k = keys[i];
            if (k == null) {
                misses++;
                return -1; // entries are never removed one by one, so the key is not further on
            }
            long slot = slots[i];
            if ((int) (slot >>> 32) == h && (k == key || k.equals(key))) {
                return (int) slot;
            }
        }
        misses++;
        return -1;
    }

    static int offset(int range) {
        return range >>> LENGTH_BITS;
    }

    static int length(int range) {
        return range & ((1 << LENGTH_BITS) - 1);
    }

    /**
     * Records {@code key} with a form of {@code length} units and returns the arena offset the caller
     * must copy the form to, or -1 when it is not cached (too long, arena full, no free slot).
     */
    int reserve(String key, int length) {
        if (key.length() > MAX_KEY_LENGTH || arenaUsed + length > ARENA) {
            return -1;
        }
        int h = key.hashCode();
        int i = home(h);
        for (int p = 0; p < PROBES; p++, i = (i + 1) & (SLOTS - 1)) {
            if (keys[i] == null) {
                int offset = arenaUsed;
                keys[i] = key;
                slots[i] = ((long) h << 32) | ((long) offset << LENGTH_BITS) | length;
                arenaUsed += length;
                return offset;
            }
        }
        return -1;
    }

    private void age() {
        if (misses > WINDOW - WINDOW / 8) {
            Arrays.fill(keys, null);
            arenaUsed = 0;
        }
        lookups = 0;
        misses = 0;
    }
}
