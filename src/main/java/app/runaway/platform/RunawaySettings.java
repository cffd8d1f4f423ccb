package app.runaway.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Runaway keeps its state and which database it uses.
 *
 * @param home   the Runaway home (`RUNAWAY_HOME`, default `~/.runaway`): embedded database, token files
 * @param db     an external PostgreSQL; when its url is blank (and no `spring.datasource.url` is set) Runaway starts
 *               an embedded PostgreSQL whose data lives under the home; and the connection pool's size either way
 */
@ConfigurationProperties("runaway")
public record RunawaySettings(Path home, Database db) {

    public RunawaySettings {
        if (home == null) {
            home = Path.of(System.getProperty("user.home"), ".runaway");
        }
        if (db == null) {
            db = new Database(null, null, null, null);
        }
    }

    /**
     * @param poolSize connections this node holds at most (default 10): requests run on virtual threads, so the pool,
     *                 not a thread count, bounds how many queries one node runs at once; two background jobs and the
     *                 embedding worker take one each while they write. Several nodes on one server add up (the
     *                 embedded one allows 100).
     */
    public record Database(String url, String user, String password, Integer poolSize) {
        public Database {
            poolSize = poolSize == null ? 10 : poolSize;
            if (poolSize < 2) {
                throw new IllegalArgumentException("runaway.db.pool-size must be at least 2");
            }
        }

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
