package io.poolson.serializer.jackson.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The poolson recycler pool honours Jackson's acquire/link/release contract, also under load:
 * the scenarios, written once. Each Jackson version's {@code PoolsonRecyclerPoolTest} maps the
 * operations onto its {@code PoolsonRecyclerPool} ({@code P}) and {@code BufferRecycler} ({@code R}),
 * whose methods have the same names in both versions but belong to unrelated types.
 *
 * @param <P> the version's {@code PoolsonRecyclerPool}
 * @param <R> the version's {@code BufferRecycler}
 */
public abstract class RecyclerPoolContract<P, R> {

    private final P pool = newPool();

    protected abstract P newPool();

    protected abstract P sharedPool();

    protected abstract long maxRetainedBytes();

    /** {@code pool.acquireAndLinkPooled()}. */
    protected abstract R acquireAndLink(P pool);

    /** {@code pool.acquirePooled()}: a recycler not linked to any pool. */
    protected abstract R acquire(P pool);

    /** {@code r.withPool(pool)}. */
    protected abstract R link(R r, P pool);

    /** {@code pool.releasePooled(r)}. */
    protected abstract void releasePooled(P pool, R r);

    protected abstract int pooledCount(P pool);

    protected abstract boolean clear(P pool);

    /** {@code r.isLinkedWithPool()}. */
    protected abstract boolean linked(R r);

    /** {@code r.releaseToPool()}. */
    protected abstract void releaseToPool(R r);

    /** Has {@code r} retain {@code buffer} as its concatenation byte buffer. */
    protected abstract void retain(R r, byte[] buffer);

    /** Has {@code r} retain {@code buffer} in byte slot {@code ix}, which Jackson's writers need not use. */
    protected abstract void retainAt(R r, int ix, byte[] buffer);

    /** Has {@code r} retain {@code buffer} as its text char buffer. */
    protected abstract void retainChars(R r, char[] buffer);

    /** A recycler no poolson pool made. */
    protected abstract R foreignRecycler();

    /** A default mapper with Jackson's own recycler pool. */
    protected abstract JsonWriter defaultMapper();

    /** A default mapper whose recycler pool is {@code pool}, each lend and return recorded in {@code tracker}. */
    protected abstract JsonWriter trackedMapper(P pool, LendingTracker<R> tracker);

    @Test
    public void releasedRecyclerIsUnlinkedAndLentAgain() {
        R r = acquireAndLink(pool);
        assertTrue(linked(r));
        releaseToPool(r);
        assertFalse(linked(r));
        assertEquals(1, pooledCount(pool));
        R again = acquireAndLink(pool);
        assertSame(r, again);
        assertTrue(linked(again));
        assertEquals(0, pooledCount(pool));
    }

