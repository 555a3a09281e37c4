package io.poolson.bench.jackson;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wraps a Jackson 2 recycler pool to report each recycler it hands out for the first time: for a
 * pool with no factory to override (poolson's), that is its creation count. Lock-free on the
 * common path (a {@code ConcurrentHashMap} hit), so that under virtual threads the counting itself
 * does not park a thread while it holds a recycler (a {@code synchronized} map would, on JDK 24+,
 * and the pool would then create recyclers for the threads queued behind it). Recyclers are held
 * strongly, by identity ({@code BufferRecycler} keeps {@code Object}'s equality); a pool creates
 * few. Thread-safe if the delegate and the callback are.
 */
final class FirstSightRecyclers implements RecyclerPool<BufferRecycler> {
    private static final long serialVersionUID = 1L;

    private final RecyclerPool<BufferRecycler> delegate;
    private final transient Runnable onFirstSight;
    private final transient Set<BufferRecycler> seen = ConcurrentHashMap.newKeySet();

    FirstSightRecyclers(RecyclerPool<BufferRecycler> delegate, Runnable onFirstSight) {
        this.delegate = delegate;
        this.onFirstSight = onFirstSight;
    }

    @Override
    public BufferRecycler acquirePooled() {
        return sighted(delegate.acquirePooled());
    }

    /**
     * What Jackson calls: the delegate's own acquire-and-link, so the recycler is linked to the
     * delegate, not to this wrapper, and goes back to it with no detour, as it would with no
     * wrapper (poolson's recyclers link to the pool that made them with a flag of their own, and
     * only to that pool).
     */
    @Override
    public BufferRecycler acquireAndLinkPooled() {
        return sighted(delegate.acquireAndLinkPooled());
    }

    private BufferRecycler sighted(BufferRecycler r) {
        if (!seen.contains(r) && seen.add(r)) {
            onFirstSight.run();
        }
        return r;
    }

    @Override
    public void releasePooled(BufferRecycler pooled) {
        delegate.releasePooled(pooled);
    }
}
