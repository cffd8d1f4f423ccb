package app.runaway.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from the binaries in the jar, its data kept in a directory that survives restarts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final FileChannel lock;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, FileChannel lock) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.lock = lock;
    }

    /**
     * Starts the server, holding a lock beside its data directory for as long as it runs: a second Runaway on the
     * same home is refused instead of sharing (or stopping) a live database.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        RunawayHome.createPrivateDirectory(dataDirectory.getParent());
        var lock = lock(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock"));
        try {
            stopOrphanedServer(dataDirectory);
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("max_connections", "100")
                    // zonky's defaults suit throwaway test databases; this one holds a runner's history
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDirectory);
            return new EmbeddedPostgresServer(postgres, dataDirectory, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            throw new IllegalStateException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static FileChannel lock(Path lockFile) {
        try {
            var channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                channel.close();
                throw new IllegalStateException("another Runaway is using " + lockFile.getParent()
                        + " (its database is locked); stop it or set another RUNAWAY_HOME");
            }
            return channel;
        } catch (IOException | OverlappingFileLockException e) {
            throw new IllegalStateException("another Runaway is using " + lockFile.getParent()
                    + "; stop it or set another RUNAWAY_HOME", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // releasing the lock as the process ends anyway
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.close();
        }
    }

    /**
     * A JVM killed without its shutdown hook leaves its postmaster running, holding the data directory. We hold the
     * home's lock, so no live Runaway owns it: a postgres process still serving this very directory is an orphan.
     */
    private static void stopOrphanedServer(Path dataDirectory) {
        var pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(orphan -> {
            var command = orphan.info().command().orElse("");
            var arguments = String.join(" ", orphan.info().arguments().orElse(new String[0]));
            if (!command.endsWith("postgres") || !arguments.contains(dataDirectory.toString())) {
                return; // the pid was reused by something else after a reboot
            }
            log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", orphan.pid());
            orphan.destroy(); // SIGTERM: PostgreSQL's smart shutdown; no clients are left
            try {
                orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                orphan.destroyForcibly();
            }
        });
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            var firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return Optional.of(Long.parseLong(firstLine));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
