package app.runaway.platform;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's door: {@code pg_hba.conf} asks every connection for a password, and the superuser has one.
 *
 * <p>zonky runs {@code initdb -A trust} for a new data directory, and a home from before this class has the same
 * trusting {@code pg_hba.conf} and a superuser without a password. Starting such a server to set the password would
 * leave it open to every local process for a moment, so the password is set before the server starts, in
 * PostgreSQL's single-user mode (no network, no other session), and only then is the door written. Both steps are
 * repeated until the door is in place, so a crash between them is harmless; deleting the superuser's password file
 * sets a new one on the next start.
 */
final class ClientAuthentication {
    private static final Logger log = LoggerFactory.getLogger(ClientAuthentication.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    static final String PG_HBA = """
            # Written by Runaway: every connection needs a password (SCRAM-SHA-256) and comes over loopback TCP (the
            # server has no Unix socket). The passwords are in the Runaway home, readable only by its owner.
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            """;

    private ClientAuthentication() {
    }

    /** 256 random bits, base64url: printable ASCII, nothing to quote in SQL or a file. */
    static String newPassword() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Runs while the server is stopped (zonky's data-directory customizer, between initdb and the start): sets the
     * superuser's password and writes the door, unless the door is already in place and the password unchanged.
     */
    static void require(Path dataDirectory, Path binaries, String superuserPassword, boolean passwordIsNew) {
        var hba = dataDirectory.resolve("pg_hba.conf");
        if (!passwordIsNew && PG_HBA.equals(read(hba))) {
            return;
        }
        log.info("Setting the embedded PostgreSQL's superuser password and requiring passwords for every "
                + "connection (pg_hba.conf)");
        setSuperuserPassword(binaries, dataDirectory, superuserPassword);
        write(hba, PG_HBA);
    }

    private static void setSuperuserPassword(Path binaries, Path dataDirectory, String password) {
        var statement = "ALTER ROLE " + EmbeddedPostgresServer.SUPERUSER + " PASSWORD '" + ScramVerifier.of(password)
                + "';\n";
        var command = new ArrayList<String>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as zonky does when run as root: PostgreSQL refuses to run as root, so it runs in a user namespace
            command.addAll(java.util.List.of("unshare", "-U"));
        }
        var executable = System.getProperty("os.name", "").startsWith("Windows") ? "postgres.exe" : "postgres";
        command.addAll(java.util.List.of(binaries.resolve("bin").resolve(executable).toString(), "--single",
                "-D", dataDirectory.toString(), "-c", "exit_on_error=on",
                // a failing statement is not echoed into the output
                "-c", "log_min_error_statement=panic",
                EmbeddedPostgresServer.SUPERUSER));
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var input = process.getOutputStream()) {
                input.write(statement.getBytes(StandardCharsets.US_ASCII));
            }
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("PostgreSQL in single-user mode did not finish within 60 s");
            }
            if (process.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
                throw new IllegalStateException("setting the superuser password in single-user mode failed: "
                        + output.lines().filter(line -> !line.contains("SCRAM-SHA-256$"))
                        .collect(Collectors.joining(" | ")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run PostgreSQL in single-user mode", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting the superuser password", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Replaces the file in one step: the server never reads half a door. */
    private static void write(Path file, String content) {
        try {
            var temporary = file.resolveSibling(file.getFileName() + ".runaway-tmp");
            Files.writeString(temporary, content);
            try {
                Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's ACLs keep other users out
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
