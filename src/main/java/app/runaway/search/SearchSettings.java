package app.runaway.search;

import java.time.Duration;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param embedding whether this node embeds queued activities (a node may leave it to others; the queue waits)
 * @param batchSize activities embedded per model call and per transaction
 * @param pollInterval how often an idle node looks for activities queued by other nodes
 * @param lease how long a node holds a claimed batch before another node may take it (its holder died)
 * @param vectorCacheSize memory the search's vectors may take across athletes (each vector 384 floats and its id:
 *                        about 1.5 KB, so 256 MB hold about 170,000); least recently searched athletes go beyond it
 * @param textBoost added to a hit's cosine similarity when the words also match its name or description (scaled
 *                  by the full-text rank relative to the best full-text hit)
 */
@ConfigurationProperties("runaway.search")
public record SearchSettings(Boolean embedding, Integer batchSize, Duration pollInterval, Duration lease,
                             DataSize vectorCacheSize, Double textBoost) {
    public SearchSettings {
        embedding = embedding == null || embedding;
        batchSize = batchSize == null ? 64 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        vectorCacheSize = vectorCacheSize == null ? DataSize.ofMegabytes(256) : vectorCacheSize;
        textBoost = textBoost == null ? 0.1 : textBoost;
    }
}
