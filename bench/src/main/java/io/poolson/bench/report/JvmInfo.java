package io.poolson.bench.report;

/**
 * What the figures were measured on: JDK version and vendor, VM, processors, max heap, collectors,
 * OS. Printed at the top of the report, because every figure below depends on them. Stateless.
 */
public final class JvmInfo {

    private JvmInfo() {
    }

    /** The environment as a two-column table. */
    public static Table table() {
        Runtime rt = Runtime.getRuntime();
        return Table.builder("", "property", "value")
                .row("JDK", System.getProperty("java.runtime.version", Runtime.version().toString())
                        + " (" + System.getProperty("java.vendor") + ")")
                .row("VM", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"))
                .row("available processors", rt.availableProcessors())
                .row("max heap", Format.bytes(rt.maxMemory()))
                .row("garbage collectors", String.join(", ", Meter.collectorNames()))
                .row("OS", System.getProperty("os.name") + " " + System.getProperty("os.version")
                        + " " + System.getProperty("os.arch"))
                .build();
    }

    /** The running JDK's feature release, e.g. 17 or 25. */
    public static int feature() {
        return Runtime.version().feature();
    }
}
