package io.poolson.pool;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Scenario 6: the owned slot, which its owner reads and fills with plain loads and stores, raced
 * by every other thread that may touch it. One stripe, no shared chain: the owner's {@code put(x)}
 * claims the stripe and stores x in the owned slot, then its {@code get()} takes x back, while the
 * other actor tries to get x, or empties the slot by a {@code clear()} or by two rotations.
 *
 * <p>r1: the owner's get returned x (1) or a fresh object (0); r2: the other actor got x (1) or
 * not (0; always 0 for clear and rotations); r3: in how many slots x sits afterwards
 * ({@link Pool#occurrences}, which sees owned slots, unlike a get from the arbiter's thread).
 */
public class OwnedSlotTest {

    abstract static class OwnerRace {
        private final ScenarioPools pools = new ScenarioPools();
        final StringBuilder x = ScenarioPools.dirty();
        final Pool<StringBuilder> pool = pools.ownedPool(1, 0);

        /** The owner's actor: put x (claiming the stripe), then get. */
        void putThenGet(III_Result r) {
            pool.put(x);
            r.r1 = pool.get() == x ? 1 : 0;
        }

        void whereIsX(III_Result r) {
            r.r3 = pool.occurrences(x);
        }
    }

    /** Another thread's get: it may take the private slot or steal, never the owned slot. */
    @JCStressTest
    @Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "the owner took x back; the thief got a fresh object")
    @Outcome(id = "0, 1, .*", expect = FORBIDDEN, desc = "the thief took x out of the owned slot")
    @Outcome(id = "1, 1, .*", expect = FORBIDDEN, desc = "x lent to both actors")
    @Outcome(id = "0, 0, .*", expect = FORBIDDEN, desc = "the owner lost x although nobody dropped it")
    @Outcome(expect = FORBIDDEN, desc = "any other outcome (x lent and still pooled: lent twice)")
    @State
    public static class Thief extends OwnerRace {
        @Actor
        public void owner(III_Result r) {
            putThenGet(r);
        }

        @Arbiter
        public void arbiter(III_Result r) {
            whereIsX(r);
        }

        @Actor
        public void thief(III_Result r) {
            r.r2 = pool.get() == x ? 1 : 0;
        }
    }

    /** clear() empties the owned slot with an atomic swap while the owner uses it plainly. */
    @JCStressTest
    @Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "the owner took x back before the clear, or the clear came before its put")
    @Outcome(id = "0, 0, 0", expect = ACCEPTABLE, desc = "The clear dropped x between the owner's put and get: the owner got a fresh object")
    @Outcome(id = "1, 0, [1-9]", expect = FORBIDDEN, desc = "x lent to the owner and still pooled: lent twice")
    @Outcome(id = "0, 0, [1-9]", expect = FORBIDDEN, desc = "x still pooled after the clear, though the owner's get found it empty")
    @Outcome(expect = FORBIDDEN, desc = "any other outcome")
    @State
    public static class Clear extends OwnerRace {
        @Actor
        public void owner(III_Result r) {
            putThenGet(r);
        }

        @Arbiter
        public void arbiter(III_Result r) {
            whereIsX(r);
        }

        @Actor
        public void clearer(III_Result r) {
            pool.clear();
        }
    }

    /** Two rotations drain the owned slot (victim, then dropped) while the owner uses it plainly. */
    @JCStressTest
    @Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "the owner took x back before the rotations, or the rotations came before its put")
    @Outcome(id = "0, 0, 0", expect = ACCEPTABLE, desc = "The rotations dropped x between the owner's put and get: the owner got a fresh object")
    @Outcome(id = "1, 0, [1-9]", expect = FORBIDDEN, desc = "x lent to the owner and still pooled: lent twice")
    @Outcome(id = "0, 0, [1-9]", expect = FORBIDDEN, desc = "x still pooled after the rotations, though the owner's get found it empty")
    @Outcome(expect = FORBIDDEN, desc = "any other outcome")
    @State
    public static class Rotations extends OwnerRace {
        @Actor
        public void owner(III_Result r) {
            putThenGet(r);
        }

        @Arbiter
        public void arbiter(III_Result r) {
            whereIsX(r);
        }

        @Actor
        public void rotator(III_Result r) {
            pool.rotate();
            pool.rotate();
        }
    }
}
