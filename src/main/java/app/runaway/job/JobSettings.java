package app.runaway.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param concurrency jobs one node runs at a time
 * @param pollInterval how often an idle node looks for work queued by other nodes (its own wake it at once)
 * @param heartbeat how often a node marks its running jobs alive
 * @param staleAfter a running job whose heartbeat is older than this has lost its node: queued again or failed
 */
@ConfigurationProperties("runaway.jobs")
public record JobSettings(Integer concurrency, Duration pollInterval, Duration heartbeat, Duration staleAfter) {
    public JobSettings {
        concurrency = concurrency == null ? 2 : concurrency;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        heartbeat = heartbeat == null ? Duration.ofSeconds(5) : heartbeat;
        staleAfter = staleAfter == null ? Duration.ofSeconds(30) : staleAfter;
    }
}
