package io.poolson.pool;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Scenario 4: {@code clear} races a {@code get} and, separately, a {@code put}. {@code clear} is
 * no barrier: an object put after it is pooled again. It must never hand an object to a getter
 * and leave it pooled too. Arbiter codes are {@link PoolDrain}'s: 0 absent, 1 primary,
 * 2 victim, 3 found twice.
 */
public class ClearRacingTest {

    /** x is pooled (primary). r1: the getter got x (1) or a fresh object (0); r2: where x is afterwards. */
    @JCStressTest
    @Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "get first: the getter took x, clear found nothing")
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "clear first: x dropped, the getter got a fresh object")
    @Outcome(id = "1, [1-3]", expect = FORBIDDEN, desc = "x lent and still pooled: lent twice")
    @Outcome(id = "0, [1-3]", expect = FORBIDDEN, desc = "x survived clear without being lent")
    @Outcome(expect = FORBIDDEN, desc = "any other outcome")
    @State
    public static class Get {
        private final Pool<StringBuilder> pool = new ScenarioPools().pool(1, 0);
        private final StringBuilder x = ScenarioPools.dirty();

        public Get() {
            pool.put(x);
        }

        @Actor
        public void clearer() {
            pool.clear();
        }

        @Actor
        public void getter(II_Result r) {
            r.r1 = pool.get() == x ? 1 : 0;
        }

        @Arbiter
        public void arbiter(II_Result r) {
            r.r2 = PoolDrain.drain(pool, x)[0];
        }
    }

    /** The pool is empty. r1: where x is afterwards. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "put first: clear dropped x")
    @Outcome(id = "1", expect = ACCEPTABLE, desc = "clear first: x pooled in the primary afterwards")
    @Outcome(id = "3", expect = FORBIDDEN, desc = "x found twice: lent twice")
    @Outcome(expect = FORBIDDEN, desc = "any other outcome (x in the victim: nothing rotated)")
    @State
    public static class Put {
        private final Pool<StringBuilder> pool = new ScenarioPools().pool(1, 0);
        private final StringBuilder x = ScenarioPools.dirty();

        @Actor
        public void clearer() {
            pool.clear();
        }

        @Actor
        public void putter() {
            pool.put(x);
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = PoolDrain.drain(pool, x)[0];
        }
    }
}
