package app.runaway.importing;

import app.runaway.activity.ActivityReader;
import app.runaway.activity.ActivitySource;
import app.runaway.activity.ActivityStore;
import app.runaway.activity.FootSports;
import app.runaway.activity.NewActivity;
import app.runaway.importing.StravaExportReader.Parsed;
import app.runaway.importing.StravaExportReader.Unreadable;
import app.runaway.importing.recording.Recording;
import app.runaway.importing.recording.RecordingReader;
import app.runaway.importing.recording.UnreadableRecordingException;
import app.runaway.job.JobContext;
import app.runaway.job.JobFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * One import: its athlete, the batch being filled and the tally. Reads an export archive, a bare activities.csv,
 * or one recording, and writes activities in batches, reporting progress after each.
 */
final class ImportRun {
    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    private static final Duration SAME_ACTIVITY_WINDOW = Duration.ofSeconds(60);

    private final JobContext context;
    private final long athleteId;
    private final ZoneId zone;
    private final ImportTally tally;
    private final ActivityStore store;
    private final ActivityReader activities;
    private final ImportSettings settings;
    private final RecordingReader recordings;
    private final List<NewActivity> batch = new ArrayList<>();

    ImportRun(JobContext context, long athleteId, ZoneId zone, ImportTally tally, ActivityStore store,
              ActivityReader activities, ImportSettings settings, RecordingReader recordings) {
        this.context = context;
        this.athleteId = athleteId;
        this.zone = zone;
        this.tally = tally;
        this.store = store;
        this.activities = activities;
        this.settings = settings;
        this.recordings = recordings;
    }

    void archive(Path file) throws JobFailedException, IOException, InterruptedException {
        var contents = ArchiveCheck.inspect(file, settings);
        try (var zip = new ZipFile(file.toFile())) {
            if (contents.csvEntry() != null) {
                exportWithRecordings(zip, contents);
            } else {
                looseRecordings(zip, contents.recordingEntries());
            }
        }
    }

    /** A Strava export: the CSV rows are the activities; the files they name add their tracks. */
    private void exportWithRecordings(ZipFile zip, ArchiveCheck.Contents contents)
            throws JobFailedException, IOException, InterruptedException {
        var csvEntry = zip.getEntry(contents.csvEntry());
        var budget = new UnpackBudget(settings.maxUncompressedSize().toBytes());
        var countingBudget = new UnpackBudget(settings.maxUncompressedSize().toBytes());
        var survey = ExportSurvey.of(() -> countingBudget.bound(zip.getInputStream(csvEntry)));
        tally.expect(survey.rows());
        var pending = new ArrayList<Parsed>();
        try (var reader = new InputStreamReader(budget.bound(zip.getInputStream(csvEntry)), StandardCharsets.UTF_8);
             var rows = StravaExportReader.open(reader, survey.notation());
             var parsers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            while (rows.hasNext()) {
                switch (rows.next()) {
                    case Parsed parsed -> pending.add(parsed);
                    case Unreadable bad -> tally.failed(new ImportTally.Failure(contents.csvEntry(), bad.row(),
                            bad.activityId(), bad.reason()));
                }
                if (pending.size() >= settings.batchSize()) {
                    flushRows(pending, zip, contents.basePrefix(), parsers, budget);
                }
            }
            flushRows(pending, zip, contents.basePrefix(), parsers, budget);
        }
    }

