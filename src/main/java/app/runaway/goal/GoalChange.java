package app.runaway.goal;


import app.runaway.coach.RaceGoal;
import app.runaway.coach.RaceGoalText;
import app.runaway.platform.InvalidInputException;
import app.runaway.platform.RequestFields;
import app.runaway.platform.RequestDates;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A goal as a client sends it: the runner's words (`goal` or `description`, e.g. "Marathon under 4:00 on
 * 2027-04-18"), structured fields (`distance_m`, `target_time_s`, `race_date`, `priority`), or both, the fields
 * winning. On a change, absent fields keep their value.
 */
final class GoalChange {
    private static final Set<String> FIELDS =
            Set.of("goal", "description", "distance_m", "target_time_s", "race_date", "priority", "status");
    private static final double LONGEST_RACE_M = 500_000;

    private GoalChange() {
    }

    static RaceGoal newGoal(Map<String, Object> body) {
        return apply(null, body);
    }

    static RaceGoal apply(RaceGoal current, Map<String, Object> body) {
        RequestFields.requireKnown(body, FIELDS);
        var text = text(body);
        RaceGoal parsed = null;
        if (text != null) {
            switch (RaceGoalText.read(text)) {
                case RaceGoalText.Read read -> parsed = read.goal();
                case RaceGoalText.Unreadable unreadable -> {
                    // a changed title ("my spring race") keeps the goal's figures; a broken goal is refused
                    if (!unreadable.noDistance() || (!body.containsKey("distance_m") && current == null)) {
                        throw new InvalidInputException(body.containsKey("goal") ? "goal" : "description",
                                unreadable.reason());
                    }
                }
            }
        }
        var base = parsed != null ? parsed : current;
        var description = text != null ? text : base != null ? base.description() : null;
        var distance = body.containsKey("distance_m") ? distance(body.get("distance_m"))
                : base != null ? Double.valueOf(base.distanceM()) : null;
        if (distance == null) {
            throw new InvalidInputException("goal", "send the goal in words, or distance_m");
        }
        var target = body.containsKey("target_time_s") ? targetTime(body.get("target_time_s"))
                : base != null ? base.targetTimeS() : null;
        var date = body.containsKey("race_date") ? RequestDates.parse("race_date", body.get("race_date"), null) : base != null ? base.raceDate() : null;
        var priority = body.containsKey("priority") ? priority(body.get("priority"))
                : base != null ? base.priority() : RaceGoal.Priority.A;
        return new RaceGoal(description != null ? description : "Race of " + Math.round(distance) + " m", distance,
                target, date, priority);
    }

    static Goal.GoalStatus status(Object value) {
        if (value instanceof String code) {
            try {
                return Goal.GoalStatus.fromCode(code);
            } catch (IllegalArgumentException unknown) {
                // answered below
            }
        }
        throw new InvalidInputException("status", "must be 'active', 'achieved' or 'abandoned'");
    }

    private static String text(Map<String, Object> body) {
        var field = body.containsKey("goal") ? "goal" : body.containsKey("description") ? "description" : null;
        if (field == null) {
            return null;
        }
        if (!(body.get(field) instanceof String text) || text.isBlank() || text.length() > 300) {
            throw new InvalidInputException(field, "must be a text of at most 300 characters");
        }
        return text.strip();
    }

    private static Double distance(Object value) {
        if (value instanceof Number number && number.doubleValue() > 0 && number.doubleValue() <= LONGEST_RACE_M) {
            return number.doubleValue();
        }
        throw new InvalidInputException("distance_m", "must be a distance in metres above 0 and at most 500000");
    }

    private static Integer targetTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() >= 1 && number.doubleValue() <= 30 * 86_400
                && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        throw new InvalidInputException("target_time_s", "must be whole seconds above 0");
    }


    private static RaceGoal.Priority priority(Object value) {
        if (value instanceof String letter && letter.strip().matches("(?i)[abc]")) {
            return RaceGoal.Priority.valueOf(letter.strip().toUpperCase(Locale.ROOT));
        }
        throw new InvalidInputException("priority", "must be 'A', 'B' or 'C'");
    }
}
