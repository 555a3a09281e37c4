package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random sequences of get / put / clear / rotation on one thread, checked against a model of
 * what the pool may hold: the home stripe's primary cache (owned and private slots plus shared chain,
 * bounded) and the victim cache.
 */
class PoolModelProperties {

    enum Op { GET, PUT, CLEAR, ROTATE }

    /** A pooled object that knows whether it was reset and whether someone holds it. */
    static final class Item {
        boolean dirty;
        boolean lent;
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(10, Arbitraries.just(Op.GET)),
                        net.jqwik.api.Tuple.of(10, Arbitraries.just(Op.PUT)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(Op.CLEAR)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(Op.ROTATE)))
                .list().ofMinSize(1).ofMaxSize(200);
    }

    @Property(tries = 1000)
    void poolBehavesLikeItsModel(@ForAll("ops") List<Op> ops, @ForAll @IntRange(min = 0, max = 3) int sharedCapacity) {
        List<Item> created = new ArrayList<>();
        Pool<Item> pool = Pool.builder(() -> {
                    Item i = new Item();
                    created.add(i);
                    return i;
                })
                .reset(i -> i.dirty = false)
                .sharedCapacity(sharedCapacity)
                .withoutGcClock()
                .build();

        Set<Item> primary = identitySet();
        Set<Item> victim = identitySet();
        List<Item> borrowed = new ArrayList<>();
        int primaryBound = 2 + sharedCapacity; // one thread only ever fills its home stripe: owned, private, shared

        long gets = 0, puts = 0;
        for (Op op : ops) {
            switch (op) {
                case GET -> {
                    gets++;
                    int before = created.size();
                    Item got = pool.get();
                    assertFalse(got.lent, "an object was lent twice");
                    assertFalse(got.dirty, "get returned an object that was not reset");
                    got.lent = true;
                    got.dirty = true; // the borrower scribbles on it
                    if (!primary.isEmpty()) {
                        assertTrue(primary.remove(got), "primary holds objects, so get must serve one of them");
                    } else if (!victim.isEmpty()) {
                        assertTrue(victim.remove(got), "only the victim holds objects, so get must serve one of them");
                    } else {
                        assertEquals(before + 1, created.size(), "an empty pool must call the factory");
                    }
                    borrowed.add(got);
                }
                case PUT -> {
                    if (borrowed.isEmpty()) {
                        continue;
                    }
                    Item back = borrowed.remove(borrowed.size() - 1);
                    back.lent = false;
                    pool.put(back);
                    puts++;
                    if (primary.size() < primaryBound) {
                        primary.add(back);
                    }
                }
                case CLEAR -> {
                    pool.clear();
                    primary.clear();
                    victim.clear();
                }
                case ROTATE -> {
                    pool.rotate();
                    victim = primary;
                    primary = identitySet();
                }
            }
            assertEquals(primary.size() + victim.size(), pool.idle(), "idle count after " + op);
        }
        PoolStats s = pool.stats();
        assertEquals(created.size(), s.misses(), "every factory call is a miss");
        // Every get and every put is counted exactly once, whichever slot served or took it: the
        // owned slot, the victim cache after a rotation, a replaced or cleared lent object.
        assertEquals(gets, s.gets(), "gets counted: " + s);
        assertEquals(puts, s.puts(), "puts counted: " + s);
    }

    private static Set<Item> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
