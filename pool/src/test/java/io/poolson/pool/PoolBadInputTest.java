package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Bad input never poisons a pool: each case throws clearly, and the next call works. */
class PoolBadInputTest {

    @Test
    void putNullThrowsWithAMessageAndPoolStillWorks() {
        Pool<StringBuilder> pool = Pool.builder(StringBuilder::new).withoutGcClock().build();
        NullPointerException e = assertThrows(NullPointerException.class, () -> pool.put(null));
        // Exactly as listed in docs/bad-inputs.md (row pool-put-null).
        assertEquals("Pool.put(null): only objects obtained from get() can be returned", e.getMessage());
        assertEquals(0, pool.stats().puts(), "a null put counts nowhere");
        StringBuilder sb = pool.get();
        pool.put(sb);
        assertSame(sb, pool.get());
    }

    @Test
    void factoryReturningNullThrowsAndLaterCallsWork() {
        AtomicBoolean giveNull = new AtomicBoolean(true);
        Pool<StringBuilder> pool = Pool.builder(() -> giveNull.get() ? null : new StringBuilder()).withoutGcClock().build();
        NullPointerException e = assertThrows(NullPointerException.class, pool::get);
        // Exactly as listed in docs/bad-inputs.md (row pool-factory-null).
        assertEquals("Pool factory returned null; a factory must create an object on every call", e.getMessage());
        assertEquals(0, pool.stats().gets(), "a failed get counts nowhere");
        assertEquals(0, pool.stats().misses(), "a failed factory call is not counted as a served miss");
        giveNull.set(false);
        StringBuilder sb = pool.get();
        pool.put(sb);
        assertSame(sb, pool.get());
    }

    @Test
    void throwingResetDropsTheObjectPropagatesAndLeavesPoolUsable() {
        AtomicInteger calls = new AtomicInteger();
        Pool<StringBuilder> pool = Pool.builder(StringBuilder::new)
                .reset(sb -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("reset failed");
                    }
                    sb.setLength(0);
                })
                .withoutGcClock()
                .build();
        StringBuilder first = pool.get();
        first.append("dirty");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.put(first));
        assertEquals("reset failed", e.getMessage());
        assertEquals(0, pool.idle(), "a half-reset object is never pooled");
        assertEquals(1, pool.stats().rejects());
        StringBuilder second = pool.get();
        assertNotSame(first, second);
        pool.put(second);
        assertSame(second, pool.get());
    }

    @Test
    void throwingRetentionRuleDropsTheObjectPropagatesAndLeavesPoolUsable() {
        AtomicBoolean fail = new AtomicBoolean(true);
        Pool<StringBuilder> pool = Pool.builder(StringBuilder::new)
                .retainIf(sb -> {
                    if (fail.get()) {
                        throw new IllegalArgumentException("rule failed");
                    }
                    return true;
                })
                .withoutGcClock()
                .build();
        StringBuilder a = pool.get();
        assertThrows(IllegalArgumentException.class, () -> pool.put(a));
        assertEquals(0, pool.idle());
        assertEquals(1, pool.stats().rejects());
        fail.set(false);
        StringBuilder b = pool.get();
        pool.put(b);
        assertSame(b, pool.get());
    }

    @Test
    void applyAddsAThrowingResetAsSuppressed() {
        Pool<StringBuilder> pool = Pool.builder(StringBuilder::new)
                .reset(sb -> {
                    throw new IllegalStateException("reset failed");
                })
                .build();
        RuntimeException action = new RuntimeException("action failed");
        RuntimeException e = assertThrows(RuntimeException.class, () -> pool.apply(sb -> {
            throw action;
        }));
        assertSame(action, e);
        assertEquals("reset failed", e.getSuppressed()[0].getMessage());
        assertThrows(IllegalStateException.class, () -> pool.apply(StringBuilder::length),
                "a reset failure after a successful action is thrown, not swallowed");
    }

    @Test
    void builderRejectsBadArguments() {
        assertThrows(NullPointerException.class, () -> Pool.builder(null));
        Pool.Builder<StringBuilder> b = Pool.builder(StringBuilder::new);
        assertThrows(NullPointerException.class, () -> b.reset(null));
        assertThrows(NullPointerException.class, () -> b.retainIf(null));
        assertThrows(IllegalArgumentException.class, () -> b.stripes(0));
        assertThrows(IllegalArgumentException.class, () -> b.stripes((1 << 16) + 1));
        assertThrows(IllegalArgumentException.class, () -> b.sharedCapacity(-1));
        assertThrows(IllegalArgumentException.class, () -> b.sharedCapacity(1025));
    }
}
