package app.runaway.platform;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The PostgreSQL binaries zonky unpacks from the jar, and where they end up. Setting up the server's door needs
 * PostgreSQL's own {@code postgres} binary before zonky starts the server (single-user mode, see
 * {@link ClientAuthentication}), and zonky keeps its directory private: it unpacks into
 * {@code <working directory>/PG-<MD5 of the archive>}, so this resolver hands zonky the archive and notes its MD5
 * on the way.
 */
final class PostgresBinaries implements PgBinaryResolver {
    private final Path workingDirectory;
    private volatile String archiveDigest;

    PostgresBinaries(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        var archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (archive == null) {
            return null;
        }
        byte[] bytes;
        try (archive) {
            bytes = archive.readAllBytes();
        }
        try {
            archiveDigest = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
        return new ByteArrayInputStream(bytes);
    }

    /** The unpacked binaries' directory (with {@code bin/}); known once zonky has asked for the archive. */
    Path directory() {
        if (archiveDigest == null) {
            throw new IllegalStateException("zonky has not unpacked the PostgreSQL binaries yet");
        }
        var directory = workingDirectory.resolve("PG-" + archiveDigest);
        if (!Files.isDirectory(directory.resolve("bin"))) {
            throw new IllegalStateException("the PostgreSQL binaries are not where zonky unpacks them: " + directory);
        }
        return directory;
    }
}
