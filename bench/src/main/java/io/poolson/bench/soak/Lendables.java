package io.poolson.bench.soak;

import io.poolson.pool.Pool;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A poolson {@link Pool} of objects carrying an ownership flag, borrowed around each soak call so the
 * pool is exercised alongside the serializer's own (internal) pools under the same threads and
 * collections. The flag is set with a CAS on borrow and cleared with a CAS on return; a failed CAS,
 * a reset of an object still lent, or another borrower's token found in the object is a violation:
 * the pool lent one object to two borrowers at once. The same check as the pool's stress test.
 *
 * <p>Thread-safe.
 */
final class Lendables {
    /** A pooled object: who holds it, and what its holder wrote. */
    static final class Lendable {
        private final AtomicBoolean lent = new AtomicBoolean();
        private long token;
    }

    private final Queue<Lendable> created = new ConcurrentLinkedQueue<>();
    private final AtomicLong violations = new AtomicLong();
    private final Pool<Lendable> pool = Pool.builder(this::create).reset(this::reset).build();

    private Lendable create() {
        Lendable l = new Lendable();
        created.add(l);
        return l;
    }

    private void reset(Lendable l) {
        if (l.lent.get()) {
            violations.incrementAndGet();
        }
        l.token = 0;
    }

    /** Borrows an object, marks it as held by {@code token} (non-zero). */
    Lendable borrow(long token) {
        Lendable l = pool.get();
        if (!l.lent.compareAndSet(false, true) || l.token != 0) {
            violations.incrementAndGet();
        }
        l.token = token;
        return l;
    }

    /** Checks nobody else wrote {@code l} while {@code token} held it, and returns it. */
    void giveBack(Lendable l, long token) {
        if (l.token != token || !l.lent.compareAndSet(true, false)) {
            violations.incrementAndGet();
        }
        pool.put(l);
    }

    long violations() {
        return violations.get();
    }

    /** Objects still marked lent; zero once every borrower gave back. */
    long stillLent() {
        return created.stream().filter(l -> l.lent.get()).count();
    }

    int created() {
        return created.size();
    }
}
