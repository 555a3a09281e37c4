package io.poolson.serializer.jackson.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The gate's shortcut for the last approved class (an identity check before the cache lookup) must
 * never approve a class the verdicts refuse, whatever order classes are asked in.
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
        MapScan.Gate gate = new Declared().gate(null);
        assertFalse(gate.approvesValue(Long.class), "refused before anything was approved");
        assertTrue(gate.approvesValue(Integer.class));
        assertTrue(gate.approvesValue(Integer.class), "the shortcut");
        assertFalse(gate.approvesValue(Long.class), "refused right after an approval");
        assertFalse(gate.approvesValue(Long.class), "refused twice in a row: a refusal is never the shortcut");
        assertTrue(gate.approvesValue(Integer.class));
        assertFalse(gate.approvesValue(Short.class));
    }

    @Test
    void theLastApprovedKeyClassNeverLetsARefusedOneThrough() {
        MapVerdicts<Object> verdicts = new Declared();
        assertTrue(verdicts.gate(null).approvesKey(String.class));
        MapScan.Gate next = verdicts.gate(null); // the shortcut outlives one call's gate
        assertTrue(next.approvesKey(String.class));
        assertFalse(next.approvesKey(Integer.class), "refused right after an approval");
        assertFalse(next.approvesKey(Integer.class), "refused twice in a row");
        assertFalse(next.approvesValue(String.class), "keys and values are approved separately");
    }
}
