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
 * Scenario 5: two {@code get}s race for the one pooled object x. Exactly one gets it; the other
 * gets a fresh object from the factory. One variant per place a get can take x from: the home
 * stripe's private slot, its shared chain, another stripe (a steal), and the victim cache.
 *
 * <p>r1: the first getter got x (1) or not (0); r2: the same for the second; r3: factory calls
 * (the setups make none).
 */
public class TwoGetsOneObjectTest {

    /**
     * The pool, x, and the outcomes every variant shares: {@code @Outcome} is {@code @Inherited}.
     * (Adding {@code @JCStressMeta} as well would list each outcome twice, and jcstress 0.16 then
     * reports the duplicates' zero counts over the observed ones.)
     */
    @Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "the first getter took x, the second got a fresh object")
    @Outcome(id = "0, 1, 1", expect = ACCEPTABLE, desc = "the second getter took x, the first got a fresh object")
    @Outcome(id = "1, 1, .*", expect = FORBIDDEN, desc = "both got x: lent twice")
    @Outcome(id = "0, 0, .*", expect = FORBIDDEN, desc = "neither got x although it was pooled")
    @Outcome(expect = FORBIDDEN, desc = "any other outcome (the factory not called exactly once)")
    abstract static class Race {
        private final ScenarioPools pools = new ScenarioPools();
        final StringBuilder x = ScenarioPools.dirty();
        final Pool<StringBuilder> pool;

        Race(int stripes, int sharedCapacity) {
            pool = pools.pool(stripes, sharedCapacity);
        }

        int tookX() {
            return pool.get() == x ? 1 : 0;
        }

        int factoryCalls() {
            return pools.factoryCalls();
        }
    }

    /** One stripe, no shared chain: both getters go for its private slot. */
    @JCStressTest
    @State
    public static class PrivateSlot extends Race {
        public PrivateSlot() {
            super(1, 0);
            pool.put(x);
        }

        @Actor
        public void first(III_Result r) {
            r.r1 = tookX();
        }

        @Actor
        public void second(III_Result r) {
            r.r2 = tookX();
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = factoryCalls();
        }
    }

    /** One stripe, x alone in its shared chain (private slot empty): both getters race in popHead. */
    @JCStressTest
    @State
    public static class SharedChain extends Race {
        public SharedChain() {
            super(1, 2);
            StringBuilder filler = new StringBuilder();
            pool.put(filler); // into the private slot, so that x goes to the shared chain
            pool.put(x);
            if (pool.get() != filler) {
                throw new IllegalStateException("the private slot should have served the filler");
            }
        }

        @Actor
        public void first(III_Result r) {
            r.r1 = tookX();
        }

        @Actor
        public void second(III_Result r) {
            r.r2 = tookX();
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = factoryCalls();
        }
    }

    /**
     * Eight stripes, x in the private slot of the stripe of the thread that built the state: a
     * getter whose home is another stripe (almost always at least one of them) takes x by
     * stealing in getSlow, racing the other getter's home or steal path.
     */
    @JCStressTest
    @State
    public static class OtherStripe extends Race {
        public OtherStripe() {
            super(8, 1);
            pool.put(x);
        }

        @Actor
        public void first(III_Result r) {
            r.r1 = tookX();
        }

        @Actor
        public void second(III_Result r) {
            r.r2 = tookX();
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = factoryCalls();
        }
    }

    /** One stripe, x aged into the victim cache: both getters miss the primary and race in the victim scan. */
    @JCStressTest
    @State
    public static class Victim extends Race {
        public Victim() {
            super(1, 1);
            pool.put(x);
            pool.rotate();
        }

        @Actor
        public void first(III_Result r) {
            r.r1 = tookX();
        }

        @Actor
        public void second(III_Result r) {
            r.r2 = tookX();
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = factoryCalls();
        }
    }
}
