package app.runaway.mcp;

import app.runaway.athlete.AthleteStatuses;
import app.runaway.query.QueryCatalogue;
import app.runaway.query.QueryTools;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * What a client may read without calling a tool: the athlete's profile (units, zone, heart-rate settings, health)
 * and the most recent activities. Both are JSON in Runaway's result form (units in field names) with the
 * {@link DataStatus data block}, and both go through the same scope as the tools.
 */
@Component
class McpResources {
    static final String PROFILE = "runaway://athlete/profile";
    static final String RECENT_ACTIVITIES = "runaway://activities/recent";
    private static final String JSON = "application/json";

    private final McpCallers callers;
    private final McpTools tools;
    private final QueryCatalogue catalogue;
    private final AthleteStatuses statuses;
    private final DataStatus status;
    private final McpJson json;

    McpResources(McpCallers callers, McpTools tools, QueryCatalogue catalogue, AthleteStatuses statuses,
                 DataStatus status, McpJson json) {
        this.callers = callers;
        this.tools = tools;
        this.catalogue = catalogue;
        this.statuses = statuses;
        this.status = status;
        this.json = json;
    }

    List<SyncResourceSpecification> specifications() {
        return List.of(
                resource(PROFILE, "profile", "Athlete profile", "The athlete's units, time zone, heart-rate "
                        + "settings and health (ill or injured periods the coach plans around).", this::profile),
                resource(RECENT_ACTIVITIES, "recent_activities", "Recent activities", "The athlete's "
                        + QueryTools.MOST_ACTIVITIES + " most recent activities of every sport, newest first.",
                        this::recentActivities));
    }

    private SyncResourceSpecification resource(String uri, String name, String title, String description,
                                               Function<McpCaller, Map<String, Object>> read) {
        var resource = McpSchema.Resource.builder(uri, name).title(title).description(description).mimeType(JSON)
                .build();
        return new SyncResourceSpecification(resource, (exchange, request) -> read(exchange, uri, read));
    }

    private McpSchema.ReadResourceResult read(McpSyncServerExchange exchange, String uri,
                                              Function<McpCaller, Map<String, Object>> read) {
        var caller = callers.ofRequest(exchange);
        var content = new LinkedHashMap<>(read.apply(caller));
        content.put(DataStatus.KEY, status.of(caller));
        return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, JSON,
                json.text(content))));
    }

    /**
     * The profile as a coach needs it; the name is left out, as it may have come from Strava's sign-up and a coach's
     * figures do not need it.
     */
    private Map<String, Object> profile(McpCaller caller) {
        var profile = caller.profile();
        var view = new LinkedHashMap<String, Object>();
        view.put("units", profile.units().code());
        view.put("timezone", profile.timezone().getId());
        view.put("birth_year", profile.birthYear());
        view.put("sex", profile.sex());
        view.put("max_heartrate_bpm", profile.maxHeartrate());
        view.put("resting_heartrate_bpm", profile.restingHeartrate());
        var today = catalogue.today(caller.scope());
        var current = statuses.periods(profile.id()).stream().filter(period -> period.covers(today)).findFirst();
        view.put("health", current.map(period -> {
            var health = new LinkedHashMap<String, Object>();
            health.put("status", period.status());
            health.put("from", period.startsOn().toString());
            health.put("until", period.endsOn() == null ? null : period.endsOn().toString());
            return (Object) health;
        }).orElse(Map.of("status", "healthy")));
        return view;
    }

    private Map<String, Object> recentActivities(McpCaller caller) {
        return tools.content(caller, "find_activities", Map.of("sport", "all", "limit", QueryTools.MOST_ACTIVITIES));
    }
}
