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
 * Scenario 1: a {@code put} and a {@code get} race on the one stripe's private slot (one stripe,
 * no shared chain, so the private slot is the only place an object can be).
 *
 * <p>r1: the getter got x (1) or a fresh object (0); r2: the length of what it got, which must be
 * 0 because {@code put} resets before it publishes and {@code put} happens-before the {@code get}
 * that returns the object; r3: where the arbiter found x afterwards ({@link PoolDrain} codes).
 */
@JCStressTest
@Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "get after put: the getter took x, reset, out of the private slot")
@Outcome(id = "0, 0, 1", expect = ACCEPTABLE, desc = "get before put: the getter got a fresh object, x stays in the private slot")
@Outcome(id = "1, 5, .*", expect = FORBIDDEN, desc = "the getter saw x before its reset: put does not happen-before get")
@Outcome(id = "1, .*, [1-3]", expect = FORBIDDEN, desc = "x lent to the getter and still pooled: lent twice")
@Outcome(id = "0, .*, 0", expect = FORBIDDEN, desc = "x neither lent nor pooled: a put into an empty slot was lost")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class PutGetPrivateSlotTest {
    private final Pool<StringBuilder> pool = new ScenarioPools().pool(1, 0);
    private final StringBuilder x = ScenarioPools.dirty();

    @Actor
    public void putter() {
        pool.put(x);
    }

    @Actor
    public void getter(III_Result r) {
        StringBuilder got = pool.get();
        r.r1 = got == x ? 1 : 0;
        r.r2 = got.length();
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = PoolDrain.drain(pool, x)[0];
    }
}
