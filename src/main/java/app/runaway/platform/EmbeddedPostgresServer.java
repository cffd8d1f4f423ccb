package app.runaway.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from the binaries in the jar, its data kept under the Runaway home so that it
 * survives restarts, and reachable by Runaway alone:
 * <ul>
 *   <li>every connection needs a password (SCRAM-SHA-256; {@code pg_hba.conf} has no {@code trust}), and only over
 *       loopback TCP (no Unix socket);</li>
 *   <li>the passwords are random, generated into the home, readable only by its owner;</li>
 *   <li>Runaway connects as {@value #APP_ROLE}, a role without any superuser power that owns only the schema
 *       {@value #APP_SCHEMA}; the superuser {@code postgres} is used only while starting, to keep that so.</li>
 * </ul>
 * A home created before this (trust, everything owned by {@code postgres} in {@code public}) is converted on its
 * first start, in place (see {@link ClientAuthentication} and {@link ApplicationRole}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    static final String SUPERUSER = "postgres";
    static final String APP_ROLE = "runaway";
    static final String APP_SCHEMA = "runaway";
    static final String DATABASE = "postgres";
    /** The superuser's password: only Runaway's start uses it, to set up the role it then works as. */
    static final String SUPERUSER_SECRET = "postgres-superuser.password";
    /** The password of the role Runaway works as. */
    static final String APP_SECRET = "postgres-runaway.password";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final FileChannel lock;
    private final String appPassword;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, FileChannel lock,
                                   String appPassword) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.appPassword = appPassword;
    }

    /**
     * Starts the server of a Runaway home (data in {@code postgres/}, passwords beside it), holding a lock beside its
     * data directory for as long as it runs: a second Runaway on the same home is refused instead of sharing (or
     * stopping) a live database.
     */
    public static EmbeddedPostgresServer start(Path homeDirectory) {
        var home = new RunawayHome(homeDirectory);
        var dataDirectory = home.resolve("postgres");
        var lock = lock(home.resolve("postgres.lock"));
        try {
            stopOrphanedServer(dataDirectory);
            var superuserPassword = home.readSecret(SUPERUSER_SECRET);
            var superuserSecret = superuserPassword.orElseGet(ClientAuthentication::newPassword);
            if (superuserPassword.isEmpty()) {
                home.writeSecret(SUPERUSER_SECRET, superuserSecret);
            }
            var appSecret = home.readSecret(APP_SECRET).orElseGet(() -> {
                var password = ClientAuthentication.newPassword();
                home.writeSecret(APP_SECRET, password);
                return password;
            });
            var binaries = new PostgresBinaries(binariesDirectory(home));
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    // The binaries are unpacked where only this user can write: zonky's default, a world-writable
                    // directory in /tmp with a predictable name, would run whatever another user planted there.
                    .setOverrideWorkingDirectory(binaries.workingDirectory().toFile())
                    .setPgBinaryResolver(binaries)
                    // Spring closes the server after the connection pool; zonky's own shutdown hook would stop it
                    // while the application is still shutting down (and its last writes wait for a dead server).
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    // zonky's defaults suit throwaway test databases; this one holds a runner's history
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // no Unix socket (it lives in the shared /tmp); loopback TCP only, always with a password
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("listen_addresses", "localhost")
                    // zonky's readiness check logs in as the superuser: it needs the password like anyone else
                    .setConnectConfig("password", superuserSecret)
                    .setDataDirectoryCustomizer(data -> ClientAuthentication.require(data.toPath(),
                            binaries.directory(), superuserSecret, superuserPassword.isEmpty()))
                    .start();
            var server = new EmbeddedPostgresServer(postgres, dataDirectory, lock, appSecret);
            try {
                ApplicationRole.ensure(server.jdbcUrl(), superuserSecret, appSecret);
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDirectory);
            return server;
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            throw new IllegalStateException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Where the server's binaries are unpacked (about 60 MB): a private directory of this user's, shared by all its
     * homes, so that each new home (and each test) does not unpack them again; inside the home when the user's own
     * directory cannot be written.
     */
    private static Path binariesDirectory(RunawayHome home) {
        try {
            var cache = Path.of(System.getProperty("user.home"), ".cache", "runaway");
            RunawayHome.createPrivateDirectory(cache);
            return cache.resolve("postgres-binaries");
        } catch (UncheckedIOException | java.nio.file.InvalidPathException e) {
            return home.resolve("postgres-binaries");
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

    /** The database Runaway uses, without credentials: {@link #user()} and {@link #password()} log in. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The role Runaway works as: no superuser, owner of its schema only. */
    public String user() {
        return APP_ROLE;
    }

    public String password() {
        return appPassword;
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
                orphan.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                orphan.destroyForcibly();
            } catch (ExecutionException | TimeoutException e) {
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
