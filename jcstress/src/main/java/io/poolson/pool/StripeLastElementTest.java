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
 * Scenario 2, on a {@link Stripe} directly: the owner's {@code popHead} and a thief's
 * {@code popTail} race for the last object of a four-slot shared chain. The owner scans from the
 * high end down and the thief from the low end up, so both reach the one filled slot.
 *
 * <p>r1: the owner got x (1) or nothing (0); r2: the same for the thief; r3: objects the stripe
 * still holds afterwards.
 */
@JCStressTest
@Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "the owner's popHead won, the thief found nothing")
@Outcome(id = "0, 1, 0", expect = ACCEPTABLE, desc = "the thief's popTail won, the owner found nothing")
@Outcome(id = "1, 1, .*", expect = FORBIDDEN, desc = "both took x: lent twice")
@Outcome(id = "0, 0, .*", expect = FORBIDDEN, desc = "neither took x although the stripe held it")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class StripeLastElementTest {
    private final Stripe stripe = new Stripe(4);
    private final Object x = new Object();

    public StripeLastElementTest() {
        if (!stripe.pushHead(x)) {
            throw new IllegalStateException("an empty stripe refused an object");
        }
    }

    @Actor
    public void owner(III_Result r) {
        r.r1 = stripe.popHead() == x ? 1 : 0;
    }

    @Actor
    public void thief(III_Result r) {
        r.r2 = stripe.popTail() == x ? 1 : 0;
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = stripe.idle();
    }
}
