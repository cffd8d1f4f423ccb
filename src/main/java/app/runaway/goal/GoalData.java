package app.runaway.goal;

import app.runaway.mydata.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The athlete's race goals in "my data". */
@Component
class GoalData implements PersonalData {
    private final Goals goals;

    GoalData(Goals goals) {
        this.goals = goals;
    }

    @Override
    public String section() {
        return "goals";
    }

    @Override
    public List<Map<String, Object>> rows(long athleteId) {
        return goals.list(athleteId, null).stream().map(goal -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("id", goal.id());
            row.put("description", goal.race().description());
            row.put("distance_m", goal.race().distanceM());
            row.put("target_time_s", goal.race().targetTimeS());
            row.put("race_date", goal.race().raceDate() == null ? null : goal.race().raceDate().toString());
            row.put("priority", goal.race().priority().name());
            row.put("status", goal.status().code());
            return (Map<String, Object>) row;
        }).toList();
    }

    @Override
    public void erase(long athleteId) {
        goals.deleteAll(athleteId);
    }
}
