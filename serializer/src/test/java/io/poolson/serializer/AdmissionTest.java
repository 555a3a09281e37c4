package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link MapSerializer#writeCompleteTo(Map, java.io.Writer, Admission, int)} and its byte twin:
 * every key and value class is put to the admission as the map is written; a refusal anywhere, at
 * any depth and however late in the document, leaves the target untouched, returns the pooled
 * writer, and keeps neither the admission nor any part of the document for the next call.
 */
class AdmissionTest {
    private final MapSerializer serializer = MapSerializer.builder().build();

    /** Admits everything but the listed classes, and records every class it is asked about. */
    private static class Refusing implements Admission {
        final Set<Class<?>> refused;
        final List<Class<?>> keysAsked = new ArrayList<>();
        final List<Class<?>> valuesAsked = new ArrayList<>();

        Refusing(Class<?>... refused) {
            this.refused = Set.of(refused);
        }

        @Override
        public boolean admitsKey(Class<?> c) {
            keysAsked.add(c);
            return !refused.contains(c);
        }

        @Override
        public boolean admitsValue(Class<?> c) {
            valuesAsked.add(c);
            return !refused.contains(c);
        }
    }

    /** Many plain entries, then a nested list whose last element's class is {@code late}'s. */
    private static Map<Object, Object> lateIn(Object late) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < 3_000; i++) { // past one chunk: a refusal must come after the buffer grew
            m.put("key" + i, i);
        }
        m.put("nested", Map.of("list", List.of("a", 1.5, late)));
        return m;
    }

    private void assertRefusedLeavingNothing(Map<?, ?> map, Admission admission) {
        long charGets = serializer.charPoolStats().gets();
        StringWriter chars = new StringWriter();
        assertFalse(serializer.writeCompleteTo(map, chars, admission, 1000));
        assertEquals("", chars.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertFalse(serializer.writeCompleteTo(map, bytes, admission, 1000));
        assertEquals(0, bytes.size());
        assertEquals(charGets + 1, serializer.charPoolStats().gets());
        assertEquals(serializer.charPoolStats().gets(), serializer.charPoolStats().kept(), "the character writer came back");
        assertEquals(serializer.bytePoolStats().gets(), serializer.bytePoolStats().kept(), "the UTF-8 writer came back");
        // The next call, on the same pooled writers, is exact.
        Map<String, Object> next = WriteCompleteToTest.doc("after", 2);
        StringWriter again = new StringWriter();
        assertTrue(serializer.writeCompleteTo(next, again, admission, 1000));
        assertEquals(JacksonOracle.jacksonString(next), again.toString());
        ByteArrayOutputStream againBytes = new ByteArrayOutputStream();
        assertTrue(serializer.writeCompleteTo(next, againBytes, admission, 1000));
        assertArrayEquals(JacksonOracle.jacksonBytes(next), againBytes.toByteArray());
    }

    @Test
    void aRefusedValueDeepAndLateInTheDocumentLeavesNothing() {
        assertRefusedLeavingNothing(lateIn(7L), new Refusing(Long.class));
        assertRefusedLeavingNothing(lateIn(new int[] {1}), new Refusing(int[].class));
        assertRefusedLeavingNothing(lateIn("x"), new Refusing(List.of().getClass())); // the container itself
    }

    @Test
    void aRefusedKeyLeavesNothing() {
        Map<Object, Object> m = lateIn("x");
        m.put(42, "int key");
        assertRefusedLeavingNothing(m, new Refusing(Integer.class) {
            @Override
            public boolean admitsValue(Class<?> c) {
                return true; // Integer values are fine; Integer keys are not
            }
        });
    }

    @Test
    void eachClassIsAskedWhereItFollowsAnotherInItsContainerAndAnAdmittedDocumentIsExact() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put("s", "text");
        m.put(7, List.of(true, 'c'));
        m.put("n", null);
        m.put("a", new byte[] {1, 2});
        m.put("b", "more");
        m.put("c", List.of("x", "y"));
        Refusing all = new Refusing();
        StringWriter chars = new StringWriter();
        assertTrue(serializer.writeCompleteTo(m, chars, all, 1000));
        assertEquals(JacksonOracle.jacksonString(m), chars.toString());
        // "a", "b" and "c" follow the String key "n": not asked about again.
        assertEquals(List.of(String.class, Integer.class, String.class), all.keysAsked);
        // null is no class and is not asked about, nor does it end a run; a nested container starts
        // its own runs ("x" is asked about though a String value came last in the outer map, "y" not).
        Class<?> list = List.of(true, 'c').getClass();
        assertEquals(List.of(String.class, list, Boolean.class, Character.class, byte[].class, String.class, list,
                String.class), all.valuesAsked);
    }

    @Test
    void aRefusedClassAfterARunOfAdmittedOnesIsRefusedInEveryContainer() {
        Refusing noLongs = new Refusing(Long.class);
        assertRefusedLeavingNothing(Map.of("list", List.of(1, 2, 3L)), noLongs);
        assertRefusedLeavingNothing(Map.of("array", new Object[] {1, 2, 3L}), noLongs);
        Map<String, Object> inMap = new LinkedHashMap<>();
        inMap.put("a", 1);
        inMap.put("b", 2);
        inMap.put("c", 3L);
        assertRefusedLeavingNothing(inMap, noLongs);
        Map<Object, Object> keys = new LinkedHashMap<>();
        keys.put(1L, "a");
        keys.put(2L, "b");
        keys.put(3, "c");
        assertRefusedLeavingNothing(keys, new Refusing(Integer.class) {
            @Override
            public boolean admitsValue(Class<?> c) {
                return true;
            }
        });
    }

    @Test
    void theDepthLimitIsTheLowerOfTheCallersAndTheInstances() {
        Map<String, Object> three = Map.of("a", Map.of("b", Map.of("c", 1)));
        StringWriter chars = new StringWriter();
        JsonSerializationException e = assertThrows(JsonSerializationException.class,
                () -> serializer.writeCompleteTo(three, chars, null, 2));
        assertTrue(e.getMessage().contains("2"), e.getMessage());
        assertEquals("", chars.toString());
        assertTrue(serializer.writeCompleteTo(three, chars, null, 3));
        assertEquals(JacksonOracle.jacksonString(three), chars.toString());
        MapSerializer shallow = MapSerializer.builder().maxDepth(2).build();
        assertThrows(JsonSerializationException.class,
                () -> shallow.writeCompleteTo(three, new ByteArrayOutputStream(), null, 1000));
    }

    @Test
    void thePoolDoesNotKeepTheAdmission() throws InterruptedException {
        WeakReference<Admission> ref = writeWithAThrowawayAdmission();
        assertTrue(serializer.charPoolStats().idle() > 0 && serializer.bytePoolStats().idle() > 0,
                "both writers are pooled");
        assertCollectedWhileWritersArePooled(ref, "a pooled writer still references the admission");
    }

    /**
     * Collects until {@code ref} is cleared. The pool lets its objects go at its second rotation
     * after a collection: the referent must be gone before that, or this would pass even if a
     * pooled writer kept it.
     */
    private void assertCollectedWhileWritersArePooled(WeakReference<?> ref, String message) throws InterruptedException {
        long rotations = serializer.charPoolStats().rotations();
        for (int i = 0; i < 20 && ref.get() != null && serializer.charPoolStats().rotations() - rotations < 2; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertEquals(null, ref.get(), message);
        assertTrue(serializer.charPoolStats().rotations() - rotations < 2 || serializer.charPoolStats().idle() > 0,
                "cleared only because the pool dropped its writers");
    }

    @Test
    void thePoolDoesNotKeepTheClassesItWasAdmitted() throws Exception {
        // A map class of a throwaway class loader, put to the admission and written: once the
        // document is written, the pooled writers must not keep the class, hence its loader.
        WeakReference<ClassLoader> loader = writeAThrowawayLoadersMap();
        assertCollectedWhileWritersArePooled(loader, "a pooled writer still references an admitted class");
    }

    private WeakReference<ClassLoader> writeAThrowawayLoadersMap() throws Exception {
        ClassLoader throwaway = new java.net.URLClassLoader(new java.net.URL[0], null);
        Map<?, ?> empty = (Map<?, ?>) java.lang.reflect.Proxy.newProxyInstance(throwaway, new Class<?>[] {Map.class},
                (proxy, method, args) -> method.getName().equals("entrySet") ? Set.of() : null);
        assertEquals(throwaway, empty.getClass().getClassLoader());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("proxied", empty);
        m.put("plain", 1);
        Refusing all = new Refusing();
        StringWriter chars = new StringWriter();
        assertTrue(serializer.writeCompleteTo(m, chars, all, 1000));
        assertEquals("{\"proxied\":{},\"plain\":1}", chars.toString());
        assertTrue(serializer.writeCompleteTo(m, new ByteArrayOutputStream(), all, 1000));
        assertTrue(all.valuesAsked.contains(empty.getClass()));
        return new WeakReference<>(throwaway);
    }

    private WeakReference<Admission> writeWithAThrowawayAdmission() {
        Admission a = new Refusing(Long.class);
        serializer.writeCompleteTo(Map.of("k", 1), new StringWriter(), a, 1000);
        serializer.writeCompleteTo(Map.of("k", 1L), new ByteArrayOutputStream(), a, 1000);
        return new WeakReference<>(a);
    }
}
