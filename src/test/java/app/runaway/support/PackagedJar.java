package app.runaway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code target/runaway.jar} started as the README says ({@code $(bin/java21) -jar target/runaway.jar}) on a home of
 * its own, with an environment free of the developer's Runaway and model settings: what the smoke checks run.
 */
public final class PackagedJar implements AutoCloseable {
    public static final Path JAR = Path.of("target/runaway.jar");
    private static final Duration START_WAIT = Duration.ofSeconds(180);

    private final Process process;
    private final Path log;
    private final int port;

    private PackagedJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The heap the README gives {@code java -jar}. */
    public static final String HEAP = "-Xmx768m";

    /** Starts the jar's HTTP service on a free port and waits until {@code /health} answers. */
    public static PackagedJar start(Path home, Map<String, String> settings) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged jar (run `mvn package -DskipTests` first)").isRegularFile();
        var port = freePort();
        var log = Files.createTempFile(home, "server-", ".log");
        // the heap the README gives java -jar
        var builder = new ProcessBuilder(java21(), HEAP, "-jar", JAR.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment(home, settings));
        builder.environment().put("PORT", Integer.toString(port));
        var jar = new PackagedJar(builder.start(), log, port);
        jar.awaitHealth();
        return jar;
    }

    /**
     * The environment a jar of the tests runs with: the machine's, less every Runaway and model setting a developer
     * may have, plus the home and the given settings.
     */
    public static Map<String, String> environment(Path home, Map<String, String> settings) {
        var env = new HashMap<>(System.getenv());
        env.keySet().removeIf(name -> name.startsWith("RUNAWAY_") || name.endsWith("_API_KEY"));
        env.put("RUNAWAY_HOME", home.toString());
        env.put("RUNAWAY_LLM_PROVIDER", "none");
        env.putAll(settings);
        return env;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Stops the jar and waits for it, so that another may use its home. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The Java the README's jar command uses: what bin/java21 prints. */
    public static String java21() throws IOException, InterruptedException {
        var finder = new ProcessBuilder("bin/java21").redirectErrorStream(false).start();
        var path = new String(finder.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(finder.waitFor()).as("bin/java21 finds a Java 21+").isZero();
        return path;
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitHealth() throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the jar exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                var status = http.send(HttpRequest.newBuilder(URI.create(base() + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the jar did not answer /health within " + START_WAIT + ":\n" + tail());
    }

    /** The last lines the jar logged. */
    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
