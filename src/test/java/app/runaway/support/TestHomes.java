package app.runaway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Homes of services the tests start (each its own: two services never share a home) and the tokens they mint. */
public final class TestHomes {
    private TestHomes() {
    }

    /** A new, empty home in the temporary folder, named for what it serves. */
    public static Path fresh(String purpose) {
        try {
            return Files.createTempDirectory("runaway-" + purpose + "-home-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token file a service wrote into its home ({@code owner.token}, {@code admin.token}). */
    public static String token(Path home, String file) {
        try {
            return Files.readString(home.resolve(file)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
