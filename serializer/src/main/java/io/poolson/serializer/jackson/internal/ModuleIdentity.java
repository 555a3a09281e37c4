package io.poolson.serializer.jackson.internal;

/**
 * The name and version both Jackson modules report: one artifact, so one identity (each module
 * turns it into its own Jackson version's {@code Version}). Constants and a stateless lookup;
 * thread-safe.
 */
public final class ModuleIdentity {
    /** {@code getModuleName()} of either module. */
    public static final String NAME = "poolson";
    public static final String GROUP_ID = "io.poolson";
    public static final String ARTIFACT_ID = "poolson-serializer";

    private ModuleIdentity() {
    }

    /** The jar manifest's {@code Implementation-Version}, or null (e.g. running from classes). */
    public static String implementationVersion() {
        Package p = ModuleIdentity.class.getPackage();
        return p == null ? null : p.getImplementationVersion();
    }
}
