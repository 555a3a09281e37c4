package io.poolson.bench.serializer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.poolson.bench.serializer.Payload.Match;
import org.junit.jupiter.api.Test;

class PayloadTest {

    @Test
    void intMapHoldsKeyIToI() {
        assertEquals(1000, Payloads.intMap(1000).size());
        assertEquals(Integer.valueOf(7), Payloads.intMap(10).get("key7"));
    }

    @Test
    void identicalRejectsAnyDifference() {
        Payload p = Payload.named("10");
        assertDoesNotThrow(() -> p.requireJson("same", p.json(), Match.IDENTICAL));
        String reordered = p.json().replace("{", "{ ");
        assertThrows(IllegalStateException.class, () -> p.requireJson("spaced", reordered, Match.IDENTICAL));
    }

    @Test
    void sameValueAcceptsFormattingOnlyOnTheMixedPayload() {
        Payload mixed = Payload.named(Payloads.MIXED);
        String lowerHex = mixed.json().replace("\\u001F", "\\u001f");
        assertDoesNotThrow(() -> mixed.requireJson("lower hex", lowerHex, Match.SAME_JSON_VALUE));
        assertThrows(IllegalStateException.class, () -> mixed.requireJson("lower hex", lowerHex, Match.IDENTICAL));

        String droppedNull = mixed.json().replace("\"null\":null,", "");
        assertThrows(IllegalStateException.class,
                () -> mixed.requireJson("dropped null", droppedNull, Match.SAME_JSON_VALUE));

        Payload ints = Payload.named("10");
        String spaced = ints.json().replace(",", ", ");
        assertThrows(IllegalStateException.class, () -> ints.requireJson("spaced", spaced, Match.SAME_JSON_VALUE));
    }

    @Test
    void doublesPayloadHoldsTwentyDoublesAndComparesByValue() {
        Payload doubles = Payload.named(Payloads.DOUBLES);
        assertEquals(20, doubles.map().size());
        assertTrue(doubles.map().values().stream().allMatch(v -> v instanceof Double));
        // Other digits for the same double pass as the same value, never as identical text.
        String otherDigits = doubles.json().replace("19.99", "1.999E1");
        assertDoesNotThrow(() -> doubles.requireJson("exponent", otherDigits, Match.SAME_JSON_VALUE));
        assertThrows(IllegalStateException.class, () -> doubles.requireJson("exponent", otherDigits, Match.IDENTICAL));
        String otherValue = doubles.json().replace("19.99", "19.98");
        assertThrows(IllegalStateException.class, () -> doubles.requireJson("changed", otherValue, Match.SAME_JSON_VALUE));
    }

    @Test
    void floorCopiesAreEqualButNew() {
        for (String name : new String[] {"1", "1000", Payloads.MIXED}) {
            Payload p = Payload.named(name);
            String copy = p.copyJson();
            assertEquals(p.json(), copy);
            assertNotSame(p.json(), copy);
            assertArrayEquals(p.utf8(), p.copyUtf8());
        }
    }

    @Test
    void seedNaiveSerializerWritesJacksonsOutput() {
        for (int size : new int[] {0, 1, 10, 1000}) {
            Payload p = Payload.named(Integer.toString(size));
            @SuppressWarnings("unchecked")
            java.util.Map<String, Integer> map = (java.util.Map<String, Integer>) p.map();
            assertDoesNotThrow(() -> p.requireJson("seed", SeedNaiveSerializer.toJson(map), Match.IDENTICAL));
        }
    }
}
