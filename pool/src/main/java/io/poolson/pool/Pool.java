package io.poolson.pool;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A set of temporary objects that may be individually saved and retrieved: Go's
 * {@code sync.Pool} for the JVM.
 *
 * <p><b>What may be lost.</b> Any object stored in the pool may be dropped at any time without
 * notice. An object left idle survives one garbage collection (in the victim cache) and is gone
 * after the second; a {@code put} that finds its stripe full drops the object; an object the
 * retention rule refuses is dropped. The pool holds at most
 * {@code 2 × stripes × (2 + sharedCapacity)} objects (primary and victim), and only objects the
 * retention rule accepted. A pool that nothing else references is collected with its contents.
 * An object in a stripe's owned slot (below) is only ever lent to the stripe's owner; if that
 * thread stops using the pool, the object waits there until two collections have passed. The
 * owned slot also keeps referencing the object its owner borrowed from it, until the object comes
 * back, the owner returns another one, or two collections have passed; when the owner returns it
 * and {@code put} rejects it (retention rule, or a reset that threw), it is forgotten at once. An
 * object handed to another thread and rejected there stays referenced until the owner's next
 * return or the second collection. Besides the objects, a pool references the
 * platform threads that own its stripes (at most one per stripe); a terminated one until the next
 * collection.
 *
 * <p><b>What you get.</b> {@link #get()} never returns null and always returns a reset object:
 * either one that went through {@code reset} and {@code retainIf} on {@link #put}, or a fresh one
 * from the factory. Callers must not assume any relation between the objects they put and the
 * objects they get.
 *
 * <p><b>Thread-safety.</b> All methods are safe to call from any number of platform and virtual
 * threads. An object is never lent to two borrowers at once: the owned slot of a stripe is read
 * and filled only by the one live platform thread that owns the stripe, and every other slot is
 * emptied with an atomic swap. A {@code put(x)} happens-before the {@code get()} that returns
 * {@code x}, so whatever {@code reset} wrote is visible to the next borrower. The factory may be called concurrently.
 * Nothing pooled lives in a {@code ThreadLocal}: a million virtual threads share the same few
 * stripes and the same few objects.
 *
 * <p><b>Cost.</b> Go pins a goroutine to its P, so its private slot needs no atomic operation.
 * The JVM cannot pin, but it can name an owner: the first platform thread that returns an object
 * to a stripe with no owner (and an empty owned slot) becomes that stripe's owner, until it
 * terminates; a terminated owner is let go at the next collection. For the owner, the common case
 * (borrow one, return one) is a few plain loads and stores on a cache line no other stripe writes,
 * plus the reset hook: no atomic operation, and no reference stored, so no GC write barrier.
 * Every other thread (virtual threads, which never own a stripe, and platform threads whose home
 * stripe has another owner) pays one atomic swap and one compare-and-set per borrow. A miss
 * scans every stripe (twice, with the victim) before calling the factory. No method takes a lock
 * except {@link #clear()} and the GC-driven rotation, which never block {@code get} or
 * {@code put}.
 *
 * <p><b>When not to use it.</b> As in Go: objects with no meaningful reset (connections, objects
 * holding caller state), and free lists inside short-lived objects, where the pool's overhead
 * does not amortize.
 *
 * <pre>{@code
 * Pool<StringBuilder> p = Pool.builder(StringBuilder::new)
 *         .reset(sb -> sb.setLength(0))
 *         .retainIf(sb -> sb.capacity() <= 64 * 1024)
 *         .build();
 * StringBuilder sb = p.get();
 * try { ... } finally { p.put(sb); }
 * String s = p.apply(b -> b.append("x").toString());
 * }</pre>
 *
 * @param <T> the pooled type
 */
public final class Pool<T> {

    /** 2^64 / φ: Fibonacci hashing spreads consecutive thread ids as far apart as possible. */
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final Supplier<? extends T> factory;
    private final Consumer<? super T> reset;
    private final Predicate<? super T> retainIf;
    private final int mask;
    private final int shift;
    private final int sharedCapacity;
    private final boolean ownedSlots;
    /** One of the two stripe sets, fixed: where the authoritative owner of each index is kept. */
    private final Stripe[] seats;
    /** The other stripe set, whose owners copy those of {@link #seats}. */
    private final Stripe[] mirrors;

    /** The current (primary, victim) pairing; replaced, never mutated, by {@link #rotate()}. */
    private volatile Generation generation;
    /*
     * generation.primary, copied here for the fast paths of get and put: one dependent load
     * nearer (this.primary, then the stripe, against this.generation, its primary, then the
     * stripe), on a path where a ThreadLocal's lookup is the yardstick. rotate() writes it after
     * generation, so a reader may pair it with a newer generation: it then works on the set that
     * has just become the victim cache, which is the race every operation already has with a
     * rotation (a returned object ages one collection early; nothing is ever lent twice).
     */
    private volatile Stripe[] primary;
    /** Guarded by {@code this}; written only by rotate(). */
    private volatile long rotations;

    private Pool(Builder<T> b) {
        this.factory = b.factory;
        this.reset = b.reset;
        this.retainIf = b.retainIf;
        int n = b.stripes;
        this.mask = n - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(n);
        this.sharedCapacity = b.sharedCapacity;
        this.ownedSlots = b.ownedSlots;
        Stripe[] a = newStripes(n, sharedCapacity);
        Stripe[] v = newStripes(n, sharedCapacity);
        Generation first = new Generation(a, v);
        Generation second = new Generation(v, a);
        first.next = second;
        second.next = first;
        this.generation = first;
        this.primary = first.primary;
        this.seats = a;
        this.mirrors = v;
        if (b.agedByGc) {
            GcClock.instance().register(this);
        }
    }

    /**
     * Starts building a pool whose misses are served by {@code factory}.
     *
     * @param factory creates an object when the pool has none; may be called concurrently from
     *                several threads, and must not return null
     * @param <T>     the pooled type
     * @return a builder with the defaults described on {@link Builder}
     */
    public static <T> Builder<T> builder(Supplier<? extends T> factory) {
        return new Builder<>(Objects.requireNonNull(factory, "factory"));
    }

    /**
     * Borrows an object: the owned slot (if the calling thread owns its home stripe), the home
     * stripe's private slot, then its shared chain, then a steal from another stripe, then the
     * victim cache, then the factory.
     *
     * @return a reset object, never null
     * @throws NullPointerException if the factory returned null (nothing is pooled or lost)
     */
    @SuppressWarnings("deprecation") // Thread.getId() picks the stripe only; see homeOf()
    public T get() {
        Thread self = Thread.currentThread();
        int h = homeOf(self.getId());
        Stripe home = primary[h];
        boolean owner = home.owner == self;
        if (owner) {
            // Plain load and store: only this thread fills or takes the owned slot (see Stripe).
            Object x = home.takeOwned();
            if (x != null) {
                home.privateHits++;
                return cast(x);
            }
        }
        return getShared(h, home, owner);
    }

    private T getShared(int h, Stripe home, boolean owner) {
        Object x = home.takePrivate();
        if (x != null) {
            home.privateHits++;
            return cast(x);
        }
        // Prefer the head over the tail for temporal locality of reuse (as Go does).
        x = home.popHead();
        if (x != null) {
            home.sharedHits++;
            return cast(x);
        }
        return getSlow(generation, h, home, owner);
    }

    private T getSlow(Generation g, int h, Stripe home, boolean owner) {
        Stripe[] primary = g.primary;
        Stripe current = primary[h];
        if (current != home) {
            // The fast path read the pool's copy of the primary set (see #primary) just before a
            // rotation replaced it, so this thread's own slots in the set that is primary now
            // were never looked at; what it put there itself must not look lost to it. (Two
            // rotations between its put and get, seen in this order, hid the owner's object:
            // jcstress OwnedSlotTest.Rotations.) So look at home again, in the current set, as
            // get() would have (ownership is mirrored in both sets, so owner still holds).
            if (owner) {
                Object x = current.takeOwned();
                if (x != null) {
                    current.privateHits++;
                    return cast(x);
                }
            }
            return getShared(h, current, owner);
        }
        // Steal from the other stripes' tails first, then their private slots, which any thread
        // may fill (a virtual thread, say, whose home is owned by someone else), so a borrower
        // whose home is empty must be able to reuse them rather than allocate. Never their owned
        // slots: as Go's P-private slot, that one belongs to the stripe's owner, which is the
        // only reason the owner may use it without an atomic operation.
        for (int i = 1; i <= mask; i++) {
            Stripe s = primary[(h + i) & mask];
            Object x = s.popTail();
            if (x == null) {
                x = s.takePrivate();
            }
            if (x != null) {
                home.steals++;
                return cast(x);
            }
        }
        // The victim cache comes after stealing from every primary stripe, so that objects in
        // it age out whenever the primary cache can serve the load.
        if (owner) {
            // Ownership is of the stripe index, in both sets: the owner alone may take what its
            // owned slot held before the last collection. Not covered by victimDrained, which
            // only other threads' slots can set.
            Object x = g.victim[h].takeOwned();
            if (x != null) {
                home.victimHits++;
                return cast(x);
            }
        }
        if (!g.victimDrained) {
            Stripe[] victim = g.victim;
            for (int i = 0; i <= mask; i++) {
                Stripe s = victim[(h + i) & mask];
                Object x = s.takePrivate();
                if (x == null) {
                    x = s.popTail();
                }
                if (x != null) {
                    home.victimHits++;
                    return cast(x);
                }
            }
            g.victimDrained = true;
        }
        T fresh = factory.get();
        if (fresh == null) {
            throw new NullPointerException("Pool factory returned null; a factory must create an object on every call");
        }
        home.misses++;
        return fresh;
    }

    /**
     * Returns an object to the pool: runs {@code reset}, checks the retention rule, then stores
     * it in the home stripe's private slot, else its shared chain, else drops it.
     *
     * <p>If {@code reset} or {@code retainIf} throws, the object is dropped (never pooled half
     * reset) and the exception propagates; the pool stays fully usable.
     *
     * @param x an object obtained from {@link #get()} and no longer used by the caller
     * @throws NullPointerException if {@code x} is null
     */
    @SuppressWarnings("deprecation") // Thread.getId() picks the stripe only; see homeOf()
    public void put(T x) {
        if (x == null) {
            throw new NullPointerException("Pool.put(null): only objects obtained from get() can be returned");
        }
        boolean keep;
        try {
            reset.accept(x);
            keep = retainIf.test(x);
        } catch (Throwable t) {
            // Never pool an object whose reset did not finish: drop it, report, stay usable.
            reject(x);
            throw t;
        }
        if (!keep) {
            reject(x);
            return;
        }
        // Read the primary set after the (possibly slow) reset, so the object lands in the
        // freshest primary cache. A rotation between this read and the store below merely puts
        // the object straight into the victim cache: it ages one collection early, never twice lent.
        Thread self = Thread.currentThread();
        int h = homeOf(self.getId());
        Stripe home = primary[h];
        if (home.owner == self && home.offerOwned(x)) {
            home.keptPrivate++;
            return;
        }
        putShared(x, self, h, home);
    }

    /**
     * Drops x. An owner may have borrowed x from its owned slot, which still references it until
     * it comes back (see Stripe#ownedSlot): forget it there, in both stripe sets, so that the pool
     * does not keep alive an object it was told not to keep. Only the owner may touch its slots;
     * an object another thread rejects is let go at the owner's next return or by the collections.
     */
    @SuppressWarnings("deprecation") // Thread.getId() picks the stripe only; see homeOf()
    private void reject(T x) {
        Thread self = Thread.currentThread();
        int h = homeOf(self.getId());
        if (seats[h].owner == self) {
            seats[h].forgetOwned(x);
            mirrors[h].forgetOwned(x);
        }
        primary[h].rejects++;
    }

    private void putShared(T x, Thread self, int h, Stripe home) {
        // Claim only with the owned slot empty: a dead owner's object may still sit in it.
        if (home.owner == null && home.ownedSlot == null && claim(h, self) && home.offerOwned(x)) {
            home.keptPrivate++;
        } else if (home.offerPrivate(x)) {
            home.keptPrivate++;
        } else if (home.pushHead(x)) {
            home.keptShared++;
        } else {
            home.drops++;
        }
    }

    /*
     * Makes thread t the owner of stripe index h, if nobody owns it and t may own one. Only
     * platform threads may: a virtual thread usually lives for one task, and a million of them
     * would hand the index from one short-lived owner to the next at every collection, while
     * they all pool just as well through the atomic slots. The authoritative owner lives in the
     * stripe set `seats` (one compare-and-set decides between claimants); `mirrors`, the other
     * set, gets a copy, written by the winner only, so the fast path reads the owner from
     * whichever stripe it is about to use. Ownership ends only when the owner has died
     * (releaseDeadOwners), so no live thread ever loses its owned slot to another.
     */
    private boolean claim(int h, Thread t) {
        if (!ownedSlots || ThreadKinds.isVirtual(t) || !seats[h].claimOwner(t)) {
            return false;
        }
        mirrors[h].owner = t;
        return true;
    }

    /*
     * Frees the stripe indices whose owner has terminated, so a thread that replaces it (a pool
     * worker restarted, say) can own the index, and so the pool stops referencing the dead
     * thread. Runs with each rotation, off the fast path: a dead owner costs its index the owned
     * slot until the next collection, nothing more. A terminated thread touches nothing, and its
     * termination happens-before isAlive() returns false here, so what it stored is visible to
     * the next owner; the mirror is cleared before the release store that lets the next claim in.
     */
    private void releaseDeadOwners() {
        for (int h = 0; h < seats.length; h++) {
            Thread t = seats[h].ownerAcquire();
            if (t != null && !t.isAlive()) {
                mirrors[h].owner = null;
                seats[h].releaseOwner();
            }
        }
    }

    /**
     * Borrows an object, applies {@code action} to it and returns the object to the pool, also
     * when {@code action} throws. A failure to return the object (a throwing reset) is added as
     * suppressed to the action's exception, or thrown if the action succeeded.
     *
     * @param action what to do with the borrowed object; must not keep a reference to it
     * @param <R>    the result type
     * @return what {@code action} returned
     */
    public <R> R apply(Function<? super T, ? extends R> action) {
        T x = get();
        R result;
        try {
            result = action.apply(x);
        } catch (Throwable t) {
            try {
                put(x);
            } catch (Throwable suppressed) {
                t.addSuppressed(suppressed);
            }
            throw t;
        }
        put(x);
        return result;
    }

    /**
     * Drops every object the pool holds, primary and victim. Objects put concurrently with
     * {@code clear} may stay pooled; objects borrowed during it are unaffected.
     */
    public synchronized void clear() {
        Generation g = generation;
        drain(g.primary);
        drain(g.victim);
    }

    /**
     * Ages the pool by one collection: victim ← primary, primary ← empty. Called by the GC
     * clock after each collection; package-private so tests can age a pool deterministically.
     */
    synchronized void rotate() {
        Generation g = generation;
        Generation next = g.next;
        // next.primary is the current victim: drain it before publishing, so the new primary
        // starts empty and what was in the old victim is released to the collector now.
        drain(next.primary);
        next.victimDrained = false;
        generation = next;
        primary = next.primary;
        rotations++;
        releaseDeadOwners();
    }

    private static void drain(Stripe[] stripes) {
        for (Stripe s : stripes) {
            s.drain();
        }
    }

    /**
     * Objects held right now, primary and victim: a snapshot, racy under concurrent use.
     *
     * @return the number of idle objects in every slot of both stripe sets, from 0 to
     *         {@link #capacity()}; an owned slot's lent object is not counted
     */
    public int idle() {
        Generation g = generation;
        int n = 0;
        for (Stripe s : g.primary) {
            n += s.idle();
        }
        for (Stripe s : g.victim) {
            n += s.idle();
        }
        return n;
    }

    /**
     * Objects held in the victim cache right now (they survived one collection); a snapshot.
     *
     * @return the number of idle objects in the victim stripes, at most half of {@link #capacity()}
     */
    public int idleVictims() {
        int n = 0;
        for (Stripe s : generation.victim) {
            n += s.idle();
        }
        return n;
    }

    /**
     * The counters since the pool was built, and what the pool holds now. See {@link PoolStats}
     * for their meaning and accuracy under concurrency. Costs a scan of every slot.
     *
     * @return a new snapshot, never null
     */
    public PoolStats stats() {
        long privateHits = 0, sharedHits = 0, steals = 0, victimHits = 0, misses = 0;
        long keptPrivate = 0, keptShared = 0, drops = 0, rejects = 0;
        Generation g = generation;
        // Counters accrue in whichever set was primary at the time: sum both.
        for (Stripe[] set : new Stripe[][] {g.primary, g.victim}) {
            for (Stripe s : set) {
                privateHits += s.privateHits;
                sharedHits += s.sharedHits;
                steals += s.steals;
                victimHits += s.victimHits;
                misses += s.misses;
                keptPrivate += s.keptPrivate;
                keptShared += s.keptShared;
                drops += s.drops;
                rejects += s.rejects;
            }
        }
        return new PoolStats(privateHits, sharedHits, steals, victimHits, misses,
                keptPrivate, keptShared, drops, rejects, rotations, idle(), capacity());
    }

    /**
     * The number of stripes (a power of two).
     *
     * @return the stripe count of each stripe set, from 1 to 65536
     */
    public int stripes() {
        return mask + 1;
    }

    /**
     * How many objects each stripe's shared chain holds at most.
     *
     * @return the shared chain's capacity, from 0 to 1024
     */
    public int sharedCapacity() {
        return sharedCapacity;
    }

    /**
     * The most objects this pool can hold at once, primary and victim together.
     *
     * @return {@code 2 × stripes() × (2 + sharedCapacity())}
     */
    public int capacity() {
        return 2 * stripes() * (2 + sharedCapacity);
    }

    @Override
    public String toString() {
        return "Pool[stripes=" + stripes() + ", sharedCapacity=" + sharedCapacity + ", idle=" + idle() + "]";
    }

    /**
     * In how many slots, primary and victim, owned slots included, x sits idle now (an owned
     * slot's lent object does not count): 0 or 1 unless the pool is broken. For arbiters and
     * tests, which see what no non-owner's get can reach; the lent marks are the owner's plain
     * fields, so call it after the owner's last operation happened-before the call.
     */
    int occurrences(Object x) {
        Generation g = generation;
        int n = 0;
        for (int i = 0; i <= mask; i++) {
            n += g.primary[i].occurrences(x) + g.victim[i].occurrences(x);
        }
        return n;
    }

    /** Whether {@code t} owns its home stripe; for tests. */
    @SuppressWarnings("deprecation")
    boolean ownsHome(Thread t) {
        int h = homeOf(t.getId());
        return seats[h].owner == t;
    }

    /*
     * The home stripe comes from the thread's id, not from a ThreadLocal: a virtual thread has
     * an id as cheap to read as a platform thread's, and a ThreadLocal would give each of a
     * million virtual threads its own map entry. Fibonacci hashing takes the top bits, so
     * consecutive ids (a freshly started group of workers) land on distinct stripes. The id only
     * picks the stripe: Thread.getId() may be overridden, so a thread that lies about its id
     * merely shares another's stripe, and ownership is decided by identity (see Stripe#owner).
     * Thread.getId(), not threadId(): the latter is JDK 19+. Package-private for tests.
     */
    int homeOf(long threadId) {
        return (int) ((threadId * GOLDEN) >>> shift) & mask;
    }

    private static Stripe[] newStripes(int n, int sharedCapacity) {
        Stripe[] s = new Stripe[n];
        for (int i = 0; i < n; i++) {
            s[i] = new Stripe(sharedCapacity);
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object x) {
        return (T) x;
    }

    /**
     * Configures a {@link Pool}. Defaults: no reset, retain everything, stripes = the smallest
     * power of two ≥ 4 × available processors, shared capacity 4 per stripe.
     *
     * <p>Not thread-safe; the pools it builds are.
     *
     * @param <T> the pooled type
     */
    public static final class Builder<T> {
        private static final int MAX_STRIPES = 1 << 16;
        private static final int MAX_SHARED = 1 << 10;

        private final Supplier<? extends T> factory;
        private Consumer<? super T> reset = x -> { };
        private Predicate<? super T> retainIf = x -> true;
        private int stripes = defaultStripes();
        private int sharedCapacity = 4;
        private boolean agedByGc = true;
        private boolean ownedSlots = true;

        private Builder(Supplier<? extends T> factory) {
            this.factory = factory;
        }

        /*
         * 4 × cores: with as many stripes as cores, two busy threads would share a stripe
         * (and contend on its private slot) far too often; with 4×, up to 4 consecutive
         * thread ids never collide (Fibonacci hashing), and the memory held stays small.
         */
        private static int defaultStripes() {
            return ceilPowerOfTwo(4 * Runtime.getRuntime().availableProcessors());
        }

        /**
         * Runs on every {@link Pool#put} before the object is stored, so that {@link Pool#get}
         * always returns a reset object. If it throws, the object is dropped.
         *
         * @param reset clears the state a borrower left in the object; must not be null
         * @return this builder
         */
        public Builder<T> reset(Consumer<? super T> reset) {
            this.reset = Objects.requireNonNull(reset, "reset");
            return this;
        }

        /**
         * Decides on every {@link Pool#put}, after {@code reset}, whether the object is kept;
         * e.g. {@code sb -> sb.capacity() <= 64 * 1024} so one huge document does not pin a huge
         * buffer forever (golang/go#23199). If it throws, the object is dropped.
         *
         * @param retainIf true to keep the reset object, false to drop it; must not be null
         * @return this builder
         */
        public Builder<T> retainIf(Predicate<? super T> retainIf) {
            this.retainIf = Objects.requireNonNull(retainIf, "retainIf");
            return this;
        }

        /**
         * Number of stripes, rounded up to a power of two; at least 1, at most 65536.
         *
         * @param stripes the number of stripes wanted, from 1 to 65536
         * @return this builder
         * @throws IllegalArgumentException if {@code stripes} is out of range
         */
        public Builder<T> stripes(int stripes) {
            if (stripes < 1 || stripes > MAX_STRIPES) {
                throw new IllegalArgumentException("stripes must be in [1, " + MAX_STRIPES + "], was " + stripes);
            }
            this.stripes = ceilPowerOfTwo(stripes);
            return this;
        }

        /**
         * Objects each stripe's shared chain may hold besides its private slot; 0 to 1024.
         *
         * @param sharedCapacity the capacity of each stripe's shared chain, from 0 to 1024
         * @return this builder
         * @throws IllegalArgumentException if {@code sharedCapacity} is out of range
         */
        public Builder<T> sharedCapacity(int sharedCapacity) {
            if (sharedCapacity < 0 || sharedCapacity > MAX_SHARED) {
                throw new IllegalArgumentException("sharedCapacity must be in [0, " + MAX_SHARED + "], was " + sharedCapacity);
            }
            this.sharedCapacity = sharedCapacity;
            return this;
        }

        /**
         * Leaves the pool off the GC clock, so only {@link Pool#rotate()} ages it: for tests that
         * compare the pool against a model and must not see a collection rotate it midway.
         */
        Builder<T> withoutGcClock() {
            this.agedByGc = false;
            return this;
        }

        /**
         * No thread ever owns a stripe, so every slot is reached through atomic operations: for
         * the jcstress scenarios that race two threads on the atomic slots, which an owner would
         * otherwise bypass.
         */
        Builder<T> withoutOwnedSlots() {
            this.ownedSlots = false;
            return this;
        }

        /**
         * Builds the pool and registers it (weakly) with the process-wide GC clock.
         *
         * @return a new, empty pool with this builder's settings
         */
        public Pool<T> build() {
            return new Pool<>(this);
        }

        private static int ceilPowerOfTwo(int n) {
            return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
        }
    }
}
