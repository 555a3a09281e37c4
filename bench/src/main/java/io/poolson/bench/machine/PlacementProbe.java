package io.poolson.bench.machine;

import io.poolson.bench.HeapInspector;
import io.poolson.serializer.MapSerializer;
import io.poolson.serializer.Serializer;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Finds false sharing that a collection creates: two threads serialize one shared
 * {@code HashMap<String,Integer>} through the default {@link Serializer} ({@code toJsonBytes}, or
 * {@code toJson} with the argument {@code string}), and every half second the
 * probe prints each thread's time per call and where the objects involved lie in memory: each
 * thread's pooled writer and its buffer and key cache (the fields each call stores to), the map's
 * objects (read by both threads) and the pool's stripes. It flags every 64-byte line where one
 * thread's stored-to fields share the line with an object another thread touches, the condition
 * under which that thread's stores take the line away from the other at every call. A collection
 * moves the objects (the probe allocates, so young collections run every few hundred ms and the
 * pooled writers are copied until they are old), so each interval may show a different layout.
 *
 * <p>A diagnostic, not a benchmark: JMH is not involved and the times are rough. It reads object
 * addresses and poolson's private fields through {@link HeapInspector}, which needs a zero-based
 * heap (as with {@code -Xmx1g}) and {@code --add-opens} for the JDK classes it inspects:
 * <pre>
 * java -Xms1g -Xmx1g --add-opens java.base/java.util=ALL-UNNAMED --add-opens java.base/java.nio=ALL-UNNAMED \
 *      -cp bench/target/benchmarks.jar io.poolson.bench.machine.PlacementProbe [entries] [intervals] [bytes|string]
 * </pre>
 * Found with it (JDK 25, 2026-11-30): the slow mode of the 2-thread byte outputs came from a
 * {@code HashMap.Node} of the map copied right in front of one thread's writer, whose first fields
 * (the write position among them) had no padding ahead of them.
 */
public final class PlacementProbe {
    private static final int LINE = 64;
    private static final int THREADS = 2;
    private static final int STRIDE = 16; // longs between two threads' counters: 128 bytes

    private static volatile boolean stop;
    private static volatile Object sink;

    private final HeapInspector heap;

    private PlacementProbe() throws ReflectiveOperationException {
        heap = new HeapInspector();
    }

    /** One object: who touches it, and the byte range of it that matters. */
    private record Placed(String label, String owner, boolean stored, long from, long to) {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int intervals = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        boolean string = args.length > 2 && args[2].equals("string");
        new PlacementProbe().run(entries, intervals, string);
    }

