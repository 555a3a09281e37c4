package io.poolson.serializer.jackson3;

import io.poolson.serializer.jackson.internal.ModuleIdentity;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;

/**
 * A Jackson 3 module that has poolson write {@code Map}s (at the top level and nested in beans,
 * collections and other maps) wherever poolson reproduces the mapper's output exactly, and leaves
 * every other case to Jackson. The promise: a mapper writes byte for byte the same with this module
 * as without it, in every configuration; only the speed and the garbage differ. See
 * {@link PoolsonMapSerializer} for what poolson takes over and what stays with Jackson.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PoolsonModule()).build();
 * // or, found through ServiceLoader:
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * }</pre>
 *
 * <p>Stateless and thread-safe; one instance may be added to any number of mappers.
 */
public final class PoolsonModule extends JacksonModule {
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
        context.addSerializerModifier(new PoolsonSerializerModifier());
    }
}
