package app.runaway.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Runaway keeps its state and which database it uses.
 *
 * @param home   the Runaway home (`RUNAWAY_HOME`, default `~/.runaway`): embedded database, token files
 * @param db     an external PostgreSQL; when its url is blank (and no `spring.datasource.url` is set) Runaway starts
 *               an embedded PostgreSQL whose data lives under the home
 */
@ConfigurationProperties("runaway")
public record RunawaySettings(Path home, Database db) {

    public RunawaySettings {
        if (home == null) {
            home = Path.of(System.getProperty("user.home"), ".runaway");
        }
        if (db == null) {
            db = new Database(null, null, null);
        }
    }

    public record Database(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
