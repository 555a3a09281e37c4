package io.poolson.bench.serializer;

import java.io.OutputStream;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH state: one {@link Payload} shared by all benchmark threads, chosen by the {@code payload}
 * parameter: integer maps of 1, 10, 100 and 1000 entries, and the {@link Payloads#mixed() mixed}
 * map; also, when named with {@code -p payload=doubles}, the {@link Payloads#doubles() doubles} map.
 * Read-only after setup.
 */
@State(Scope.Benchmark)
public class PayloadState {

    @Param({"1", "10", "100", "1000", Payloads.MIXED})
    private String payload;

    Payload data;

    /** Where stream benchmarks write: discards everything; must never be closed. */
    final OutputStream sink = OutputStream.nullOutputStream();

    /** Builds the payload and Jackson 2's output for it. */
    @Setup
    public void build() {
        data = Payload.named(payload);
    }
}
