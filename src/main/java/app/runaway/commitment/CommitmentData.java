package app.runaway.commitment;

import app.runaway.mydata.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The athlete's daily commitments in "my data". */
@Component
class CommitmentData implements PersonalData {
    private final Commitments commitments;

    CommitmentData(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public String section() {
        return "commitments";
    }

    @Override
    public List<Map<String, Object>> rows(long athleteId) {
        return commitments.all(athleteId).stream().map(c -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("day", c.day().toString());
            row.put("sport_type", c.sportType());
            row.put("target_distance_m", c.targetDistanceM());
            row.put("target_duration_s", c.targetDurationS());
            row.put("description", c.description());
            return (Map<String, Object>) row;
        }).toList();
    }

    @Override
    public void erase(long athleteId) {
        commitments.deleteAll(athleteId);
    }
}
