package app.runaway.importing;

import app.runaway.activity.StoreOutcome;
import app.runaway.platform.TextInput;
import java.util.ArrayList;
import java.util.List;

/**
 * The running count of one import, reported as the job's progress while it runs and as its result at the end.
 * Failures are listed per file (and row) with the reason, up to a cap that keeps the job's JSON small.
 */
final class ImportTally {
    static final int MAX_LISTED_FAILURES = 500;

    private int total;
    private int processed;
    private int imported;
    private int updated;
    private int skipped;
    private int failed;
    private int tracksAttached;
    private int failureEvents;
    private final List<Failure> failures = new ArrayList<>();

    /**
     * One thing that could not be imported: a file, a row in a file, and why. Its texts come from the upload, so
     * they are cleaned: a NUL in a row's id must not keep the job's report out of PostgreSQL.
     */
    record Failure(String file, Integer row, String activityId, String reason) {
        Failure {
            file = file == null ? null : TextInput.cleaned(file);
            activityId = activityId == null ? null : TextInput.cleaned(activityId);
            reason = TextInput.cleaned(reason);
        }
    }

    /** The JSON shape of progress and result (snake_case on the wire). */
    record Report(String phase, int total, int processed, int imported, int updated, int skipped, int failed,
                  int tracksAttached, List<Failure> failures, boolean failuresTruncated) {
    }

    synchronized void expect(int rows) {
        total += rows;
    }

    synchronized void stored(StoreOutcome outcome, int rows) {
        imported += outcome.inserted();
        updated += outcome.updated();
        skipped += outcome.unchanged();
        processed += rows;
    }

    synchronized void trackAttached() {
        tracksAttached++;
    }

    /** A row or file that could not be read: it is skipped and listed. */
    synchronized void failed(Failure failure) {
        failed++;
        processed++;
        listFailure(failure);
    }

    /** A recording that could not be read although its activity (a CSV row) was imported: listed, not counted. */
    synchronized void recordingUnreadable(Failure failure) {
        listFailure(failure);
    }

    private void listFailure(Failure failure) {
        failureEvents++;
        if (failures.size() < MAX_LISTED_FAILURES) {
            failures.add(failure);
        }
    }

    synchronized Report report(String phase) {
        return new Report(phase, total, processed, imported, updated, skipped, failed, tracksAttached,
                List.copyOf(failures), failureEvents > failures.size());
    }

    synchronized String line() {
        return processed + "/" + total + " processed: " + imported + " imported, " + updated + " updated, "
                + skipped + " skipped, " + failed + " failed";
    }
}