    private void run(int entries, int intervals, boolean string) throws Exception {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < entries; i++) {
            map.put("key" + i, i);
        }
        AtomicLongArray calls = new AtomicLongArray(THREADS * STRIDE);
        Thread[] workers = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            workers[t] = new Thread(() -> {
                long n = 0;
                Object last = null;
                while (!stop) {
                    for (int k = 0; k < 1000; k++) {
                        last = string ? Serializer.toJson(map) : Serializer.toJsonBytes(map);
                    }
                    n += 1000;
                    calls.lazySet(id * STRIDE, n);
                }
                sink = last;
            }, "w" + t);
        }
        for (Thread w : workers) {
            w.start();
        }
        Object pool = field(MapSerializer.defaults(), string ? "charPool" : "bytePool");
        String previous = "";
        for (int i = 0; i < intervals; i++) {
            long[] before = new long[THREADS];
            for (int t = 0; t < THREADS; t++) {
                before[t] = calls.get(t * STRIDE);
            }
            long t0 = System.nanoTime();
            Thread.sleep(500);
            long elapsed = System.nanoTime() - t0;
            StringBuilder line = new StringBuilder("interval " + i + ":");
            for (int t = 0; t < THREADS; t++) {
                long n = Math.max(1, calls.get(t * STRIDE) - before[t]);
                line.append(String.format(" w%d %.1f ns/call", t, elapsed / (double) n));
            }
            List<Placed> placed = place(pool, map);
            String layout = render(placed);
            System.out.println(line + "  shared lines: " + conflicts(placed));
            if (!layout.equals(previous)) {
                System.out.print(layout);
                previous = layout;
            }
        }
        stop = true;
        for (Thread w : workers) {
            w.join();
        }
    }

    private List<Placed> place(Object pool, Map<String, Integer> map) throws ReflectiveOperationException {
        List<Placed> out = new ArrayList<>();
        Object[] stripes = (Object[]) field(field(pool, "generation"), "primary");
        for (Object stripe : stripes) {
            Object owner = field(stripe, "owner");
            Object writer = field(stripe, "ownedSlot");
            if (owner == null || writer == null) {
                continue;
            }
            String w = ((Thread) owner).getName();
            out.add(fields(w + ".writer", w, writer));
            out.add(fields(w + ".keyCache", w, field(writer, "keys")));
            Object buf = field(writer, "buf");
            out.add(new Placed(w + ".buf", w, true, address(buf), address(buf) + 16 + 32)); // header, then the bytes written first
            out.add(whole(w + ".keyForms", w, field(writer, "keyForms")));
            out.add(whole(w + ".thread", w, owner));
        }
        out.add(whole("map", "both", map));
        Object[] table = (Object[]) field(map, "table");
        out.add(whole("map.table", "both", table));
        for (Object node : table) {
            for (Object n = node; n != null; n = field(n, "next")) {
                out.add(whole("map.node", "both", n));
                out.add(whole("map.key", "both", field(n, "key")));
            }
        }
        out.sort(Comparator.comparingLong(Placed::from));
        return out;
    }

    /** Lines where one thread's stored-to range meets anything another thread (or both) touches. */
    private static List<String> conflicts(List<Placed> placed) {
        Map<Long, List<Placed>> byLine = new TreeMap<>();
        for (Placed p : placed) {
            for (long l = p.from() / LINE; l <= (p.to() - 1) / LINE; l++) {
                byLine.computeIfAbsent(l, k -> new ArrayList<>()).add(p);
            }
        }
        List<String> found = new ArrayList<>();
        for (List<Placed> on : byLine.values()) {
            for (Placed store : on) {
                if (store.stored() && on.stream().anyMatch(p -> !p.owner().equals(store.owner()))) {
                    found.add(on.stream().map(Placed::label).reduce((a, b) -> a + " & " + b).orElseThrow());
                    break;
                }
            }
        }
        return found;
    }

    private static String render(List<Placed> placed) {
        StringBuilder sb = new StringBuilder();
        for (Placed p : placed) {
            sb.append(String.format("    %-14s %08x..%08x%s%n", p.label(), p.from(), p.to(), p.stored() ? "  (stored to)" : ""));
        }
        return sb.toString();
    }

    /** The range of {@code o}'s fields other than padding: what its owner stores to on every call. */
    private Placed fields(String label, String owner, Object o) throws ReflectiveOperationException {
        long min = Long.MAX_VALUE;
        long max = 0;
        for (Class<?> k = o.getClass(); k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || k.getSimpleName().equals("LeadingPadding")
                        || (k == o.getClass() && f.getName().startsWith("pad"))) {
                    continue;
                }
                long offset = heap.fieldOffset(f);
                min = Math.min(min, offset);
                max = Math.max(max, offset + 8);
            }
        }
        long a = address(o);
        return new Placed(label, owner, true, a + min, a + max);
    }

    private Placed whole(String label, String owner, Object o) throws ReflectiveOperationException {
        long a = address(o);
        return new Placed(label, owner, false, a, a + size(o));
    }

    private long size(Object o) throws ReflectiveOperationException {
        if (o.getClass().isArray()) {
            int scale = heap.indexScale(o.getClass());
            return 16 + (long) Array.getLength(o) * scale;
        }
        long max = 12;
        for (Class<?> k = o.getClass(); k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    max = Math.max(max, heap.fieldOffset(f) + 4);
                }
            }
        }
        return max;
    }

    private long address(Object o) throws ReflectiveOperationException {
        return heap.address(o);
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        return HeapInspector.field(o, name);
    }
}
