package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poolson.pool.Pool;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a modular application uses it: an application module that {@code requires
 * io.poolson.serializer} is compiled and run on the module path, in a fresh JVM, against the
 * pool's and serializer's built classes (their {@code module-info.class}). The other tests run on
 * the class path (see the parent pom's surefire settings), where module descriptors are ignored, so
 * without this test nothing would notice a package left unexported, a qualified export naming the
 * wrong module, or a "requires static" dependency that is in fact needed at run time.
 *
 * <ul>
 * <li>Without any Jackson on the module path: {@code Serializer} writes Jackson's text, the
 *     exception type is accessible, and no Jackson module is in the boot layer (the Jackson
 *     dependencies are optional, as the module descriptor and the pom declare).</li>
 * <li>With Jackson 2 on the module path and {@code PoolsonModule} registered explicitly (the
 *     descriptor has no {@code provides}, see its comment): the mapper's output is unchanged, and
 *     poolson, not Jackson's fallback, wrote it.</li>
 * <li>The same with Jackson 3.</li>
 * </ul>
 */
class ModulePathTest {

    /** What each application writes: a nested map with escapes and non-ASCII text. */
    private static final String MAP = """
            java.util.Map<String, Object> inner = new java.util.LinkedHashMap<>();
            inner.put("d", "\\u00e9\\"x\\u20ac");
            java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
            map.put("a", 1);
            map.put("b", java.util.Arrays.asList(true, null, 2.5, 12345678901L));
            map.put("c", inner);
            """;

    private static final String PLAIN_APP = """
            package it;

            import io.poolson.serializer.JsonSerializationException;
            import io.poolson.serializer.Serializer;
            import java.nio.charset.StandardCharsets;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.List;

            public class Main {
                public static void main(String[] args) throws Exception {
            %s
                    String bytes = new String(Serializer.toJsonBytes(map), StandardCharsets.UTF_8);
                    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(256);
                    int n = Serializer.writeTo(map, buffer);
                    String refused;
                    try {
                        Serializer.toJson(java.util.Map.of("k", new Object()));
                        refused = "no exception";
                    } catch (JsonSerializationException e) {
                        refused = e.path();
                    }
                    boolean jackson = ModuleLayer.boot().modules().stream()
                            .anyMatch(m -> m.getName().contains("jackson"));
                    Files.write(Path.of(args[0]), List.of(Serializer.toJson(map), bytes, Integer.toString(n),
                            refused, "jackson in boot layer: " + jackson,
                            "named: " + Serializer.class.getModule().isNamed()), StandardCharsets.UTF_8);
                }
            }
            """.formatted(MAP);

    private static final String JACKSON2_APP = """
            package it;

            import com.fasterxml.jackson.databind.ObjectMapper;
            import io.poolson.serializer.jackson.PoolsonModule;
            import io.poolson.serializer.jackson.internal.PoolsonWriters;
            import java.nio.charset.StandardCharsets;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.List;

            public class Main {
                public static void main(String[] args) throws Exception {
            %s
                    ObjectMapper mapper = new ObjectMapper().registerModule(new PoolsonModule());
                    long before = borrows();
                    String text = mapper.writeValueAsString(map);
                    String bytes = new String(mapper.writeValueAsBytes(map), StandardCharsets.UTF_8);
                    long byPoolson = borrows() - before;
                    Files.write(Path.of(args[0]), List.of(text, bytes, "written by poolson: " + byPoolson,
                            "named: " + PoolsonModule.class.getModule().isNamed()), StandardCharsets.UTF_8);
                }

                private static long borrows() {
                    long n = 0;
                    for (boolean combine : new boolean[] {false, true}) {
                        n += PoolsonWriters.forSurrogatePairs(combine).charPoolStats().gets()
                                + PoolsonWriters.forSurrogatePairs(combine).bytePoolStats().gets();
                    }
                    return n;
                }
            }
            """.formatted(MAP);

    private static final String JACKSON3_APP = JACKSON2_APP
            .replace("com.fasterxml.jackson.databind.ObjectMapper", "tools.jackson.databind.json.JsonMapper")
            .replace("io.poolson.serializer.jackson.PoolsonModule", "io.poolson.serializer.jackson3.PoolsonModule")
            .replace("ObjectMapper mapper = new ObjectMapper().registerModule(new PoolsonModule());",
                    "JsonMapper mapper = JsonMapper.builder().addModule(new PoolsonModule()).build();");

    @TempDir
    Path dir;

    @Test
    void serializerRunsOnTheModulePathWithoutJackson() throws Exception {
        Object map = expectedMap();
        String json = new ObjectMapper().writeValueAsString(map);
        List<String> out = run(PLAIN_APP, "requires io.poolson.serializer;", List.of());

        assertEquals(List.of(json, json, Integer.toString(json.getBytes(StandardCharsets.UTF_8).length),
                "$.k", "jackson in boot layer: false", "named: true"), out);
    }

    @Test
    void jackson2ModuleRunsOnTheModulePath() throws Exception {
        Object map = expectedMap();
        ObjectMapper plain = new ObjectMapper();
        List<String> out = run(JACKSON2_APP,
                "requires io.poolson.serializer; requires com.fasterxml.jackson.databind;",
                List.of(ObjectMapper.class, JsonFactory.class, JsonCreator.class));

        assertEquals(List.of(plain.writeValueAsString(map),
                new String(plain.writeValueAsBytes(map), StandardCharsets.UTF_8),
                "written by poolson: 2", "named: true"), out);
    }

    @Test
    void jackson3ModuleRunsOnTheModulePath() throws Exception {
        Object map = expectedMap();
        tools.jackson.databind.json.JsonMapper plain = tools.jackson.databind.json.JsonMapper.builder().build();
        List<String> out = run(JACKSON3_APP,
                "requires io.poolson.serializer; requires tools.jackson.databind;",
                List.of(tools.jackson.databind.ObjectMapper.class, tools.jackson.core.json.JsonFactory.class,
                        JsonCreator.class));

        assertEquals(List.of(plain.writeValueAsString(map),
                new String(plain.writeValueAsBytes(map), StandardCharsets.UTF_8),
                "written by poolson: 2", "named: true"), out);
    }

    /** The map the applications build (see {@link #MAP}), built here for the expected output. */
    private static Object expectedMap() {
        java.util.Map<String, Object> inner = new java.util.LinkedHashMap<>();
        inner.put("d", "\u00e9\"x\u20ac");
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", java.util.Arrays.asList(true, null, 2.5, 12345678901L));
        map.put("c", inner);
        return map;
    }

    /**
     * Compiles module {@code it} ({@code requires} as given, main class {@code it.Main} from
     * {@code source}) against poolson's modules and the jars of {@code libraries}, runs it on the
     * module path in a new JVM of the running JDK, and returns the lines it wrote.
     */
    private List<String> run(String source, String requires, List<Class<?>> libraries) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("it"));
        Files.writeString(src.resolve("module-info.java"), "module it { " + requires + " }");
        Files.writeString(src.resolve("it/Main.java"), source);

        List<Path> modulePath = new ArrayList<>(List.of(location(Pool.class), location(Serializer.class)));
        for (Class<?> library : libraries) {
            modulePath.add(location(library));
        }
        String path = String.join(File.pathSeparator, modulePath.stream().map(Path::toString).toList());
        // The application reads the serializer's internal counters to tell poolson's writes from
        // Jackson's fallback: a test-only export, the library itself is run as it ships.
        String internals = "io.poolson.serializer/io.poolson.serializer.jackson.internal=it";

        Path classes = dir.resolve("classes");
        Path log = dir.resolve("log.txt");
        // javac and java of the JDK running the tests, as processes: the test classes are compiled
        // into the serializer's module, which does not read java.compiler.
        exec(log, tool("javac"), "--release", "17", "--module-path", path, "--add-exports", internals,
                "-d", classes.toString(), src.resolve("module-info.java").toString(), src.resolve("it/Main.java").toString());

        Path result = dir.resolve("out.txt");
        exec(log, tool("java"), "--module-path", classes + File.pathSeparator + path, "--add-exports", internals,
                "-m", "it/it.Main", result.toString());
        return Files.readAllLines(result, StandardCharsets.UTF_8);
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /** Runs a command, failing the test with its output if it fails or takes over 60 s. */
    private static void exec(Path log, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), () -> String.join(" ", command) + ": did not finish in 60 s");
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed:\n" + read(log));
    }

    /** The jar or class directory {@code c} was loaded from: a module on the module path. */
    private static Path location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
