package app.runaway.strava;

import app.runaway.activity.ActivityReader;
import app.runaway.activity.ActivitySource;
import app.runaway.activity.FootSports;
import app.runaway.activity.NewActivity;
import app.runaway.job.JobContext;
import app.runaway.job.JobFailedException;
import app.runaway.job.JobHandler;
import app.runaway.job.JobPausedException;
import app.runaway.strava.client.ApiCalls;
import app.runaway.strava.client.StravaApiException;
import app.runaway.strava.client.StravaClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sync job. A full sync pages {@code /athlete/activities} 200 at a time, newest first, until a page comes back
 * short; an incremental one asks only for activities after the newest that Strava's API already gave; a recent one
 * takes one page of 20. Each page is stored (upserted by Strava id with the source ranking) and checkpointed before
 * the next is asked for. Then, only while the shared budget has room beyond the reserve kept for syncs and webhooks,
 * the detailed records of the newest runs that lack one (description, gear, device). A spent budget or a 429 pauses
 * the job until the window turns; it resumes from its checkpoint.
 */
@Component
class StravaSync implements JobHandler {
    static final String KIND = "strava-sync";
    static final int PAGE_SIZE = 200;
    static final int RECENT_SIZE = 20;
    private static final Logger log = LoggerFactory.getLogger(StravaSync.class);

    private final StravaAccess access;
    private final StravaClient client;
    private final StravaActivities activities;
    private final StravaConnections connections;
    private final ActivityReader reader;
    private final StravaSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StravaSync(StravaAccess access, StravaClient client, StravaActivities activities, StravaConnections connections,
               ActivityReader reader, StravaSettings settings, TransactionTemplate transaction, Clock clock) {
        this.access = access;
        this.client = client;
        this.activities = activities;
        this.connections = connections;
        this.reader = reader;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    static String uniqueKey(long athleteId) {
        return KIND + ":" + athleteId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Object run(JobContext context) throws Exception {
        long athleteId = context.athleteId();
        var state = context.checkpoint().map(SyncState::fromCheckpoint).orElseGet(() -> start(context, athleteId));
        var calls = new ApiCalls(state.calls());
        try {
            if (state.phase().equals("list")) {
                state = list(context, athleteId, state, calls);
            }
            if (state.phase().equals("details")) {
                state = details(context, athleteId, state, calls);
            }
        } catch (StravaApiException.RateLimited e) {
            // every page and detailed record was checkpointed as it was stored: go on from the last one
            var last = context.checkpoint().map(SyncState::fromCheckpoint).orElse(state);
            var paused = last.inPhase(last.phase(), calls.spent());
            context.checkpoint(paused.checkpoint(), paused.progress());
            throw new JobPausedException(e.until(), "Strava's rate budget is spent", paused.progress());
        } catch (NotConnectedException | ReauthorizationNeededException e) {
            throw new JobFailedException(e.getMessage());
        } catch (StravaApiException.Unavailable e) {
            if (Thread.interrupted()) {
                throw new InterruptedException("stopped"); // the node is stopping: back to the queue, checkpoint kept
            }
            var last = context.checkpoint().map(SyncState::fromCheckpoint).orElse(state);
            context.checkpoint(last.inPhase(last.phase(), calls.spent()).checkpoint(), last.progress());
            throw new JobFailedException("Strava is unavailable (" + e.getMessage() + "); sync again later to "
                    + "go on");
        }
        var done = state.inPhase("done", calls.spent());
        var mode = done.mode();
        transaction.executeWithoutResult(status -> connections.synced(athleteId, clock.instant(),
                mode == SyncMode.FULL));
        log.info("Strava sync of athlete {} ({}) done: {} pages, {} activities received, {} stored, {} detailed, "
                + "{} API calls", athleteId, mode.code(), done.pages(), done.received(), done.stored(),
                done.details(), done.calls());
        return done.progress();
    }

    private SyncState start(JobContext context, long athleteId) {
        var mode = SyncMode.fromCode((String) context.payload().get("mode")).orElse(SyncMode.FULL);
        Long after = mode == SyncMode.INCREMENTAL
                ? reader.newestStartFrom(athleteId, ActivitySource.STRAVA_API).map(t -> t.getEpochSecond()).orElse(null)
                : null;
        return SyncState.start(mode, after);
    }

    private SyncState list(JobContext context, long athleteId, SyncState state, ApiCalls calls) {
        var size = state.mode() == SyncMode.RECENT ? RECENT_SIZE : PAGE_SIZE;
        while (true) {
            var request = new StravaClient.ActivityPage(state.after(), state.page(), size);
            var page = access.call(athleteId, token -> client.activities(token, request, calls));
            var outcome = activities.store(athleteId, page, false);
            state = state.listed(page.size(), outcome.inserted() + outcome.updated(), calls.spent(), runs(page),
                    settings.detailFetches());
            var last = page.size() < size || state.mode() == SyncMode.RECENT;
            if (last) {
                state = state.inPhase("details", calls.spent());
            }
            context.checkpoint(state.checkpoint(), state.progress());
            log.info("Strava sync of athlete {}: page {} had {} activities ({} stored so far, {} API calls)",
                    athleteId, state.pages(), page.size(), state.stored(), calls.spent());
            if (last) {
                return state;
            }
        }
    }

    /** Detailed records of the newest runs that lack one, while the budget has room beyond the reserve. */
    private SyncState details(JobContext context, long athleteId, SyncState state, ApiCalls calls) {
        var ids = state.candidates().stream().map(run -> run[0]).toList();
        var known = ids.isEmpty() ? java.util.Set.<Long>of() : activities.detailed(athleteId, ids);
        for (var stravaId : ids) {
            if (known.contains(stravaId)) {
                state = state.detailed(stravaId, 0, calls.spent());
                continue;
            }
            if (!client.spareBudget(settings.detailReserve())) {
                log.info("Strava sync of athlete {}: no spare budget for more detailed records now", athleteId);
                state = state.withoutCandidates(calls.spent());
                break;
            }
            int stored;
            try {
                var detail = access.call(athleteId, token -> client.activity(token, stravaId, calls));
                var outcome = activities.store(athleteId, List.of(detail), true);
                stored = outcome.inserted() + outcome.updated();
            } catch (StravaApiException.NotFound gone) {
                stored = 0; // deleted on Strava since it was listed: its webhook event removes it
            }
            state = state.detailed(stravaId, stored, calls.spent());
            context.checkpoint(state.checkpoint(), state.progress());
        }
        return state;
    }

    private static List<long[]> runs(List<NewActivity> page) {
        var runs = new ArrayList<long[]>();
        for (var activity : page) {
            if (FootSports.includes(activity.sportType())) {
                runs.add(new long[] {activity.stravaId(), activity.startDate().getEpochSecond()});
            }
        }
        return runs;
    }

    static Map<String, Object> payload(SyncMode mode) {
        return Map.of("mode", mode.code());
    }
}
