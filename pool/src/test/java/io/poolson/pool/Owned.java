package io.poolson.pool;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Test fixture: a pooled object with an ownership flag, set with a CAS on borrow and cleared with
 * a CAS on return. A failed CAS means the pool lent one object to two borrowers at once (or took
 * back an object still lent), and is counted as a violation.
 */
final class Owned {
    final AtomicBoolean lent = new AtomicBoolean();
    long scribble;

    /** A pool of Owned objects whose reset checks that nobody holds what is being reset. */
    static final class Fixture {
        final Queue<Owned> created = new ConcurrentLinkedQueue<>();
        final AtomicLong violations = new AtomicLong();
        final Pool<Owned> pool;

        Fixture() {
            this(UnaryOperator.identity());
        }

        Fixture(UnaryOperator<Pool.Builder<Owned>> configure) {
            this.pool = configure.apply(Pool.builder(this::create).reset(this::reset)).build();
        }

        private Owned create() {
            Owned o = new Owned();
            created.add(o);
            return o;
        }

        private void reset(Owned o) {
            if (o.lent.get()) {
                violations.incrementAndGet(); // being reset while someone holds it
            }
            o.scribble = 0;
        }

        /** One borrow-use-return cycle, checking ownership both ways. */
        void cycle(long token) {
            Owned o = pool.get();
            if (!o.lent.compareAndSet(false, true)) {
                violations.incrementAndGet();
            }
            if (o.scribble != 0) {
                violations.incrementAndGet(); // not reset, or someone else is writing it
            }
            o.scribble = token;
            Thread.onSpinWait();
            if (o.scribble != token) {
                violations.incrementAndGet();
            }
            if (!o.lent.compareAndSet(true, false)) {
                violations.incrementAndGet();
            }
            pool.put(o);
        }

        /** Objects still marked lent after every borrower finished: leaked ownership. */
        long stillLent() {
            return created.stream().filter(o -> o.lent.get()).count();
        }
    }
}