    /** Reads the recordings the rows name in parallel (parsing is CPU-bound), then stores the batch. */
    private void flushRows(List<Parsed> rows, ZipFile zip, String base, ExecutorService parsers,
                           UnpackBudget budget) throws InterruptedException {
        var tasks = new ArrayList<Future<NewActivity>>();
        for (var row : rows) {
            tasks.add(parsers.submit((Callable<NewActivity>) () -> withRecording(row, zip, base, budget)));
        }
        for (var task : tasks) {
            try {
                batch.add(task.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("reading a recording failed unexpectedly", e.getCause());
            }
        }
        rows.clear();
        flush();
    }

    private NewActivity withRecording(Parsed row, ZipFile zip, String base, UnpackBudget budget) {
        if (row.fileName() == null) {
            return row.activity();
        }
        var entry = recordingEntry(zip, base, row.fileName());
        if (entry == null) {
            return row.activity(); // the export names a file it does not hold: the row still counts
        }
        try (var in = unpacked(zip, entry, budget)) {
            var recording = recordings.read(withoutGz(entry.getName().substring(base.length())), in);
            tally.trackAttached();
            return RecordedActivities.withTrack(row.activity(), recording.track(), row.movingTimeRecorded());
        } catch (UnreadableRecordingException | IOException | RuntimeException e) {
            tally.recordingUnreadable(new ImportTally.Failure(row.fileName(), row.row(),
                    String.valueOf(row.activity().stravaId()),
                    "track not added (the row's activity was imported): " + reason(e)));
            return row.activity();
        }
    }

    /**
     * The entry holding the file a row names. Archives repacked by hand often hold the file gunzipped
     * (`activities/123.gpx` where the row names `activities/123.gpx.gz`) or gzipped the other way round; it is
     * the same recording, so it is taken.
     */
    private static ZipEntry recordingEntry(ZipFile zip, String base, String fileName) {
        var exact = zip.getEntry(base + fileName);
        if (exact != null) {
            return exact;
        }
        var gz = fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
        return zip.getEntry(base + (gz ? fileName.substring(0, fileName.length() - 3) : fileName + ".gz"));
    }

    /** A zip of recordings that is no Strava export: each file is an activity of its own. */
    private void looseRecordings(ZipFile zip, List<String> names) throws InterruptedException {
        tally.expect(names.size());
        var budget = new UnpackBudget(settings.maxUncompressedSize().toBytes());
        for (var name : names) {
            try (var in = unpacked(zip, zip.getEntry(name), budget)) {
                recording(name, recordings.read(withoutGz(name), in));
            } catch (UnreadableRecordingException | IOException | RuntimeException e) {
                tally.failed(new ImportTally.Failure(name, null, null, reason(e)));
            }
            if (batch.size() >= settings.batchSize()) {
                flush();
            }
        }
        flush();
    }

    void csv(String fileName, InputSource source) throws JobFailedException, IOException, InterruptedException {
        var survey = ExportSurvey.of(source);
        tally.expect(survey.rows());
        try (var reader = new InputStreamReader(source.open(), StandardCharsets.UTF_8);
             var rows = StravaExportReader.open(reader, survey.notation())) {
            while (rows.hasNext()) {
                switch (rows.next()) {
                    case Parsed parsed -> batch.add(parsed.activity());
                    case Unreadable bad -> tally.failed(new ImportTally.Failure(fileName, bad.row(),
                            bad.activityId(), bad.reason()));
                }
                if (batch.size() >= settings.batchSize()) {
                    flush();
                }
            }
        }
        flush();
    }

    void singleRecording(String fileName, Path file) throws JobFailedException, InterruptedException {
        tally.expect(1);
        try (var in = Files.newInputStream(file)) {
            recording(fileName, recordings.read(fileName, in));
        } catch (UnreadableRecordingException | IOException | RuntimeException e) {
            throw new JobFailedException(fileName + " cannot be imported: " + reason(e), e);
        }
        flush();
    }

    /**
     * A recording that is its own source. When the athlete already has this activity (from Strava, within a
     * minute of the same start) the track joins it instead of making a second activity.
     */
    private void recording(String fileName, Recording recording) {
        var activity = RecordedActivities.from(recording, zone);
        var footSport = FootSports.includes(activity.sportType());
        var existing = activities.findStartingNear(athleteId, activity.startDate(), SAME_ACTIVITY_WINDOW,
                footSport);
        if (existing.isPresent() && existing.get().source() != ActivitySource.FILE_UPLOAD) {
            tally.stored(store.attachTrack(athleteId, existing.get().id(), recording.track()), 1);
            tally.trackAttached();
            return;
        }
        batch.add(activity);
    }

    /** A batch the database refused: each row alone, so one bad row costs only itself. */
    private void storeOneByOne() {
        for (var activity : batch) {
            try {
                tally.stored(store.store(athleteId, zone, List.of(activity)), 1);
            } catch (DataAccessException e) {
                log.warn("Import {}: activity {} refused by the database: {}", context.jobId(),
                        activity.stravaId() != null ? activity.stravaId() : activity.fingerprint(),
                        e.getMostSpecificCause().getMessage());
                tally.failed(new ImportTally.Failure(activity.track() != null ? activity.track().fileName() : null,
                        null, activity.stravaId() != null ? activity.stravaId().toString() : null,
                        "the database refused this activity: " + e.getMostSpecificCause().getMessage()));
            }
        }
    }

    private void flush() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("import stopped");
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            tally.stored(store.store(athleteId, zone, List.copyOf(batch)), batch.size());
        } catch (DataAccessException batchFailed) {
            storeOneByOne();
        }
        batch.clear();
        context.progress(tally.report("importing"));
        log.info("Import {}: {}", context.jobId(), tally.line());
    }

    /**
     * An archive entry's bytes, gunzipped here when the name says .gz so that the unpacked bytes, not the
     * compressed ones, count against the archive's budget (a .gz inside a zip can be a bomb of its own).
     */
    private static InputStream unpacked(ZipFile zip, ZipEntry entry, UnpackBudget budget)
            throws IOException {
        var raw = zip.getInputStream(entry);
        return entry.getName().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? budget.bound(new GZIPInputStream(raw)) : budget.bound(raw);
    }

    private static String withoutGz(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** A reason for the runner: the exception's own message, or its kind when it has none. */
    private static String reason(Exception e) {
        return e.getMessage() != null ? e.getMessage() : "unreadable (" + e.getClass().getSimpleName() + ")";
    }

    @FunctionalInterface
    interface InputSource {
        InputStream open() throws IOException;
    }
}
