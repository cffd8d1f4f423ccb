package app.runaway.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.random.RandomGenerator;

/**
 * Lays out one Monday-to-Sunday week: a long run on the athlete's long-run day, intervals on Tuesday and threshold
 * on Thursday, easy running in between (about 80 % of the volume, the pyramidal default), a rest day for six-day
 * runners, the odd missed day, and some cross-training.
 */
final class WeekPlanner {

    /** Six-day runners rarely skip; those who run every day skip more often (a late meeting, a heavy day). */
    private static final double MISSED_RUN_CHANCE_SIX_DAYS = 0.02;
    private static final double MISSED_RUN_CHANCE_SEVEN_DAYS = 0.1;

    private final SyntheticRunner athlete;
    private final LocalDate firstMonday;
    private final NavigableMap<Integer, Race> racesByWeek;
    private final List<InjuryBreak> breaks;

    WeekPlanner(SyntheticRunner athlete, LocalDate firstMonday, NavigableMap<Integer, Race> racesByWeek,
                List<InjuryBreak> breaks) {
        this.athlete = athlete;
        this.firstMonday = firstMonday;
        this.racesByWeek = racesByWeek;
        this.breaks = breaks;
    }

    List<PlannedSession> plan(int week, double vdot, RandomGenerator random) {
        var monday = firstMonday.plusWeeks(week);
        var shape = WeekShape.of(week, racesByWeek, endsJustBefore(monday));
        double volumeKm = Math.max(15, typicalWeeklyKm(vdot) + athlete.extraKmPerWeek())
                * shape.volumeFactor() * (0.95 + 0.1 * random.nextDouble());
        var kinds = runKinds(week, shape, random);
        var sessions = new ArrayList<PlannedSession>();
        var runDays = new boolean[7];
        double[] kilometres = distances(kinds, shape, volumeKm, random);
        double missedChance = athlete.runsPerWeek() == 7 ? MISSED_RUN_CHANCE_SEVEN_DAYS : MISSED_RUN_CHANCE_SIX_DAYS;
        for (int i = 0; i < 7; i++) {
            var day = monday.plusDays(i);
            if (kinds[i] == null || isOnBreak(day) || (kinds[i] != SessionKind.RACE && random.nextDouble() < missedChance)) {
                continue;
            }
            var race = kinds[i] == SessionKind.RACE ? shape.race() : null;
            var start = race != null ? StartTimes.forRace(race.distance(), random) : StartTimes.forRun(day, athlete, random);
            sessions.add(new PlannedSession(day, start, kinds[i], kilometres[i] * 1000, race));
            runDays[i] = true;
        }
        addCrossTraining(monday, runDays, random, sessions);
        sessions.sort(PlannedSession.CHRONOLOGICAL);
        return sessions;
    }

    /**
     * Typical weekly volume of recreational runners by fitness: about 35 km at VDOT 40, 55 km at 50, 77 km at 60.
     * A rough fit to training logs, not a prescription.
     */
    private static double typicalWeeklyKm(double vdot) {
        return Math.clamp(2.2 * vdot - 55, 18, 110);
    }

    private SessionKind[] runKinds(int week, WeekShape shape, RandomGenerator random) {
        var kinds = new SessionKind[7];
        var raceDay = shape.race() == null ? null : shape.race().day().getDayOfWeek();
        for (var day : DayOfWeek.values()) {
            kinds[day.ordinal()] = kindOn(day, week, shape, raceDay);
        }
        if (shape.isDownWeek() && random.nextBoolean() && kinds[DayOfWeek.WEDNESDAY.ordinal()] == SessionKind.EASY) {
            kinds[DayOfWeek.WEDNESDAY.ordinal()] = null;
        }
        return kinds;
    }

