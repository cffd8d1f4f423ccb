package app.runaway.llm;

import static app.runaway.coach.TestRuns.run;
import static app.runaway.coach.TestRuns.tagged;

import app.runaway.coach.AthleteSnapshot;
import app.runaway.coach.CoachRequest;
import app.runaway.coach.FocusArea;
import app.runaway.coach.RaceGoalText;
import app.runaway.coach.RunSample;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A runner with twelve weeks of easy running (8 km at 5:30/km, four days a week) and one 10 km race in 40:00,
 * aiming at a marathon under 3:15: small enough to read, real enough for every agent to have something to say.
 */
final class TenKRunner {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    /** The application's mapper as far as the facts are concerned: snake_case, ISO dates. */
    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private TenKRunner() {
    }

    static CoachRequest request() {
        var runs = new ArrayList<RunSample>();
        for (var day = AS_OF.minusWeeks(12); !day.isAfter(AS_OF); day = day.plusDays(1)) {
            var weekday = day.getDayOfWeek();
            if (weekday == DayOfWeek.TUESDAY || weekday == DayOfWeek.THURSDAY || weekday == DayOfWeek.SATURDAY) {
                runs.add(run(day, 8, 330));
            } else if (weekday == DayOfWeek.SUNDAY) {
                runs.add(day.equals(AS_OF.minusDays(26)) ? tagged(run(day, 10, 240), "race") : run(day, 14, 345));
            }
        }
        var goal = RaceGoalText.parse("Marathon under 3:15 on 2027-04-18").orElseThrow();
        return new CoachRequest(new AthleteSnapshot("M", 1985, 188, 52, "metric"), runs, goal, AS_OF, 90,
                FocusArea.ALL, List.of());
    }
}
