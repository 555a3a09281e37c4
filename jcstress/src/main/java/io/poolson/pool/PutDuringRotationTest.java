package io.poolson.pool;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Scenario 3: a {@code put} races a GC rotation (victim ← primary, primary ← drained old
 * victim). Whatever the interleaving, including a put that read the generation before the
 * rotation and stores after it, the object ends up pooled once (primary or victim) or dropped,
 * never in two places; the arbiter drains the pool and reports where x and a bystander y were
 * ({@link PoolDrain} codes: 0 absent, 1 primary, 2 victim, 3 found twice).
 *
 * <p>One stripe, no shared chain: every cache holds at most one object, so the outcome is
 * decided by the private slots alone.
 */
public class PutDuringRotationTest {

    /**
     * y already sits in the victim cache; the pool's primary is empty. The rotation must drop
     * y; x lands in whichever primary the put read, which after the race is either the
     * primary (rotation first) or the victim (put first, or put on the pre-rotation generation).
     * r1: where x is; r2: where y is.
     */
    @JCStressTest
    @Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "rotation first: x put into the new, empty primary; y aged out")
    @Outcome(id = "2, 0", expect = ACCEPTABLE, desc = "put first (or on the old generation): x aged into the victim; y aged out")
    @Outcome(id = "3, .*", expect = FORBIDDEN, desc = "x found twice: lent twice")
    @Outcome(id = ".*, [1-3]", expect = FORBIDDEN, desc = "y survived two rotations")
    @Outcome(id = "0, .*", expect = FORBIDDEN, desc = "x lost although the slot it was put into was empty")
    @Outcome(expect = FORBIDDEN, desc = "any other outcome")
    @State
    public static class EmptyPrimary {
        private final Pool<StringBuilder> pool = new ScenarioPools().pool(1, 0);
        private final StringBuilder x = ScenarioPools.dirty();
        private final StringBuilder y = ScenarioPools.dirty();

        public EmptyPrimary() {
            pool.put(y);
            pool.rotate();
        }

        @Actor
        public void putter() {
            pool.put(x);
        }

        @Actor
        public void gc() {
            pool.rotate();
        }

        @Arbiter
        public void arbiter(II_Result r) {
            int[] where = PoolDrain.drain(pool, x, y);
            r.r1 = where[0];
            r.r2 = where[1];
        }
    }

    /**
     * y sits in the primary's only slot. A put that still sees that primary finds it full and
     * drops x; a put after the rotation finds the new primary empty. y is aged into the victim
     * either way. r1: where x is; r2: where y is.
     */
    @JCStressTest
    @Outcome(id = "0, 2", expect = ACCEPTABLE, desc = "put first (or on the old generation): primary full, x dropped; y aged into the victim")
    @Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "rotation first: x put into the new, empty primary; y aged into the victim")
    @Outcome(id = "3, .*", expect = FORBIDDEN, desc = "x found twice: lent twice")
    @Outcome(id = ".*, [013]", expect = FORBIDDEN, desc = "y not aged into the victim exactly once")
    @Outcome(expect = FORBIDDEN, desc = "any other outcome")
    @State
    public static class FullPrimary {
        private final Pool<StringBuilder> pool = new ScenarioPools().pool(1, 0);
        private final StringBuilder x = ScenarioPools.dirty();
        private final StringBuilder y = ScenarioPools.dirty();

        public FullPrimary() {
            pool.put(y);
        }

        @Actor
        public void putter() {
            pool.put(x);
        }

        @Actor
        public void gc() {
            pool.rotate();
        }

        @Arbiter
        public void arbiter(II_Result r) {
            int[] where = PoolDrain.drain(pool, x, y);
            r.r1 = where[0];
            r.r2 = where[1];
        }
    }
}
