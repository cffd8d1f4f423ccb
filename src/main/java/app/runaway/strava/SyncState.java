package app.runaway.strava;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a sync has got to, kept as the job's checkpoint after every page and every detailed record: a sync resumed
 * after a crash or restart goes on from the next page (with the same {@code after}), never from the start.
 *
 * @param phase      "list" (paging summaries), "details" (detailed records of the newest runs), "done"
 * @param page       the next page to ask for
 * @param after      epoch seconds: only activities after this (incremental), or null
 * @param candidates the newest runs seen so far, as [strava id, start epoch second], newest first: the ones whose
 *                   detailed record is asked for afterwards, within the budget
 */
record SyncState(SyncMode mode, String phase, int page, Long after, int pages, int received, int stored,
                 int details, int calls, List<long[]> candidates) {

    static SyncState start(SyncMode mode, Long after) {
        return new SyncState(mode, "list", 1, after, 0, 0, 0, 0, 0, List.of());
    }

    SyncState listed(int count, int storedNow, int callsNow, List<long[]> runs, int keep) {
        var merged = new ArrayList<long[]>(candidates);
        merged.addAll(runs);
        merged.sort(Comparator.comparingLong((long[] run) -> run[1]).reversed());
        var newest = List.copyOf(merged.subList(0, Math.min(keep, merged.size())));
        return new SyncState(mode, phase, page + 1, after, pages + 1, received + count, stored + storedNow, details,
                callsNow, newest);
    }

    SyncState inPhase(String next, int callsNow) {
        return new SyncState(mode, next, page, after, pages, received, stored, details, callsNow, candidates);
    }

    SyncState detailed(long stravaId, int storedNow, int callsNow) {
        var rest = candidates.stream().filter(run -> run[0] != stravaId).toList();
        return new SyncState(mode, phase, page, after, pages, received, stored + storedNow, details + 1, callsNow,
                rest);
    }

    SyncState withoutCandidates(int callsNow) {
        return new SyncState(mode, phase, page, after, pages, received, stored, details, callsNow, List.of());
    }

    Map<String, Object> checkpoint() {
        var map = new LinkedHashMap<String, Object>();
        map.put("mode", mode.code());
        map.put("phase", phase);
        map.put("page", page);
        map.put("after", after);
        map.put("pages", pages);
        map.put("received", received);
        map.put("stored", stored);
        map.put("details", details);
        map.put("calls", calls);
        map.put("candidates", candidates.stream().map(run -> List.of(run[0], run[1])).toList());
        return map;
    }

    @SuppressWarnings("unchecked")
    static SyncState fromCheckpoint(Map<String, Object> map) {
        var candidates = ((List<List<Number>>) map.getOrDefault("candidates", List.of())).stream()
                .map(run -> new long[] {run.get(0).longValue(), run.get(1).longValue()}).toList();
        var after = (Number) map.get("after");
        return new SyncState(SyncMode.fromCode((String) map.get("mode")).orElse(SyncMode.FULL),
                (String) map.get("phase"), number(map, "page"), after == null ? null : after.longValue(),
                number(map, "pages"), number(map, "received"), number(map, "stored"), number(map, "details"),
                number(map, "calls"), candidates);
    }

    private static int number(Map<String, Object> map, String key) {
        var value = (Number) map.get(key);
        return value == null ? 0 : value.intValue();
    }

    /** What `GET /api/jobs/{id}` shows while the sync runs (and its result when it ends). */
    Map<String, Object> progress() {
        var map = new LinkedHashMap<String, Object>();
        map.put("phase", phase);
        map.put("mode", mode.code());
        map.put("pages_fetched", pages);
        map.put("activities_received", received);
        map.put("activities_stored", stored);
        map.put("details_fetched", details);
        map.put("api_calls", calls);
        return map;
    }
}
