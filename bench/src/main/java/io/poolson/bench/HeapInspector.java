package io.poolson.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Where objects lie in memory, and private fields read by name: what the diagnostic probes
 * ({@code PlacementProbe}, {@code PoolModeProbe}) need, through {@code sun.misc.Unsafe} and
 * reflection. Addresses are decoded from compressed references, assuming a zero-based heap (the
 * JDK's choice for heaps under 32 GB): unshifted under 4 GB, shifted by the object alignment above.
 * Reading JDK classes' fields needs the matching {@code --add-opens}. For diagnostics only; not
 * thread-safe in any useful sense (addresses move at every collection).
 */
public final class HeapInspector {
    private final Object unsafe;
    private final Method getInt;
    private final Method objectFieldOffset;
    private final Method arrayIndexScale;
    private final long objectArrayBase;
    private final int shift;

    public HeapInspector() throws ReflectiveOperationException {
        Class<?> u = Class.forName("sun.misc.Unsafe");
        Field f = u.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        unsafe = f.get(null);
        getInt = u.getMethod("getInt", Object.class, long.class);
        objectFieldOffset = u.getMethod("objectFieldOffset", Field.class);
        arrayIndexScale = u.getMethod("arrayIndexScale", Class.class);
        objectArrayBase = ((Number) u.getMethod("arrayBaseOffset", Class.class).invoke(unsafe, Object[].class)).longValue();
        int alignment = Integer.parseInt(ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .getVMOption("ObjectAlignmentInBytes").getValue());
        shift = Runtime.getRuntime().maxMemory() < (4L << 30) ? 0 : Integer.numberOfTrailingZeros(alignment);
    }

    /** The address of {@code o}, decoded from its compressed reference. */
    public long address(Object o) throws ReflectiveOperationException {
        Object[] holder = {o};
        return Integer.toUnsignedLong((Integer) getInt.invoke(unsafe, holder, objectArrayBase)) << shift;
    }

    /** The offset of instance field {@code f} in its objects. */
    public long fieldOffset(Field f) throws ReflectiveOperationException {
        return ((Number) objectFieldOffset.invoke(unsafe, f)).longValue();
    }

    /** Bytes per element of arrays of {@code arrayClass}. */
    public int indexScale(Class<?> arrayClass) throws ReflectiveOperationException {
        return ((Number) arrayIndexScale.invoke(unsafe, arrayClass)).intValue();
    }

    /** The value of the field {@code name} of {@code o}, declared by its class or a superclass. */
    public static Object field(Object o, String name) throws ReflectiveOperationException {
        for (Class<?> k = o.getClass(); k != null; k = k.getSuperclass()) {
            try {
                Field f = k.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(o);
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(o.getClass().getName() + "." + name);
    }
}
