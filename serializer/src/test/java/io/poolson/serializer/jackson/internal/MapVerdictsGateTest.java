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

    /**
     * Verdicts whose every question to the mapper fails the test: only answers that need no mapper
     * (declared types, the classes poolson never writes as Jackson does) can be given.
     */
    private static final class MapperNeverAsked extends MapVerdicts<Object> {
        MapperNeverAsked(Class<?> keyType, Class<?> keySerializer, Class<?> valueType, Class<?> valueSerializer) {
            super(null, false, keyType, keySerializer, valueType, false, valueSerializer);
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

    /** Declared key type String and value type Integer, each with a static serializer: only those classes pass. */
    private static MapVerdicts<Object> declared() {
        return new MapperNeverAsked(String.class, Object.class, Integer.class, Object.class);
    }

    /** Undeclared key and value types (Object), no static serializers: any class would be put to the mapper. */
    private static MapVerdicts<Object> undeclared() {
        return new MapperNeverAsked(Object.class, Object.class, Object.class, null);
    }

    /** The verdicts as one call's admission, as a module write asks them. */
    private static Admission gate(MapVerdicts<Object> verdicts) {
        return new Admission() {
            @Override
            public boolean admitsValue(Class<?> c) {
                return verdicts.admitsValue(c, null);
            }

            @Override
            public boolean admitsKey(Class<?> c) {
                return verdicts.admitsKey(c, null);
            }
        };
    }

    @Test
    void theLastApprovedValueClassNeverLetsARefusedOneThrough() {
        Admission gate = gate(declared());
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
        MapVerdicts<Object> verdicts = declared();
        assertTrue(gate(verdicts).admitsKey(String.class));
        Admission next = gate(verdicts); // the shortcut outlives one call's gate
        assertTrue(next.admitsKey(String.class));
        assertFalse(next.admitsKey(Integer.class), "refused right after an approval");
        assertFalse(next.admitsKey(Integer.class), "refused twice in a row");
        assertFalse(next.admitsValue(String.class), "keys and values are approved separately");
    }

    private enum Colour { RED }

    @Test
    void classesPoolsonDoesNotWriteAsJacksonDoesAreRefusedWithoutAskingTheMapper() {
        Admission admission = gate(undeclared());
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
