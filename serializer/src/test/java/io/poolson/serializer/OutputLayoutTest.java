package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pooled outputs' padding holds in the layout the running JVM chose: every field of the
 * superclasses (the write position stored on every token, and the fields read on every token,
 * among them) lies before the padding, and the padding reaches at least 64 bytes past the last of
 * them, so the next object in memory cannot share their cache line (see {@link JsonOutput}). The
 * padded leaves declare nothing else: HotSpot lays out a class's longs before its other fields, so
 * a field declared next to the padding would land after it, and JDK 15+ may fill a superclass's
 * holes with subclass fields. This test catches any layout that breaks the property.
 */
class OutputLayoutTest {
    /** Instance field offsets of {@code c} and its superclasses, split into padding and the rest. */
    private static List<List<Long>> offsets(Class<?> c) throws ReflectiveOperationException {
        Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
        Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
        theUnsafe.setAccessible(true);
        Object unsafe = theUnsafe.get(null);
        Method objectFieldOffset = unsafeClass.getMethod("objectFieldOffset", Field.class);
        List<Long> pad = new ArrayList<>();
        List<Long> rest = new ArrayList<>();
        for (Class<?> k = c; k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    long offset = (Long) objectFieldOffset.invoke(unsafe, f);
                    if (k == c && f.getName().startsWith("pad")) {
                        pad.add(offset);
                    } else {
                        rest.add(offset); // the leaf's own other fields too: they must precede the padding
                    }
                }
            }
        }
        return List.of(pad, rest);
    }

    private static void assertPaddedAtTheEnd(Class<?> c) throws ReflectiveOperationException {
        List<List<Long>> o = offsets(c);
        List<Long> pad = o.get(0);
        long lastField = o.get(1).stream().mapToLong(Long::longValue).max().orElseThrow();
        long padStart = pad.stream().mapToLong(Long::longValue).min().orElseThrow();
        long padEnd = pad.stream().mapToLong(Long::longValue).max().orElseThrow() + Long.BYTES;
        assertTrue(pad.size() == 8, c.getSimpleName() + " has " + pad.size() + " padding longs");
        assertTrue(padStart > lastField, c.getSimpleName() + ": padding starts at " + padStart
                + ", before the field at " + lastField);
        assertTrue(padEnd - lastField >= 64, c.getSimpleName() + ": padding ends " + (padEnd - lastField)
                + " bytes after the last field, less than 64");
    }

    @Test
    void characterOutputEndsWithItsPadding() throws ReflectiveOperationException {
        assertPaddedAtTheEnd(PaddedCharJsonOutput.class);
    }

    @Test
    void utf8OutputEndsWithItsPadding() throws ReflectiveOperationException {
        assertPaddedAtTheEnd(PaddedUtf8JsonOutput.class);
    }

    @Test
    void wideOutputEndsWithItsPadding() throws ReflectiveOperationException {
        assertPaddedAtTheEnd(PaddedCharArrayJsonOutput.class);
    }
}
