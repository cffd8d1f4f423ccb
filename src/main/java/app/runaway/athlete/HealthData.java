package app.runaway.athlete;

import app.runaway.mydata.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The athlete's periods of illness and injury in "my data" (the profile itself stays with the account). */
@Component
class HealthData implements PersonalData {
    private final AthleteStatuses statuses;

    HealthData(AthleteStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public String section() {
        return "health_status";
    }

    @Override
    public List<Map<String, Object>> rows(long athleteId) {
        return statuses.periods(athleteId).stream().map(p -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("status", p.status());
            row.put("from", p.startsOn().toString());
            row.put("until", p.endsOn() == null ? null : p.endsOn().toString());
            row.put("note", p.note());
            return (Map<String, Object>) row;
        }).toList();
    }

    @Override
    public void erase(long athleteId) {
        statuses.deleteAll(athleteId);
    }
}
