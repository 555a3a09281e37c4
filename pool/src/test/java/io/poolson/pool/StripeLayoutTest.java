package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.poolson.pool.internal.LeadingPadding;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The padding around a stripe's hot fields holds in the layout the running JVM chose: the private
 * slot and the counters sit at least 128 bytes from the start of the object and have 128 bytes of
 * padding after them. A long-only pad once let the JVM put the private slot in the 4-byte hole after
 * the object header (JDK 15+ fills superclass holes with subclass fields), where it shared a cache
 * line with the preceding object; this test catches that and any layout change like it.
 */
class StripeLayoutTest {
    /**
     * Field offsets as the JVM laid them out, from {@code sun.misc.Unsafe.objectFieldOffset}, the JDK's
     * only window on a layout (reached reflectively: the pool's module does not read jdk.unsupported,
     * and the tests run on the class path, where it is exported).
     */
    private static List<Long> offsets(Class<?> c) throws ReflectiveOperationException {
        Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
        Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
        theUnsafe.setAccessible(true);
        Object unsafe = theUnsafe.get(null);
        Method objectFieldOffset = unsafeClass.getMethod("objectFieldOffset", Field.class);
        List<Long> result = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                result.add((Long) objectFieldOffset.invoke(unsafe, f));
            }
        }
        return result;
    }

    @Test
    void hotFieldsHave128BytesOfPaddingOnBothSides() throws ReflectiveOperationException {
        List<Long> hot = offsets(StripeHot.class);
        List<Long> left = offsets(LeadingPadding.class);
        List<Long> right = offsets(StripePadRight.class);
        long hotMin = hot.stream().mapToLong(Long::longValue).min().orElseThrow();
        long hotMax = hot.stream().mapToLong(Long::longValue).max().orElseThrow();
        long rightMin = right.stream().mapToLong(Long::longValue).min().orElseThrow();
        long rightMax = right.stream().mapToLong(Long::longValue).max().orElseThrow();

        assertTrue(hotMin >= 128, "hot fields start at offset " + hotMin + ", less than 128 bytes into the stripe");
        assertTrue(left.stream().allMatch(o -> o < hotMin), "left padding " + left + " must precede the hot fields " + hot);
        assertTrue(rightMin > hotMax, "right padding starts at " + rightMin + ", before the last hot field at " + hotMax);
        assertTrue(rightMax >= hotMax + 128, "right padding ends at " + rightMax + ", less than 128 bytes after " + hotMax);
    }
}
