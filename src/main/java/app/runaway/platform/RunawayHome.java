package app.runaway.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The Runaway home directory; created on first use, readable only by its owner. */
public final class RunawayHome {
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

    /** Writes a secret (a token) so that only the owner of the home may read it. */
    public void writeSecret(String name, String secret) {
        var file = root.resolve(name);
        try {
            Files.writeString(file, secret + System.lineSeparator());
            restrictToOwner(file, "rw-------");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
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

    private static void restrictToOwner(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user profile's ACLs already keep other users out.
        }
    }
}
