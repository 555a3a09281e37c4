package io.poolson.serializer.jackson;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poolson.serializer.jackson.support.JsonWriter;
import io.poolson.serializer.jackson.support.RecyclerScenarios;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** Jackson 2: the pool honours Jackson's acquire/link/release contract, also under load. */
class PoolsonRecyclerPoolTest {

    private final PoolsonRecyclerPool pool = PoolsonRecyclerPool.newPool();

    @Test
    void releasedRecyclerIsUnlinkedAndLentAgain() {
        BufferRecycler r = pool.acquireAndLinkPooled();
        assertTrue(r.isLinkedWithPool());
        r.releaseToPool();
        assertFalse(r.isLinkedWithPool());
        assertEquals(1, pool.pooledCount());
        BufferRecycler again = pool.acquireAndLinkPooled();
        assertSame(r, again);
        assertTrue(again.isLinkedWithPool());
        assertEquals(0, pool.pooledCount());
    }

    @Test
    void recyclerStillLinkedIsDroppedNotPooled() {
        BufferRecycler r = pool.acquireAndLinkPooled();
        pool.releasePooled(r); // bypasses releaseToPool: still linked
        assertEquals(0, pool.pooledCount());
        BufferRecycler next = assertDoesNotThrow(() -> pool.acquireAndLinkPooled());
        assertNotSame(r, next);
    }

    @Test
    void recyclerRetainingTooMuchIsDropped() {
        BufferRecycler r = pool.acquireAndLinkPooled();
        r.releaseByteBuffer(BufferRecycler.BYTE_WRITE_CONCAT_BUFFER,
                new byte[(int) PoolsonRecyclerPool.MAX_RETAINED_BYTES + 1]);
        r.releaseToPool();
        assertEquals(0, pool.pooledCount());
    }

    @Test
    void foreignAndNullRecyclers() {
        pool.releasePooled(new BufferRecycler());
        assertEquals(0, pool.pooledCount());
        assertThrows(NullPointerException.class, () -> pool.releasePooled(null));
    }

    @Test
    void clearDropsIdleRecyclers() {
        pool.acquireAndLinkPooled().releaseToPool();
        assertTrue(pool.clear());
        assertEquals(0, pool.pooledCount());
    }

    @Test
    void serializationKeepsSharedSharedAndGivesOthersAFreshPool() throws Exception {
        assertSame(PoolsonRecyclerPool.shared(), roundTrip(PoolsonRecyclerPool.shared()));
        pool.acquireAndLinkPooled().releaseToPool();
        PoolsonRecyclerPool copy = (PoolsonRecyclerPool) roundTrip(pool);
        assertNotSame(pool, copy);
        assertNotSame(PoolsonRecyclerPool.shared(), copy);
        assertEquals(0, copy.pooledCount());
        copy.acquireAndLinkPooled().releaseToPool();
        assertEquals(1, copy.pooledCount());
    }

    @Test
    void eightThreadsNeverShareARecycler() throws Exception {
        TrackingRecyclerPool tracked = new TrackingRecyclerPool(pool);
        RecyclerScenarios.concurrentWrites(writer(new ObjectMapper()), writer(mapperOver(tracked)),
                tracked.tracker, 8, 1_000);
    }

    @Test
    void millionVirtualThreadsUseFewRecyclers() throws Exception {
        TrackingRecyclerPool tracked = new TrackingRecyclerPool(pool);
        RecyclerScenarios.virtualThreadWrites(writer(new ObjectMapper()), writer(mapperOver(tracked)),
                tracked.tracker, 1_000_000);
    }

    static ObjectMapper mapperOver(RecyclerPool<BufferRecycler> p) {
        return new ObjectMapper(JsonFactory.builder().recyclerPool(p).build());
    }

    static JsonWriter writer(ObjectMapper m) {
        return new JsonWriter() {
            @Override
            public String string(Object value) throws Exception {
                return m.writeValueAsString(value);
            }

            @Override
            public byte[] bytes(Object value) throws Exception {
                return m.writeValueAsBytes(value);
            }
        };
    }

    private static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
