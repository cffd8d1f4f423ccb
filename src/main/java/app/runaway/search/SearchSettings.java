package app.runaway.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param embedding whether this node embeds queued activities (a node may leave it to others; the queue waits)
 * @param batchSize activities embedded per model call and per transaction
 * @param pollInterval how often an idle node looks for activities queued by other nodes
 * @param lease how long a node holds a claimed batch before another node may take it (its holder died)
 * @param cachedVectors vectors held in memory across athletes (384 floats, 1.5 KB each); least recently searched
 *                      athletes are dropped beyond it
 * @param textBoost added to a hit's cosine similarity when the words also match its name or description (scaled
 *                  by the full-text rank relative to the best full-text hit)
 */
@ConfigurationProperties("runaway.search")
public record SearchSettings(Boolean embedding, Integer batchSize, Duration pollInterval, Duration lease,
                             Integer cachedVectors, Double textBoost) {
    public SearchSettings {
        embedding = embedding == null || embedding;
        batchSize = batchSize == null ? 64 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        cachedVectors = cachedVectors == null ? 200_000 : cachedVectors;
        textBoost = textBoost == null ? 0.1 : textBoost;
    }
}
