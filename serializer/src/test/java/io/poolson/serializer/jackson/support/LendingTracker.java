package io.poolson.serializer.jackson.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches objects a pool lends: an object acquired while it is already out, or released while
 * it is not, is a violation. Also remembers every distinct object ever lent (identity: the
 * recyclers do not override {@code equals}). Thread-safe.
 *
 * @param <R> the lent type
 */
public final class LendingTracker<R> {
    private final Set<R> out = ConcurrentHashMap.newKeySet();
    private final Set<R> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger violations = new AtomicInteger();

    public R acquired(R r) {
        if (!out.add(r)) {
            violations.incrementAndGet();
        }
        seen.add(r);
        return r;
    }

    public void released(R r) {
        if (!out.remove(r)) {
            violations.incrementAndGet();
        }
    }

    public int violations() {
        return violations.get();
    }

    public int outstanding() {
        return out.size();
    }

    public int distinct() {
        return seen.size();
    }
}
