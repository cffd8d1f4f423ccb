package app.runaway.analysis;


import app.runaway.coach.CoachReport;
import app.runaway.coach.FocusArea;
import app.runaway.coach.RaceGoal;
import app.runaway.coach.RaceGoalText;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.RequestFields;
import app.runaway.platform.RequestDates;
import app.runaway.security.CurrentAthlete;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coach's analysis, as the existing client calls it: `POST /analyze` for everything, `/analyze/performance`,
 * `/goal`, `/pace` and `/workout` for one part, each with the same request. The athlete comes from the token; an
 * `athlete_id` in the body must be that athlete.
 */
@RestController
class AnalysisController {
    private static final Set<String> FIELDS = Set.of("timeframe_days", "focus_area", "goal", "as_of", "athlete_id");

    private final AnalysisService analyses;

    AnalysisController(AnalysisService analyses) {
        this.analyses = analyses;
    }

    @PostMapping("/analyze")
    CoachReport analyze(@AuthenticationPrincipal CurrentAthlete athlete,
                        @RequestBody(required = false) Map<String, Object> body) {
        var request = body == null ? Map.<String, Object>of() : body;
        var focus = FocusArea.fromCode(text(request, "focus_area")).orElseThrow(() -> new InvalidInputException(
                "focus_area", "must be one of all, performance, goal, pace, workout"));
        return run(athlete, request, focus);
    }

    @PostMapping("/analyze/{part}")
    CoachReport analyzePart(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable String part,
                            @RequestBody(required = false) Map<String, Object> body) {
        var focus = FocusArea.fromCode(part).filter(f -> f != FocusArea.ALL).orElseThrow(() ->
                new InvalidInputException("part", "must be performance, goal, pace or workout"));
        return run(athlete, body == null ? Map.of() : body, focus);
    }

    private CoachReport run(CurrentAthlete athlete, Map<String, Object> body, FocusArea focus) {
        RequestFields.requireKnown(body, FIELDS);
        athlete.requireSame(body.get("athlete_id"));
        var asOf = body.get("as_of") == null ? null : RequestDates.parse("as_of", body.get("as_of"));
        var goalText = body.get("goal") instanceof String text && !text.isBlank() ? text.strip() : null;
        return analyses.analyze(athlete.id(), new AnalysisService.Options(focus, asOf,
                timeframe(body.get("timeframe_days")), goalText, goal(body.get("goal")), true));
    }

    private static int timeframe(Object value) {
        if (value == null) {
            return AnalysisService.DEFAULT_TIMEFRAME_DAYS;
        }
        // the range is checked on the whole value: 4294967303 must not pass as the 7 an int would make of it
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && number.doubleValue() >= 7 && number.doubleValue() <= 3650) {
            return number.intValue();
        }
        throw new InvalidInputException("timeframe_days", "must be a whole number of days from 7 to 3650");
    }


    private static RaceGoal goal(Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return null;
        }
        if (value instanceof String text) {
            return switch (RaceGoalText.read(text)) {
                case RaceGoalText.Read read -> read.goal();
                case RaceGoalText.Unreadable unreadable -> throw new InvalidInputException("goal", unreadable.reason());
            };
        }
        throw new InvalidInputException("goal", "must be a text such as 'Marathon under 4:00 on 2027-04-18'");
    }

    private static String text(Map<String, Object> body, String field) {
        var value = body.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new InvalidInputException(field, "must be a text");
    }
}