    @Test
    public void linkingALinkedRecyclerFailsAsInJackson() {
        R r = acquireAndLink(pool);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> link(r, pool));
        assertTrue(e.getMessage().startsWith("BufferRecycler already linked to pool"), e.getMessage());
        P other = newPool();
        assertThrows(IllegalStateException.class, () -> link(r, other));
        releaseToPool(r);
        assertEquals(1, pooledCount(pool));
    }

    @Test
    public void secondReleaseToPoolPoolsNothing() {
        R r = acquireAndLink(pool);
        releaseToPool(r);
        releaseToPool(r);
        assertEquals(1, pooledCount(pool));
        assertNotSame(acquireAndLink(pool), acquireAndLink(pool));
    }

    @Test
    public void recyclerLinkedToAnotherPoolGoesBackToThatPool() {
        // A recycler this pool made, linked elsewhere (Jackson's own field), returns there.
        P other = newPool();
        R r = link(acquire(pool), other);
        assertTrue(linked(r));
        assertThrows(IllegalStateException.class, () -> link(r, pool));
        releaseToPool(r);
        assertFalse(linked(r));
        assertEquals(0, pooledCount(pool));
        assertEquals(1, pooledCount(other));
        assertSame(r, acquireAndLink(other));
    }

    @Test
    public void recyclerStillLinkedIsDroppedNotPooled() {
        R r = acquireAndLink(pool);
        releasePooled(pool, r); // bypasses releaseToPool: still linked
        assertEquals(0, pooledCount(pool));
        R next = assertDoesNotThrow(() -> acquireAndLink(pool));
        assertNotSame(r, next);
    }

    @Test
    public void recyclerRetainingTooMuchIsDropped() {
        R r = acquireAndLink(pool);
        retain(r, new byte[(int) maxRetainedBytes() + 1]);
        releaseToPool(r);
        assertEquals(0, pooledCount(pool));
    }

    @Test
    public void recyclerWithLargeBuffersWithinTheLimitIsPooled() {
        // Each buffer is over an even share of the limit, so the pool adds the slots up exactly.
        R r = acquireAndLink(pool);
        retain(r, new byte[(int) maxRetainedBytes() / 2]);
        retainChars(r, new char[(int) maxRetainedBytes() / 4]);
        releaseToPool(r);
        assertEquals(1, pooledCount(pool));
    }

    @Test
    public void recyclerWhoseBuffersAddUpToTooMuchIsDropped() {
        // Neither buffer alone is over the limit; together (2 bytes per char) they are, by one byte.
        R r = acquireAndLink(pool);
        retain(r, new byte[(int) maxRetainedBytes() / 2 + 1]);
        retainChars(r, new char[(int) maxRetainedBytes() / 4]);
        releaseToPool(r);
        assertEquals(0, pooledCount(pool));
    }

    @Test
    public void bufferInASlotJacksonDoesNotUseStillCounts() {
        // Slot 10 lies in the empty tail of the recycler's table; with it the slots add up to one
        // byte over the limit, which a sum over Jackson's four slots alone would miss.
        R r = acquireAndLink(pool);
        retainAt(r, 10, new byte[(int) maxRetainedBytes() / 2 + 1]);
        retainChars(r, new char[(int) maxRetainedBytes() / 4]);
        releaseToPool(r);
        assertEquals(0, pooledCount(pool));
        R fits = acquireAndLink(pool);
        retainAt(fits, 10, new byte[(int) maxRetainedBytes() / 2]);
        retainChars(fits, new char[(int) maxRetainedBytes() / 4]);
        releaseToPool(fits);
        assertEquals(1, pooledCount(pool));
    }

    @Test
    public void foreignAndNullRecyclers() {
        releasePooled(pool, foreignRecycler());
        assertEquals(0, pooledCount(pool));
        assertThrows(NullPointerException.class, () -> releasePooled(pool, null));
    }

    @Test
    public void clearDropsIdleRecyclers() {
        releaseToPool(acquireAndLink(pool));
        assertTrue(clear(pool));
        assertEquals(0, pooledCount(pool));
    }

    @Test
    public void serializationKeepsSharedSharedAndGivesOthersAFreshPool() throws Exception {
        assertSame(sharedPool(), roundTrip(sharedPool()));
        releaseToPool(acquireAndLink(pool));
        P copy = roundTrip(pool);
        assertSame(pool.getClass(), copy.getClass());
        assertNotSame(pool, copy);
        assertNotSame(sharedPool(), copy);
        assertEquals(0, pooledCount(copy));
        releaseToPool(acquireAndLink(copy));
        assertEquals(1, pooledCount(copy));
    }

    @Test
    public void eightThreadsNeverShareARecycler() throws Exception {
        LendingTracker<R> tracker = new LendingTracker<>();
        RecyclerScenarios.concurrentWrites(defaultMapper(), trackedMapper(pool, tracker), tracker, 8, 1_000);
    }

    /*
     * The mappers above link recyclers to a tracking wrapper, so Jackson's reference field links
     * them; these two link them to the pool itself, as Jackson does with an untracked factory
     * (the recycler's own flag), and record each lend around the calls Jackson makes.
     */
    @Test
    public void eightThreadsLinkingToThePoolNeverShareARecycler() throws Exception {
        LendingTracker<R> tracker = new LendingTracker<>();
        PlatformThreads.runEach(8, t -> {
            for (int i = 0; i < 200_000; i++) {
                lendAndReturn(tracker);
                if (i % 50_000 == 0) {
                    System.gc(); // rotations race with the lends
                }
            }
        });
        assertEquals(0, tracker.violations(), "recyclers lent twice at once, or released twice");
        assertEquals(0, tracker.outstanding(), "recyclers never released");
    }

    @Test
    public void millionVirtualThreadsLinkingToThePoolUseFewRecyclers() throws Exception {
        LendingTracker<R> tracker = new LendingTracker<>();
        VirtualThreads.runEach(1_000_000, i -> lendAndReturn(tracker));
        int bound = 16 * Runtime.getRuntime().availableProcessors();
        assertEquals(0, tracker.violations());
        assertEquals(0, tracker.outstanding());
        assertTrue(tracker.distinct() <= bound,
                tracker.distinct() + " recyclers for a million virtual threads (bound " + bound + ")");
    }

    private void lendAndReturn(LendingTracker<R> tracker) {
        R r = tracker.acquired(acquireAndLink(pool));
        if (!linked(r)) {
            throw new AssertionError("acquireAndLinkPooled returned an unlinked recycler");
        }
        tracker.released(r);
        releaseToPool(r);
    }

    @Test
    public void millionVirtualThreadsUseFewRecyclers() throws Exception {
        LendingTracker<R> tracker = new LendingTracker<>();
        RecyclerScenarios.virtualThreadWrites(defaultMapper(), trackedMapper(pool, tracker), tracker, 1_000_000);
    }

    @Test
    public void coldMapperOnVirtualThreadsCreatesNoMoreThanHeldAtOnce() throws Exception {
        LendingTracker<R> tracker = new LendingTracker<>();
        RecyclerScenarios.coldMapperVirtualThreadWrites(defaultMapper(), trackedMapper(pool, tracker), tracker, 100_000);
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
