package app.runaway.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/** The Runaway home directory; created on first use, readable only by its owner. */
public final class RunawayHome {
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

    private final Path root;

    public RunawayHome(Path root) {
        this.root = root.toAbsolutePath().normalize();
        createPrivateDirectory(this.root);
    }

    public Path root() {
        return root;
    }

    public Path resolve(String name) {
        return root.resolve(name);
    }

    /**
     * Writes a secret (a token, a password) so that only the owner of the home may read it. The file is created
     * owner-only before the secret goes in (a temporary file moved into place), so it is never readable by others,
     * not even for a moment, and a crash leaves the old secret or the new one, never half of one.
     */
    public void writeSecret(String name, String secret) {
        var file = root.resolve(name);
        try {
            var temporary = createOwnerOnlyFile(name);
            try {
                Files.writeString(temporary, secret + System.lineSeparator());
                move(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A secret written by {@link #writeSecret}, stripped; empty when the file is missing or blank. */
    public Optional<String> readSecret(String name) {
        var file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var secret = Files.readString(file).strip();
            return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static void createPrivateDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            restrictToOwner(dir, "rwx------");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private Path createOwnerOnlyFile(String name) throws IOException {
        try {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE);
            return Files.createTempFile(root, "." + name, ".tmp", ownerOnly);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user profile's ACLs already keep other users out.
            return Files.createTempFile(root, "." + name, ".tmp");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void restrictToOwner(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user profile's ACLs already keep other users out.
        }
    }
}
