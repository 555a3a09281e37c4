package io.poolson.serializer.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import io.poolson.serializer.jackson.internal.ModuleIdentity;

/**
 * A Jackson 2 module that has poolson write {@code Map}s (at the top level and nested in beans,
 * collections and other maps) wherever poolson reproduces the mapper's output exactly, and leaves
 * every other case to Jackson. The promise: a mapper writes byte for byte the same with this module
 * as without it, in every configuration; only the speed and the garbage differ. See
 * {@link PoolsonMapSerializer} for what poolson takes over and what stays with Jackson.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PoolsonModule());
 * // or, found through ServiceLoader:
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * }</pre>
 *
 * <p>Stateless and thread-safe; one instance may be registered with any number of mappers.
 */
public final class PoolsonModule extends Module {
    private static final Version VERSION = VersionUtil.parseVersion(
            ModuleIdentity.implementationVersion(), ModuleIdentity.GROUP_ID, ModuleIdentity.ARTIFACT_ID);

    /** Public for {@link java.util.ServiceLoader}. */
    public PoolsonModule() {
    }

    @Override
    public String getModuleName() {
        return ModuleIdentity.NAME;
    }

    @Override
    public Version version() {
        return VERSION;
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addBeanSerializerModifier(new PoolsonSerializerModifier());
    }
}
