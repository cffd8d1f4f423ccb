package app.runaway.strava;

import app.runaway.mydata.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Strava connection in "my data" (never its tokens). Erasing disconnects first, as the athlete's own
 * disconnection does (revoked at Strava, activities from its API alone deleted), so no sync brings data back.
 */
@Component
class StravaData implements PersonalData {
    private final StravaConnections connections;
    private final StravaDisconnection disconnection;

    StravaData(StravaConnections connections, StravaDisconnection disconnection) {
        this.connections = connections;
        this.disconnection = disconnection;
    }

    @Override
    public String section() {
        return "strava_connection";
    }

    @Override
    public List<Map<String, Object>> rows(long athleteId) {
        return connections.find(athleteId).map(c -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("strava_athlete_id", c.stravaAthleteId());
            row.put("strava_athlete_name", c.stravaAthleteName());
            row.put("scope", c.scope());
            return List.<Map<String, Object>>of(row);
        }).orElse(List.of());
    }

    @Override
    public void erase(long athleteId) {
        if (connections.find(athleteId).isPresent()) {
            disconnection.disconnect(athleteId);
        }
    }

    @Override
    public int eraseOrder() {
        return 10;
    }
}
