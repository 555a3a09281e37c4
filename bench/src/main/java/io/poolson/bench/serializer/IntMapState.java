package io.poolson.bench.serializer;

import java.util.Map;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH state for contenders that only handle the seed's {@code map[string]int}: a
 * {@code HashMap<String,Integer>} of {@code size} entries with Jackson 2's output for it, shared by
 * all benchmark threads. Read-only after setup.
 */
@State(Scope.Benchmark)
public class IntMapState {

    @Param({"1", "10", "100", "1000"})
    private String size;

    Payload data;
    Map<String, Integer> map;

    /** Builds the map and Jackson 2's output for it. */
    @Setup
    @SuppressWarnings("unchecked") // a decimal payload name is always an integer map
    public void build() {
        data = Payload.named(size);
        map = (Map<String, Integer>) data.map();
    }
}
