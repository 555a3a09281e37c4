package io.poolson.serializer.jackson;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poolson.serializer.Layouts;
import io.poolson.serializer.jackson.support.JsonWriter;
import io.poolson.serializer.jackson.support.LendingTracker;
import io.poolson.serializer.jackson.support.RecyclerPoolContract;
import org.junit.jupiter.api.Test;

/** Jackson 2: the pool honours Jackson's acquire/link/release contract, also under load. */
class PoolsonRecyclerPoolTest extends RecyclerPoolContract<PoolsonRecyclerPool, BufferRecycler> {

    @Override
    protected PoolsonRecyclerPool newPool() {
        return PoolsonRecyclerPool.newPool();
    }

    @Override
    protected PoolsonRecyclerPool sharedPool() {
        return PoolsonRecyclerPool.shared();
    }

    @Override
    protected long maxRetainedBytes() {
        return PoolsonRecyclerPool.MAX_RETAINED_BYTES;
    }

    @Override
    protected BufferRecycler acquireAndLink(PoolsonRecyclerPool pool) {
        return pool.acquireAndLinkPooled();
    }

    @Override
    protected BufferRecycler acquire(PoolsonRecyclerPool pool) {
        return pool.acquirePooled();
    }

    @Override
    protected BufferRecycler link(BufferRecycler r, PoolsonRecyclerPool pool) {
        return r.withPool(pool);
    }

    @Override
    protected void releasePooled(PoolsonRecyclerPool pool, BufferRecycler r) {
        pool.releasePooled(r);
    }

    @Override
    protected int pooledCount(PoolsonRecyclerPool pool) {
        return pool.pooledCount();
    }

    @Override
    protected boolean clear(PoolsonRecyclerPool pool) {
        return pool.clear();
    }

    @Override
    protected boolean linked(BufferRecycler r) {
        return r.isLinkedWithPool();
    }

    @Override
    protected void releaseToPool(BufferRecycler r) {
        r.releaseToPool();
    }

    @Override
    protected void retain(BufferRecycler r, byte[] buffer) {
        r.releaseByteBuffer(BufferRecycler.BYTE_WRITE_CONCAT_BUFFER, buffer);
    }

    @Override
    protected void retainAt(BufferRecycler r, int ix, byte[] buffer) {
        r.releaseByteBuffer(ix, buffer);
    }

    @Override
    protected void retainChars(BufferRecycler r, char[] buffer) {
        r.releaseCharBuffer(BufferRecycler.CHAR_TEXT_BUFFER, buffer);
    }

    @Override
    protected BufferRecycler foreignRecycler() {
        return new BufferRecycler();
    }

    @Override
    protected JsonWriter defaultMapper() {
        return Jackson2.mapper(new ObjectMapper());
    }

    @Override
    protected JsonWriter trackedMapper(PoolsonRecyclerPool pool, LendingTracker<BufferRecycler> tracker) {
        return Jackson2.mapper(Jackson2.mapperOver(new TrackingRecyclerPool(pool, tracker)));
    }

    /** The link flag, stored on every acquisition and release, has 64 bytes of the recycler after it. */
    @Test
    void recyclerIsPaddedAfterItsFields() throws ReflectiveOperationException {
        Layouts.assertPaddedAfter(PoolsonRecyclerPool.PaddedBufferRecycler.class);
    }
}
