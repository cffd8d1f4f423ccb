package app.runaway.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep an upload from exhausting the node.
 *
 * @param maxUploadSize        the largest upload accepted (answered 413 above it)
 * @param maxUncompressedSize  the most an archive may unpack to, all entries together (zip bombs)
 * @param maxEntries           the most entries an archive may hold
 * @param maxRecordingSize     the most one recording (FIT/GPX/TCX, after gunzip) may unpack to
 * @param batchSize            activities written per transaction
 */
@ConfigurationProperties("runaway.import")
public record ImportSettings(DataSize maxUploadSize, DataSize maxUncompressedSize, Integer maxEntries,
                             DataSize maxRecordingSize, Integer batchSize) {
    public ImportSettings {
        maxUploadSize = maxUploadSize == null ? DataSize.ofGigabytes(1) : maxUploadSize;
        maxUncompressedSize = maxUncompressedSize == null ? DataSize.ofGigabytes(4) : maxUncompressedSize;
        maxEntries = maxEntries == null ? 50_000 : maxEntries;
        // a day-long 1-second GPX is about 30 MB; two files are parsed at once, each held in memory
        maxRecordingSize = maxRecordingSize == null ? DataSize.ofMegabytes(64) : maxRecordingSize;
        batchSize = batchSize == null ? 1000 : batchSize;
    }
}
