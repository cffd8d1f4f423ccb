package app.runaway.demo;

import app.runaway.activity.NewActivity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Generates a plausible running history for a demo athlete: the same seed gives the same list, value for value, on
 * any JVM, so demos, tests and benchmarks can rely on it. One seed per athlete gives many distinct athletes.
 */
public final class TrainingHistoryGenerator {

    /**
     * Made-up Strava ids live far above today's real ones (about 1.3e10) so they never clash with real imports:
     * {@code 10^12 + seed * 10^6 + index}, unique across seeds 0 to 9e12 for histories under a million activities.
     */
    static final long FIRST_DEMO_ID = 1_000_000_000_000L;
    private static final long IDS_PER_ATHLETE = 1_000_000L;
    private static final long SEED_RANGE = 9_000_000_000_000L;

    public List<NewActivity> generate(TrainingHistorySpec spec) {
        // SplittableRandom: its algorithm is specified, so a seed means the same numbers on every JDK.
        var random = new SplittableRandom(spec.seed());
        var athlete = SyntheticRunner.draw(random);
        var firstMonday = spec.firstDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int plannedWeeks = spec.weeks() + 1;
        var breaks = InjuryBreak.plan(firstMonday, plannedWeeks, random);
        var breakWeeks = breaks.stream().map(b -> weekOf(firstMonday, b.firstDay())).toList();
        var races = RaceCalendar.plan(firstMonday, plannedWeeks, breakWeeks, athlete, random);
        var racesByWeek = races.stream().collect(Collectors.toMap(
                race -> weekOf(firstMonday, race.day()), race -> race, (a, b) -> a, TreeMap::new));

        var planner = new WeekPlanner(athlete, firstMonday, racesByWeek, breaks);
        var runs = new RunRecorder(athlete, spec.zone());
        var crossTraining = new CrossTrainingRecorder(athlete, spec.zone());
        long firstId = FIRST_DEMO_ID + Math.floorMod(spec.seed(), SEED_RANGE) * IDS_PER_ATHLETE;
        var activities = new ArrayList<NewActivity>((int) (spec.weeks() * TrainingHistorySpec.ACTIVITIES_PER_WEEK) + 16);
        double runKilometres = 0;
        for (int week = 0; week < plannedWeeks; week++) {
            double vdot = spec.vdotOn(firstMonday.plusWeeks(week));
            for (var session : planner.plan(week, vdot, random)) {
                if (session.day().isBefore(spec.firstDay()) || session.day().isAfter(spec.lastDay())) {
                    continue;
                }
                long id = firstId + activities.size();
                if (session.kind().isRun()) {
                    var run = runs.record(session, vdot, id, athlete.trainerAfter(runKilometres), random);
                    runKilometres += run.distanceM() / 1000;
                    activities.add(run);
                } else {
                    activities.add(crossTraining.record(session, id, random));
                }
            }
        }
        return activities;
    }

    private static int weekOf(LocalDate firstMonday, LocalDate day) {
        return (int) ((day.toEpochDay() - firstMonday.toEpochDay()) / 7);
    }
}
