package app.runaway.coach.plan;

import app.runaway.activity.NewActivity;
import app.runaway.coach.RaceGoal;
import app.runaway.coach.RunSample;
import app.runaway.coach.Unavailability;
import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Athletes for the plan invariants, made from the demo generator's two-year histories and reshaped: each history's
 * runs are kept on the athlete's 2 to 7 busiest weekdays and scaled (distance and time alike, so paces stay) to a
 * weekly volume from 10 to 160 km. Each athlete-week then gets its own situation: a goal or none (upcoming A, B or C
 * races of every distance, or one whose day has passed), illness or injury (ended, ongoing, ending or reported and
 * ended the same day), or a break from running (ongoing, or ended days ago).
 */
final class GeneratedAthletes {
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    private static final double[] RACES = {5_000, 10_000, 21_097.5, 42_195};

    /** One athlete: its reshaped history, its weekly volume and run days. */
    record Athlete(int index, List<RunSample> history, double weeklyKm, int runDays) {
    }

    /** One athlete-week: the history up to the day, and what else the coach is told. */
    record Case(Athlete athlete, LocalDate asOf, List<RunSample> history, RaceGoal goal, List<Unavailability> unavailable,
                String situation) {
    }

    private GeneratedAthletes() {
    }

    static Athlete athlete(int index) {
        var spec = TrainingHistorySpec.twoYears(7_000 + index, LAST_DAY, ZoneOffset.UTC);
        var activities = new TrainingHistoryGenerator().generate(spec);
        var weeklyKm = 10 + 150.0 * (index % 16) / 15;
        var runDays = 2 + (index / 16 + index) % 6;
        var samples = new ArrayList<RunSample>();
        for (var i = 0; i < activities.size(); i++) {
            samples.add(sample(i + 1L, activities.get(i)));
        }
        var kept = keepBusiestDays(samples, runDays);
        return new Athlete(index, scale(kept, weeklyKm), weeklyKm, runDays);
    }

    /** The situations one athlete meets, one per athlete-week, varied with the day. */
    static List<Case> cases(Athlete athlete, int weeks) {
        var cases = new ArrayList<Case>();
        for (var k = 0; k < weeks; k++) {
            var asOf = LAST_DAY.minusDays(7L * k + (athlete.index() + k) % 7);
            var variant = (athlete.index() * 7 + k) % 12;
            // the window and the year before it: enough for the evidence review, the load and the habits
            var history = athlete.history().stream().filter(r -> !r.localDate().isAfter(asOf)
                    && !r.localDate().isBefore(asOf.minusDays(90 + 365))).toList();
            RaceGoal goal = null;
            var unavailable = new ArrayList<Unavailability>();
            String situation;
            switch (variant) {
                case 0, 1 -> situation = "no goal";
                case 2, 3, 4 -> {
                    var race = RACES[(athlete.index() + k) % 4];
                    var days = new int[] {2, 6, 9, 13, 20, 45, 90}[(athlete.index() + 3 * k) % 7];
                    var priority = RaceGoal.Priority.values()[(athlete.index() + k) % 3];
                    goal = new RaceGoal("race of " + race + " m", race, null, asOf.plusDays(days), priority);
                    situation = "upcoming " + priority + " race";
                }
                case 5 -> {
                    goal = new RaceGoal("an old race", RACES[k % 4], 3_600, asOf.minusDays(30 + k), null);
                    situation = "past goal";
                }
                case 6 -> {
                    unavailable.add(new Unavailability("injured", asOf.minusDays(12), asOf.minusDays(2 + k % 6)));
                    situation = "injury ended";
                }
                case 7 -> {
                    unavailable.add(new Unavailability(k % 2 == 0 ? "ill" : "injured", asOf.minusDays(3), null));
                    situation = "ill or injured now";
                }
                case 8 -> {
                    // "I'm injured", then "I'm healthy again" the same day: a period that covers no day
                    unavailable.add(new Unavailability("injured", asOf, asOf.minusDays(1)));
                    situation = "injured and healthy the same day";
                }
                case 9 -> {
                    var gap = new int[] {16, 35, 70, 400}[(athlete.index() + k) % 4];
                    history = history.stream().filter(r -> r.localDate().isBefore(asOf.minusDays(gap))).toList();
                    situation = "break ongoing";
                }
                case 10 -> {
                    var back = 3 + (athlete.index() + k) % 20;
                    var from = asOf.minusDays(back + 30 + k % 40);
                    var to = asOf.minusDays(back);
                    history = history.stream().filter(r -> r.localDate().isBefore(from) || r.localDate().isAfter(to))
                            .toList();
                    situation = "back from a break";
                }
                default -> {
                    goal = new RaceGoal("undated " + RACES[k % 4], RACES[k % 4], null, null, null);
                    situation = "undated goal";
                }
            }
            cases.add(new Case(athlete, asOf, history, goal, unavailable, situation));
        }
        return cases;
    }

