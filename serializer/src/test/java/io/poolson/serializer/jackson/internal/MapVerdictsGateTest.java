package io.poolson.serializer.jackson.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.poolson.serializer.Admission;
import org.junit.jupiter.api.Test;

/**
 * The admission's shortcut for the last approved class (an identity check before the cache lookup)
 * must never approve a class the verdicts refuse, whatever order classes are asked in; and classes
 * poolson does not write as Jackson does are refused before the mapper is even asked.
 */
class MapVerdictsGateTest {

    /** Declared key type String and value type Integer, each with a static serializer: only those classes pass. */
    private static final class Declared extends MapVerdicts<Object> {
        Declared() {
            super(null, false, String.class, Object.class, Integer.class, false, Object.class);
        }

        @Override
        protected boolean defaultTyping(Object call) {
            throw new AssertionError("not asked for a declared type");
        }

        @Override
        protected Object findValueSerializer(Class<?> c, Object call) {
            throw new AssertionError("not asked for a declared type");
        }

        @Override
        protected boolean isPlainPoolsonMap(Object serializer, Object call) {
            throw new AssertionError("not asked for a declared type");
        }

        @Override
        protected Class<?> handledType(Object serializer) {
            throw new AssertionError("not asked for a declared type");
        }

        @Override
        protected boolean plainFormat(Class<?> type, Object call) {
            throw new AssertionError("not asked for a declared type");
        }

        @Override
        protected Class<?> findKeySerializer(Class<?> c, Object call) {
            throw new AssertionError("not asked for a declared type");
        }
    }

    @Test
    void theLastApprovedValueClassNeverLetsARefusedOneThrough() {
        Admission gate = new Declared().admission(null);
        assertFalse(gate.admitsValue(Long.class), "refused before anything was approved");
        assertTrue(gate.admitsValue(Integer.class));
        assertTrue(gate.admitsValue(Integer.class), "the shortcut");
        assertFalse(gate.admitsValue(Long.class), "refused right after an approval");
        assertFalse(gate.admitsValue(Long.class), "refused twice in a row: a refusal is never the shortcut");
        assertTrue(gate.admitsValue(Integer.class));
        assertFalse(gate.admitsValue(Short.class));
    }

    @Test
    void theLastApprovedKeyClassNeverLetsARefusedOneThrough() {
        MapVerdicts<Object> verdicts = new Declared();
        assertTrue(verdicts.admission(null).admitsKey(String.class));
        Admission next = verdicts.admission(null); // the shortcut outlives one call's gate
        assertTrue(next.admitsKey(String.class));
        assertFalse(next.admitsKey(Integer.class), "refused right after an approval");
        assertFalse(next.admitsKey(Integer.class), "refused twice in a row");
        assertFalse(next.admitsValue(String.class), "keys and values are approved separately");
    }

    /** Undeclared key and value types (Object): every hook would be asked, so each fails the test if it is. */
    private static final class Undeclared extends MapVerdicts<Object> {
        Undeclared() {
            super(null, false, Object.class, Object.class, Object.class, false, null);
        }

        @Override
        protected boolean defaultTyping(Object call) {
            throw new AssertionError("the mapper must not be asked");
        }

        @Override
        protected Object findValueSerializer(Class<?> c, Object call) {
            throw new AssertionError("the mapper must not be asked about " + c);
        }

        @Override
        protected boolean isPlainPoolsonMap(Object serializer, Object call) {
            throw new AssertionError("the mapper must not be asked");
        }

        @Override
        protected Class<?> handledType(Object serializer) {
            throw new AssertionError("the mapper must not be asked");
        }

        @Override
        protected boolean plainFormat(Class<?> type, Object call) {
            throw new AssertionError("the mapper must not be asked");
        }

        @Override
        protected Class<?> findKeySerializer(Class<?> c, Object call) {
            throw new AssertionError("the mapper must not be asked about key " + c);
        }
    }

    private enum Colour { RED }

    @Test
    void classesPoolsonDoesNotWriteAsJacksonDoesAreRefusedWithoutAskingTheMapper() {
        Admission admission = new Undeclared().admission(null);
        for (Class<?> c : new Class<?>[] {StringBuilder.class, Colour.class, java.util.concurrent.atomic.AtomicInteger.class,
                java.util.Optional.class, java.util.Date.class, Iterable.class,
                Object.class, java.util.UUID.class}) {
            assertFalse(admission.admitsValue(c), c + " as a value");
            assertFalse(admission.admitsKey(c), c + " as a key");
        }
        for (Class<?> c : new Class<?>[] {java.util.HashMap.class, java.util.ArrayList.class, int[].class, String[].class}) {
            assertFalse(admission.admitsKey(c), c + " as a key");
        }
    }
}
