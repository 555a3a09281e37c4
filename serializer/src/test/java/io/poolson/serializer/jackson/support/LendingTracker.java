package io.poolson.serializer.jackson.support;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches objects a pool lends: an object acquired while it is already out, or released while
 * it is not, is a violation. Also remembers every distinct object ever lent (identity: the
 * recyclers do not override {@code equals}), and the most objects out at the same time. Thread-safe.
 *
 * <p>Acquire and release never block once an object has been seen: each object's lent flag is
 * found with a lock-free read and flipped with a compare-and-set. A concurrent set would take a
 * bin's monitor on every add and remove, and since JDK 24 a virtual thread that waits for a monitor
 * unmounts, here while holding the recycler it just acquired, so other virtual threads find the pool
 * empty and make new ones: the harness itself would break the bound under test.
 *
 * @param <R> the lent type
 */
public final class LendingTracker<R> {
    private final ConcurrentHashMap<R, AtomicBoolean> lent = new ConcurrentHashMap<>();
    private final AtomicInteger violations = new AtomicInteger();
    private final AtomicInteger out = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    public R acquired(R r) {
        peak.accumulateAndGet(out.incrementAndGet(), Math::max);
        AtomicBoolean flag = lent.get(r);
        if (flag == null) {
            flag = lent.computeIfAbsent(r, k -> new AtomicBoolean()); // first sight only
        }
        if (!flag.compareAndSet(false, true)) {
            violations.incrementAndGet();
        }
        return r;
    }

    public void released(R r) {
        out.decrementAndGet();
        AtomicBoolean flag = lent.get(r);
        if (flag == null || !flag.compareAndSet(true, false)) {
            violations.incrementAndGet();
        }
    }

    public int violations() {
        return violations.get();
    }

    public int outstanding() {
        return (int) lent.values().stream().filter(AtomicBoolean::get).count();
    }

    /** The most objects lent and not yet released at any one time. */
    public int peakLent() {
        return peak.get();
    }

    public int distinct() {
        return lent.size();
    }
}