    private static RunSample sample(long id, NewActivity a) {
        var day = a.startDate().atZone(ZoneOffset.UTC).toLocalDate();
        return new RunSample(id, a.stravaId(), a.name(), a.sportType(),
                a.workoutType() == null ? null : a.workoutType().code(), a.startDate(), day, a.distanceM(),
                a.movingTimeS(), a.elapsedTimeS(), a.averageHeartrate(), a.maxHeartrate(), a.elevationGainM(),
                a.maxSpeedMps(), a.description(), null);
    }

    /** The runs on the athlete's {@code days} busiest weekdays (the long-run day among them); other sports stay. */
    private static List<RunSample> keepBusiestDays(List<RunSample> samples, int days) {
        var runsPerDay = new EnumMap<DayOfWeek, Integer>(DayOfWeek.class);
        var longestPerWeek = new HashMap<LocalDate, RunSample>();
        for (var run : samples.stream().filter(RunSample::isRun).toList()) {
            runsPerDay.merge(run.localDate().getDayOfWeek(), 1, Integer::sum);
            longestPerWeek.merge(monday(run.localDate()), run, (a, b) -> a.distanceM() >= b.distanceM() ? a : b);
        }
        var longDays = new EnumMap<DayOfWeek, Integer>(DayOfWeek.class);
        longestPerWeek.values().forEach(r -> longDays.merge(r.localDate().getDayOfWeek(), 1, Integer::sum));
        var longDay = longDays.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        var kept = new ArrayList<DayOfWeek>(List.of(longDay));
        runsPerDay.entrySet().stream().sorted(Map.Entry.<DayOfWeek, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).filter(d -> d != longDay).limit(days - 1L).forEach(kept::add);
        return samples.stream().filter(r -> !r.isRun() || kept.contains(r.localDate().getDayOfWeek())).toList();
    }

    /** Every run scaled so that the history averages {@code weeklyKm}: distance and time alike, paces unchanged. */
    private static List<RunSample> scale(List<RunSample> samples, double weeklyKm) {
        var runs = samples.stream().filter(RunSample::isRun).toList();
        var first = runs.stream().map(RunSample::localDate).min(Comparator.naturalOrder()).orElseThrow();
        var last = runs.stream().map(RunSample::localDate).max(Comparator.naturalOrder()).orElseThrow();
        var weeks = (last.toEpochDay() - first.toEpochDay() + 1) / 7.0;
        var factor = weeklyKm * 1000 / (runs.stream().mapToDouble(RunSample::distanceM).sum() / weeks);
        return samples.stream().map(r -> !r.isRun() ? r : new RunSample(r.activityId(), r.stravaId(), r.name(),
                r.sportType(), r.workoutType(), r.startDate(), r.localDate(), r.distanceM() * factor,
                (int) Math.round(r.movingTimeS() * factor), (int) Math.round(r.elapsedTimeS() * factor),
                r.averageHeartrate(), r.maxHeartrate(), r.elevationGainM(), r.maxSpeedMps(), r.description(),
                r.evidence())).toList();
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
