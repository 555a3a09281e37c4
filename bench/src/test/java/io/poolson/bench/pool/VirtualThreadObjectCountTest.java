package io.poolson.bench.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class VirtualThreadObjectCountTest {

    private static final int TASKS = 4096;

    @Test
    void countsEveryContenderOnVirtualThreadsOrRefusesBeforeJdk21() throws InterruptedException {
        if (!VirtualThreads.available()) {
            assertThrows(UnsupportedOperationException.class, () -> VirtualThreadObjectCount.measure(TASKS));
            return;
        }
        List<VirtualThreadObjectCount.Result> results = VirtualThreadObjectCount.measure(TASKS);
        Map<String, VirtualThreadObjectCount.Result> byName = results.stream()
                .collect(Collectors.toMap(VirtualThreadObjectCount.Result::contender, Function.identity()));
        for (VirtualThreadObjectCount.Result r : results) {
            assertEquals(0, r.failures(), r.contender());
            assertEquals(TASKS, r.tasks(), r.contender());
        }
        // Every virtual thread is new: per-thread storage and no pool create one object per task.
        assertEquals(TASKS, byName.get("ThreadLocal").created());
        assertEquals(TASKS, byName.get("Jackson threadLocal").created());
        assertEquals(TASKS, byName.get("new StringBuilder(1024)").created());
        // A shared pool reuses: far fewer objects than tasks, and poolson's own count agrees.
        VirtualThreadObjectCount.Result poolson = byName.get("poolson Pool");
        assertTrue(poolson.created() < TASKS / 10, poolson.toString());
        assertEquals(poolson.created(), poolson.poolReported());
        assertTrue(VirtualThreadObjectCount.format(results).contains("poolson Pool"));
    }
}
