package io.poolson.pool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code org.openjdk.jcstress.Main} in a child JVM of the same JDK, on this JVM's class
 * path, with {@code workDir} as its working directory.
 *
 * <p>Why a child JVM: jcstress writes its result blob into the working directory (0.16 has no
 * option for it), so only a process started there keeps the blob under {@code target/}; and
 * jcstress adds the input arguments of the JVM running {@code Main} to every test VM it forks,
 * so that JVM must be a plain one, not the surefire fork with its agent and flags. Output goes
 * to {@code jcstress.log} in the work directory: writing straight to the surefire fork's
 * standard output would corrupt surefire's event stream. Not thread-safe; one run at a time.
 */
final class JcstressLauncher {

    /** What a run left behind. */
    record Run(int exitCode, Path log, List<Path> blobs) {
    }

    private final Path workDir;

    JcstressLauncher(Path workDir) {
        this.workDir = workDir;
    }

    /**
     * Runs jcstress with {@code args} (e.g. {@code -m quick -t regexp}) and the report directory
     * set to {@code results/} under the work directory; waits at most {@code timeoutMinutes}.
     */
    Run run(List<String> args, long timeoutMinutes) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        for (Path old : blobs()) {
            Files.delete(old); // a blob from an earlier run must not be read as this run's
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        // Surefire sets java.class.path to the test class path (classes, test classes and
        // dependencies) even when it boots through a manifest-only jar.
        command.add(System.getProperty("java.class.path"));
        command.add("org.openjdk.jcstress.Main");
        command.add("-r");
        command.add(workDir.resolve("results").toString());
        command.addAll(args);

        Path log = workDir.resolve("jcstress.log");
        Process p = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
            throw new AssertionError("jcstress did not finish within " + timeoutMinutes + " min; see " + log);
        }
        return new Run(p.exitValue(), log, blobs());
    }

    private List<Path> blobs() throws IOException {
        try (Stream<Path> files = Files.list(workDir)) {
            return files.filter(f -> f.getFileName().toString().matches("jcstress-results-.*\\.bin\\.gz")).toList();
        }
    }
}
