package io.poolson.pool;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pools the jcstress scenarios race on: {@code StringBuilder}s reset to empty on put, a
 * factory that counts its calls, and no GC clock, so only the scenario itself ages a pool.
 *
 * <p>Each instance belongs to one jcstress state object; the factory counter is atomic because
 * both actors may miss at once.
 */
final class ScenarioPools {
    /** What a caller leaves in a borrowed builder; reset must erase it before anyone else sees it. */
    static final String DIRT = "dirty";

    private final AtomicInteger factoryCalls = new AtomicInteger();

    /**
     * A pool of {@code stripes} stripes with {@code sharedCapacity} shared slots each, where no
     * thread owns a stripe: the scenarios that race two threads on the atomic slots need both
     * threads to reach them, and an owner would keep its object where no other thread can.
     */
    Pool<StringBuilder> pool(int stripes, int sharedCapacity) {
        return builder(stripes, sharedCapacity).withoutOwnedSlots().build();
    }

    /** A pool whose stripes a platform thread owns after its first put: the owned-slot scenarios. */
    Pool<StringBuilder> ownedPool(int stripes, int sharedCapacity) {
        return builder(stripes, sharedCapacity).build();
    }

    private Pool.Builder<StringBuilder> builder(int stripes, int sharedCapacity) {
        return Pool.builder(() -> {
                    factoryCalls.incrementAndGet();
                    return new StringBuilder();
                })
                .reset(sb -> sb.setLength(0))
                .stripes(stripes)
                .sharedCapacity(sharedCapacity)
                .withoutGcClock();
    }

    /** An object as a borrower hands it back: not reset yet. */
    static StringBuilder dirty() {
        return new StringBuilder(DIRT);
    }

    /** Factory calls so far, across every pool this instance built. */
    int factoryCalls() {
        return factoryCalls.get();
    }
}
