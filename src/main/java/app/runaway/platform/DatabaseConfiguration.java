package app.runaway.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One SQL dialect everywhere: an external PostgreSQL when `RUNAWAY_DB_URL` (or `spring.datasource.url`) is set,
 * otherwise a real PostgreSQL started under the Runaway home.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    RunawayHome runawayHome(RunawaySettings settings) {
        return new RunawayHome(settings.home());
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase() {
        return new EmbeddedDatabase();
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(RunawaySettings settings, RunawayHome home, EmbeddedDatabase embedded,
                                @Value("${spring.datasource.url:}") String springUrl,
                                @Value("${spring.datasource.username:}") String springUser,
                                @Value("${spring.datasource.password:}") String springPassword) {
        var config = new HikariConfig();
        config.setPoolName("runaway");
        config.setMaximumPoolSize(settings.db().poolSize());
        if (settings.db().external()) {
            config.setJdbcUrl(settings.db().url());
            config.setUsername(settings.db().user());
            config.setPassword(settings.db().password());
            log.info("Using the external PostgreSQL configured by RUNAWAY_DB_URL");
        } else if (!springUrl.isBlank()) {
            config.setJdbcUrl(springUrl);
            config.setUsername(springUser);
            config.setPassword(springPassword);
            log.info("Using the external PostgreSQL configured by spring.datasource.url");
        } else {
            var server = embedded.start(home.root());
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername(server.user());
            config.setPassword(server.password());
        }
        return new HikariDataSource(config);
    }

    /** Owns the embedded server when there is one; declared before the pool so that it stops after the pool. */
    static final class EmbeddedDatabase implements DatabaseMode, AutoCloseable {
        private EmbeddedPostgresServer server;

        synchronized EmbeddedPostgresServer start(Path home) {
            if (server == null) {
                server = EmbeddedPostgresServer.start(home);
            }
            return server;
        }

        @Override
        public synchronized boolean embedded() {
            return server != null;
        }

        @Override
        public synchronized void close() throws Exception {
            if (server != null) {
                server.close();
            }
        }
    }
}
