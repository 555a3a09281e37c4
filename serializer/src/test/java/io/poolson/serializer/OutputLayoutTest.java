package io.poolson.serializer;

import io.poolson.pool.internal.LeadingPadding;
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
    @Test
    void characterOutputIsPaddedOnBothSides() throws ReflectiveOperationException {
        Layouts.assertPaddedOnBothSides(PaddedCharJsonOutput.class);
    }

    @Test
    void utf8OutputIsPaddedOnBothSides() throws ReflectiveOperationException {
        Layouts.assertPaddedOnBothSides(PaddedUtf8JsonOutput.class);
    }

    @Test
    void wideOutputIsPaddedOnBothSides() throws ReflectiveOperationException {
        Layouts.assertPaddedOnBothSides(PaddedCharArrayJsonOutput.class);
    }

    @Test
    void keyCacheIsPaddedOnBothSides() throws ReflectiveOperationException {
        Layouts.assertPaddedOnBothSides(PaddedKeyCache.class);
    }
}
