package app.runaway.importing;

import app.runaway.activity.ActivityReader;
import app.runaway.activity.ActivityStore;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.importing.recording.RecordingReader;
import app.runaway.job.JobContext;
import app.runaway.job.JobHandler;
import java.nio.file.Files;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The import job: reads the stored upload (an export archive, a bare activities.csv, or one recording) and writes
 * activities in batches, reporting progress as it goes. Safe to run again: every write is an upsert.
 */
@Component
class ImportJob implements JobHandler {
    static final String KIND = "import";
    private static final Logger log = LoggerFactory.getLogger(ImportJob.class);

    private final UploadStore uploads;
    private final ActivityStore store;
    private final ActivityReader activities;
    private final AthleteProfiles profiles;
    private final ImportSettings settings;
    private final RecordingReader recordings;

    ImportJob(UploadStore uploads, ActivityStore store, ActivityReader activities, AthleteProfiles profiles,
              ImportSettings settings) {
        this.uploads = uploads;
        this.store = store;
        this.activities = activities;
        this.profiles = profiles;
        this.settings = settings;
        this.recordings = new RecordingReader(settings.maxRecordingSize().toBytes());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Object run(JobContext context) throws Exception {
        var fileName = (String) context.payload().get("file_name");
        var kind = UploadKind.valueOf((String) context.payload().get("upload_kind"));
        var athleteId = context.athleteId();
        var zone = profiles.get(athleteId).timezone();
        var tally = new ImportTally();
        context.progress(tally.report("starting"));
        var file = uploads.copyToTempFile(context.jobId());
        try {
            var run = new ImportRun(context, athleteId, zone, tally, store, activities, settings, recordings);
            switch (kind) {
                case ARCHIVE -> run.archive(file);
                case CSV -> run.csv(fileName, () -> Files.newInputStream(file));
                case RECORDING -> run.singleRecording(fileName, file);
            }
            log.info("Import {} done: {}", context.jobId(), tally.line());
            return tally.report("done");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void ended(UUID jobId) {
        uploads.delete(jobId);
    }
}
