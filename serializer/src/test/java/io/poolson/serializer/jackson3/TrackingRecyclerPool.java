package io.poolson.serializer.jackson3;

import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.RecyclerPool;
import io.poolson.serializer.jackson.support.LendingTracker;

/** Wraps a recycler pool to record every lend and return in a {@link LendingTracker}. */
final class TrackingRecyclerPool implements RecyclerPool<BufferRecycler> {
    private static final long serialVersionUID = 1L;

    private final transient LendingTracker<BufferRecycler> tracker;
    private final RecyclerPool<BufferRecycler> delegate;

    TrackingRecyclerPool(RecyclerPool<BufferRecycler> delegate, LendingTracker<BufferRecycler> tracker) {
        this.delegate = delegate;
        this.tracker = tracker;
    }

    @Override
    public BufferRecycler acquirePooled() {
        return tracker.acquired(delegate.acquirePooled());
    }

    @Override
    public void releasePooled(BufferRecycler pooled) {
        tracker.released(pooled);
        delegate.releasePooled(pooled);
    }
}
