package io.poolson.serializer;

import io.poolson.pool.internal.LeadingPadding;

import java.util.Arrays;

/**
 * The index of a writer's bounded memo of map keys to their encoded {@code "key":} form, so that a key
 * seen before costs a probe and one bulk copy instead of an escape scan. The forms themselves live in
 * an arena array owned by the writer (bytes or chars, whichever it writes); this class hands out arena
 * ranges and finds them again.
 *
 * <p>Two ways to find a key, cheapest first:
 * <ol>
 * <li><b>Sequence prediction.</b> Keys are recorded in the order they were first written, and a
 *     cursor predicts that the next key is the one that followed last time. Serializing maps of the
 *     same shape again (the same key objects in the same iteration order, nested maps included) then
 *     costs one identity comparison per key, reading the order and the arena front to back: no hash,
 *     no random access, which is what bounds large maps.</li>
 * <li><b>Hash table.</b> Open addressing on {@code String.hashCode()} (cached inside each String) with
 *     Fibonacci hashing (keys like "key1", "key2" have near-consecutive hashes that must not
 *     cluster), probing at most {@link #PROBES} slots. A hit needs the same String object or an equal
 *     one, so keys that are new objects every call still hit, and re-aims the cursor.</li>
 * </ol>
 * Entries are only added, never replaced: a map with more keys than fit settles on a fixed subset
 * instead of evicting and re-encoding on every call. The table starts small and doubles as keys
 * arrive, up to {@link #MAX_SLOTS}; the arena likewise (see {@link #grownArena}) up to {@link #ARENA}.
 * Growing matters because a writer is created on every pool miss (first use of a stripe, after two
 * collections, with retention cap 0 on every call): a writer that only ever sees ten keys should
 * not pay the ~40 KB the largest cache takes. When the cache stops paying (more than 7/8 misses over a window of lookups, e.g. the
 * workload changed) it is cleared and refills with the keys now in use.
 *
 * <p>Abstract only so that it is always created as a {@link PaddedKeyCache}. Not thread-safe: it
 * lives in a pooled writer, owned by one call at a time.
 */
abstract class KeyCache extends LeadingPadding {
    private static final int MIN_SLOT_BITS = 5;
    private static final int MAX_SLOT_BITS = 11;
    static final int MAX_SLOTS = 1 << MAX_SLOT_BITS;
    static final int PROBES = 4;
    /** At most this many keys are cached: half the slots, so probe chains stay short. */
    static final int CAPACITY = MAX_SLOTS / 2;
    /** Largest arena, in bytes or chars. */
    static final int ARENA = 16 * 1024;
    /** Arena a writer starts with: room for the forms of a few dozen short keys. */
    static final int INITIAL_ARENA = 512;
    /** Keys whose form is longer are not cached. */
    static final int MAX_FORM_LENGTH = (1 << 12) - 1;
    /** Longer keys are rare and cost more to hold than to encode. */
    static final int MAX_KEY_LENGTH = 64;
    private static final int LENGTH_BITS = 12;

    private static final int WINDOW = 8192;

    /** Per slot: key hash in the high 32 bits, the key's order index + 1 in the low 32 (0: empty). */
    private long[] slots = new long[1 << MIN_SLOT_BITS];
    /** {@code 32 - log2(slots.length)}: turns a Fibonacci-scrambled hash into a home slot. */
    private int shift = 32 - MIN_SLOT_BITS;
    /** Cached keys in the order they were added, and each one's arena range; half the slot count. */
    private String[] order = new String[slots.length / 2];
    private int[] ranges = new int[slots.length / 2];
    private int count;
    private int cursor;
    private int arenaUsed;
    private int lookups;
    private int misses;

    private int home(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /** Called at the start of each document: its first key is predicted to be the first recorded. */
    void rewind() {
        cursor = 0;
    }

    /** The arena range of {@code key}'s form (see {@link #offset}, {@link #length}), or -1 if not cached. */
    int find(String key) {
        int c = cursor;
        if (c < count && order[c] == key) {
            cursor = c + 1;
            return ranges[c];
        }
        return findInTable(key);
    }

    /*
     * The hash-table half of find, out of line: the prediction above is the common case, and a
     * find small enough to inline into the writers' key method (C2 refused the 193-byte whole now
     * and then, "callee is too large") saves a call per key.
     */
    private int findInTable(String key) {
        if (++lookups == WINDOW) {
            age();
        }
        long[] table = slots;
        int mask = table.length - 1;
        int h = key.hashCode();
        int i = home(h);
        for (int p = 0; p < PROBES; p++, i = (i + 1) & mask) {
            long slot = table[i];
            if (slot == 0) {
                break; // entries are never removed one by one, so the key is not further on
            }
            if ((int) (slot >>> 32) == h) {
                int index = (int) slot - 1;
                String k = order[index];
                if (k == key || k.equals(key)) {
                    cursor = index + 1;
                    return ranges[index];
                }
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
     * The arena length a writer should grow to when its arena of {@code current} units cannot hold a
     * form ending at {@code needed} (which {@link #reserve} keeps within {@link #ARENA}).
     */
    static int grownArena(int current, int needed) {
        return Math.min(ARENA, Math.max(current * 2, needed));
    }

    /**
     * Records {@code key} with a form of {@code length} units and returns the arena offset the caller
     * must copy the form to (growing its arena first, see {@link #grownArena}), or -1 when it is not
     * cached (too long, cache full, no free slot).
     */
    int reserve(String key, int length) {
        if (key.length() > MAX_KEY_LENGTH || length > MAX_FORM_LENGTH || arenaUsed + length > ARENA) {
            return -1;
        }
        if (count == order.length) {
            if (count == CAPACITY) {
                return -1;
            }
            grow();
        }
        int h = key.hashCode();
        int slot = freeSlot(slots, home(h));
        if (slot < 0) {
            return -1;
        }
        int offset = arenaUsed;
        order[count] = key;
        ranges[count] = (offset << LENGTH_BITS) | length;
        count++;
        cursor = count;
        slots[slot] = ((long) h << 32) | count;
        arenaUsed += length;
        return offset;
    }

    /** The first empty slot within {@link #PROBES} of {@code i}, or -1. */
    private static int freeSlot(long[] table, int i) {
        int mask = table.length - 1;
        for (int p = 0; p < PROBES; p++, i = (i + 1) & mask) {
            if (table[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Doubles the table and re-homes every entry. An entry that finds no free slot within the probe
     * limit stays in the order (sequence prediction still finds it) but leaves the hash table.
     */
    private void grow() {
        long[] old = slots;
        long[] table = new long[old.length * 2];
        shift--;
        for (long entry : old) {
            if (entry != 0) {
                int slot = freeSlot(table, home((int) (entry >>> 32)));
                if (slot >= 0) {
                    table[slot] = entry;
                }
            }
        }
        slots = table;
        order = Arrays.copyOf(order, table.length / 2);
        ranges = Arrays.copyOf(ranges, table.length / 2);
    }

    /** Slots in the hash table now (for tests: the cache's size follows its use). */
    int tableSize() {
        return slots.length;
    }

    private void age() {
        if (misses > WINDOW - WINDOW / 8) {
            Arrays.fill(slots, 0);
            Arrays.fill(order, null);
            count = 0;
            cursor = 0;
            arenaUsed = 0;
        }
        lookups = 0;
        misses = 0;
    }
}
