package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.poolson.pool.internal.LeadingPadding;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The padding of the pooled outputs and their key caches holds in the layout the running JVM chose:
 * every field of the classes between the two paddings (the write position stored on every token,
 * the key cursor stored on every key, and the fields read on every token, among them) lies at least
 * 128 bytes into the object, after all of {@link LeadingPadding}, and before the leaf's padding,
 * which reaches at least 64 bytes past the last of them. So neither the object before it in memory
 * nor the one after can share their cache line (see {@link JsonOutput}). The padded leaves declare
 * nothing else: HotSpot lays out a class's longs before its other fields, so a field declared next
 * to the padding would land after it, and JDK 15+ may fill a superclass's holes with subclass
 * fields. This test catches any layout that breaks the property.
 */
class OutputLayoutTest {
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

    private static void assertPaddedOnBothSides(Class<?> c) throws ReflectiveOperationException {
        List<List<Long>> o = offsets(c);
        List<Long> lead = o.get(0);
        List<Long> tail = o.get(2);
        long firstField = o.get(1).stream().mapToLong(Long::longValue).min().orElseThrow();
        long lastField = o.get(1).stream().mapToLong(Long::longValue).max().orElseThrow();
        long leadEnd = lead.stream().mapToLong(Long::longValue).max().orElseThrow();
        long tailStart = tail.stream().mapToLong(Long::longValue).min().orElseThrow();
        long tailEnd = tail.stream().mapToLong(Long::longValue).max().orElseThrow() + Long.BYTES;
        String name = c.getSimpleName();
        assertTrue(lead.size() == 128, name + " has " + lead.size() + " leading padding bytes");
        assertTrue(leadEnd < firstField, name + ": leading padding ends at " + leadEnd + ", after the field at " + firstField);
        assertTrue(firstField >= 128, name + ": the first field is at " + firstField + ", less than 128 bytes into the object");
        assertTrue(tail.size() == 8, name + " has " + tail.size() + " trailing padding longs");
        assertTrue(tailStart > lastField, name + ": trailing padding starts at " + tailStart
                + ", before the field at " + lastField);
        assertTrue(tailEnd - lastField >= 64, name + ": trailing padding ends " + (tailEnd - lastField)
                + " bytes after the last field, less than 64");
    }

    @Test
    void characterOutputIsPaddedOnBothSides() throws ReflectiveOperationException {
        assertPaddedOnBothSides(PaddedCharJsonOutput.class);
    }

    @Test
    void utf8OutputIsPaddedOnBothSides() throws ReflectiveOperationException {
        assertPaddedOnBothSides(PaddedUtf8JsonOutput.class);
    }

    @Test
    void wideOutputIsPaddedOnBothSides() throws ReflectiveOperationException {
        assertPaddedOnBothSides(PaddedCharArrayJsonOutput.class);
    }

    @Test
    void keyCacheIsPaddedOnBothSides() throws ReflectiveOperationException {
        assertPaddedOnBothSides(PaddedKeyCache.class);
    }
}