    private SessionKind kindOn(DayOfWeek day, int week, WeekShape shape, DayOfWeek raceDay) {
        if (day == raceDay) {
            return SessionKind.RACE;
        }
        if (raceDay != null ? day == raceDay.plus(1) : day == athlete.longRunDay().plus(1)) {
            return athlete.runsPerWeek() == 6 && day == athlete.restDay() ? null : SessionKind.RECOVERY;
        }
        if (day == athlete.restDay()) {
            return athlete.runsPerWeek() == 6 ? null : SessionKind.RECOVERY;
        }
        if (day == athlete.longRunDay()) {
            return raceDay == null ? SessionKind.LONG_RUN : SessionKind.EASY;
        }
        if (day == DayOfWeek.TUESDAY && shape.workouts() >= 1) {
            return shape.workouts() == 1 && week % 2 == 1 ? SessionKind.THRESHOLD : SessionKind.INTERVALS;
        }
        if (day == DayOfWeek.THURSDAY && shape.workouts() >= 2) {
            return SessionKind.THRESHOLD;
        }
        return SessionKind.EASY;
    }

    private static double[] distances(SessionKind[] kinds, WeekShape shape, double volumeKm, RandomGenerator random) {
        var km = new double[7];
        double remaining = volumeKm;
        double easyUnits = 0;
        for (int i = 0; i < 7; i++) {
            if (kinds[i] == null) {
                continue;
            }
            km[i] = switch (kinds[i]) {
                // Long run about 26-30 % of the week (the reference's ceiling for runners under ~65 km/week).
                case LONG_RUN -> Math.clamp(volumeKm * (0.26 + 0.04 * random.nextDouble()), 8, shape.marathonBuild() ? 32 : 24);
                case INTERVALS, THRESHOLD -> Math.max(6, volumeKm * (0.14 + 0.04 * random.nextDouble()));
                case RACE -> shape.race().distance().metres() / 1000;
                default -> 0;
            };
            remaining -= km[i];
            easyUnits += kinds[i] == SessionKind.EASY ? 1 : kinds[i] == SessionKind.RECOVERY ? 0.7 : 0;
        }
        double perUnit = easyUnits == 0 ? 0 : Math.max(remaining, 0) / easyUnits;
        for (int i = 0; i < 7; i++) {
            double noise = 0.88 + 0.24 * random.nextDouble();
            if (kinds[i] == SessionKind.EASY) {
                km[i] = Math.clamp(perUnit * noise, 4, 18);
            } else if (kinds[i] == SessionKind.RECOVERY) {
                km[i] = Math.clamp(0.7 * perUnit * noise, 3, 10);
            }
        }
        return km;
    }

    private void addCrossTraining(LocalDate monday, boolean[] runDays, RandomGenerator random,
                                  List<PlannedSession> sessions) {
        if (random.nextDouble() < 0.5) {
            var day = random.nextBoolean() ? DayOfWeek.WEDNESDAY : athlete.restDay();
            addIfFit(monday, day, SessionKind.WEIGHT_TRAINING, 0, runDays, random, sessions);
        }
        boolean summer = monday.getMonthValue() >= 5 && monday.getMonthValue() <= 9;
        if (random.nextDouble() < (summer ? 0.3 : 0.1)) {
            var day = athlete.longRunDay() == DayOfWeek.SUNDAY ? DayOfWeek.SATURDAY : DayOfWeek.SUNDAY;
            addIfFit(monday, day, SessionKind.RIDE, 20_000 + random.nextDouble() * 40_000, runDays, random, sessions);
        }
        if (random.nextDouble() < 0.2) {
            var day = DayOfWeek.of(1 + random.nextInt(7));
            addIfFit(monday, day, SessionKind.WALK, 3_000 + random.nextDouble() * 5_000, runDays, random, sessions);
        }
    }

    private void addIfFit(LocalDate monday, DayOfWeek dayOfWeek, SessionKind kind, double metres, boolean[] runDays,
                          RandomGenerator random, List<PlannedSession> sessions) {
        var day = monday.plusDays(dayOfWeek.ordinal());
        // Injured or ill: walking is about all there is.
        if (isOnBreak(day) && kind != SessionKind.WALK) {
            return;
        }
        var start = StartTimes.forCrossTraining(day, runDays[dayOfWeek.ordinal()], athlete, random);
        sessions.add(new PlannedSession(day, start, kind, metres, null));
    }

    private boolean isOnBreak(LocalDate day) {
        return breaks.stream().anyMatch(b -> b.covers(day));
    }

    private boolean endsJustBefore(LocalDate monday) {
        return breaks.stream().anyMatch(b -> b.lastDay().isBefore(monday) && !b.lastDay().isBefore(monday.minusDays(7)));
    }
}
