package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.poolson.pool.internal.LeadingPadding;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of padding in the field layout the running JVM chose, from {@code
 * sun.misc.Unsafe.objectFieldOffset}, the JDK's only window on a layout (reached reflectively: the
 * tests run on the class path, where jdk.unsupported is exported). HotSpot lays out a class's longs
 * before its other fields and may fill a superclass's holes with subclass fields (JDK 15+), so only
 * the offsets tell whether a padding holds.
 */
public final class Layouts {
    private Layouts() {
    }

    /** Field offsets of {@code c} and its superclasses: leading padding, the rest, trailing padding. */
    private static List<List<Long>> offsets(Class<?> c) throws ReflectiveOperationException {
        Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
        Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
        theUnsafe.setAccessible(true);
        Object unsafe = theUnsafe.get(null);
        Method objectFieldOffset = unsafeClass.getMethod("objectFieldOffset", Field.class);
        List<Long> lead = new ArrayList<>();
        List<Long> rest = new ArrayList<>();
        List<Long> tail = new ArrayList<>();
        for (Class<?> k = c; k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    long offset = (Long) objectFieldOffset.invoke(unsafe, f);
                    if (k == LeadingPadding.class) {
                        lead.add(offset);
                    } else if (k == c && f.getName().startsWith("pad")) {
                        tail.add(offset);
                    } else {
                        rest.add(offset); // the leaf's own other fields too: they must precede the padding
                    }
                }
            }
        }
        return List.of(lead, rest, tail);
    }

    /**
     * Asserts that every field of {@code c} and its superclasses, but {@link LeadingPadding}'s and
     * the leaf's padding, lies at least 128 bytes into the object, after all 128 leading padding
     * bytes, and before the leaf's 8 padding longs, which reach at least 64 bytes past the last
     * of them.
     */
    public static void assertPaddedOnBothSides(Class<?> c) throws ReflectiveOperationException {
        List<List<Long>> o = offsets(c);
        List<Long> lead = o.get(0);
        long firstField = o.get(1).stream().mapToLong(Long::longValue).min().orElseThrow();
        long leadEnd = lead.stream().mapToLong(Long::longValue).max().orElseThrow();
        String name = c.getSimpleName();
        assertTrue(lead.size() == 128, name + " has " + lead.size() + " leading padding bytes");
        assertTrue(leadEnd < firstField, name + ": leading padding ends at " + leadEnd + ", after the field at " + firstField);
        assertTrue(firstField >= 128, name + ": the first field is at " + firstField + ", less than 128 bytes into the object");
        assertPaddedAfter(c);
    }

    /**
     * Asserts that the leaf's 8 padding longs ({@code pad*}) follow every other field of {@code c}
     * and its superclasses and reach at least 64 bytes past the last of them.
     */
    public static void assertPaddedAfter(Class<?> c) throws ReflectiveOperationException {
        List<List<Long>> o = offsets(c);
        List<Long> tail = o.get(2);
        long lastField = o.get(1).stream().mapToLong(Long::longValue).max().orElseThrow();
        long tailStart = tail.stream().mapToLong(Long::longValue).min().orElseThrow();
        long tailEnd = tail.stream().mapToLong(Long::longValue).max().orElseThrow() + Long.BYTES;
        String name = c.getSimpleName();
        assertTrue(tail.size() == 8, name + " has " + tail.size() + " trailing padding longs");
        assertTrue(tailStart > lastField, name + ": trailing padding starts at " + tailStart
                + ", before the field at " + lastField);
        assertTrue(tailEnd - lastField >= 64, name + ": trailing padding ends " + (tailEnd - lastField)
                + " bytes after the last field, less than 64");
    }
}
