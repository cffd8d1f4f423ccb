package app.runaway.mcp;

import app.runaway.activity.Withholding;
import app.runaway.query.DataFreshness;
import app.runaway.query.QueryCatalogue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The block every tool result, resource and prompt carries under {@code data}: how fresh and complete the data behind
 * it is. It says when activities last arrived (an import, a Strava sync), how many are stored, how many this client
 * may not see and why, and how many still wait for their search embedding (recall misses those until then).
 */
@Component
class DataStatus {
    static final String KEY = "data";
    static final String WITHHELD_BECAUSE = "activities whose only source is Strava's API are not given to external AI "
            + "applications such as this MCP client (Strava's API terms); every figure here is computed without them. "
            + "Activities from the athlete's own Strava export or files are not withheld. The operator may allow them "
            + "with RUNAWAY_SHARE_STRAVA_DATA=true";

    /** The block's JSON schema, part of every tool's output schema. */
    static final Map<String, Object> SCHEMA = Map.of(
            "type", "object",
            "description", "How fresh and complete the data behind this result is",
            "properties", Map.ofEntries(
                    property("today", "string", "today in the athlete's calendar, YYYY-MM-DD"),
                    property("timezone", "string", "the athlete's time zone (IANA); days are local to it"),
                    property("units", "string", "metric or imperial: which units the field names carry"),
                    property("activities_stored", "integer", "activities Runaway holds for the athlete"),
                    property("activities_withheld", "integer", "of those, activities this client may not see"),
                    property("activities_used", "integer", "activities this result could draw on"),
                    property("withheld_because", "string", "why activities are withheld, when any are"),
                    property("last_import_at", "string", "when the last import (export, files) finished, UTC"),
                    property("last_strava_sync_at", "string", "when the last Strava sync finished, UTC"),
                    property("embeddings_pending", "integer", "activities not yet searchable by meaning")),
            "required", List.of("today", "activities_stored", "activities_withheld", "activities_used",
                    "embeddings_pending"));

    private final DataFreshness freshness;
    private final QueryCatalogue catalogue;

    DataStatus(DataFreshness freshness, QueryCatalogue catalogue) {
        this.freshness = freshness;
        this.catalogue = catalogue;
    }

    Map<String, Object> of(McpCaller caller) {
        var scope = caller.scope();
        var snapshot = freshness.of(scope.athleteId());
        var state = snapshot.state();
        var withheld = scope.withholding() == Withholding.STRAVA_API_ONLY ? snapshot.stravaApiOnly() : 0;
        var view = new LinkedHashMap<String, Object>();
        view.put("today", catalogue.today(scope).toString());
        view.put("timezone", caller.profile().timezone().getId());
        view.put("units", caller.profile().units().code());
        view.put("activities_stored", state.activities());
        view.put("activities_withheld", withheld);
        view.put("activities_used", state.activities() - withheld);
        if (withheld > 0) {
            view.put("withheld_because", WITHHELD_BECAUSE);
        }
        putWhenKnown(view, "last_import_at", state.lastImportAt());
        putWhenKnown(view, "last_strava_sync_at", state.lastSyncAt());
        view.put("embeddings_pending", state.embeddingsPending());
        return view;
    }

    private static Map.Entry<String, Object> property(String name, String type, String description) {
        return Map.entry(name, Map.of("type", type, "description", description));
    }

    /** A time that has not happened yet (no import so far) is left out rather than written as null. */
    private static void putWhenKnown(Map<String, Object> view, String key, Instant instant) {
        if (instant != null) {
            view.put(key, instant.toString());
        }
    }
}
