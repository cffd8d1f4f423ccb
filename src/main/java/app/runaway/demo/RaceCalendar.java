package app.runaway.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Chooses a handful of races a year, spaced so each gets a build and a taper, and keeps them clear of the
 * injury break.
 */
final class RaceCalendar {

    private static final List<String> CITIES = List.of(
            "Stockholm", "Göteborg", "Copenhagen", "Berlin", "Valencia", "Amsterdam", "Oslo", "Helsinki",
            "Uppsala", "Malmö", "Hamburg", "Seville");
    private static final List<String> PARKRUNS = List.of("Haga parkrun", "Uppsala parkrun", "Fulham Palace parkrun",
            "Lillsjön parkrun");

    private RaceCalendar() {
    }

    /**
     * @param firstMonday the Monday of the first planned week
     * @param weeks       planned weeks
     * @param breakWeeks  week indexes to keep free of races (the injury break and its surroundings)
     */
    static List<Race> plan(LocalDate firstMonday, int weeks, List<Integer> breakWeeks, SyntheticRunner athlete,
                           RandomGenerator random) {
        var races = new ArrayList<Race>();
        int lastMarathonWeek = -100;
        int week = 5 + random.nextInt(5);
        while (week < weeks) {
            var distance = chooseDistance(week, lastMarathonWeek, random);
            if (isClear(week, breakWeeks)) {
                races.add(new Race(raceDay(firstMonday, week, distance, athlete), distance, nameFor(distance, random)));
                if (distance == RaceDistance.MARATHON) {
                    lastMarathonWeek = week;
                }
                week += random.nextInt(distance.minWeeksToNextRace(), distance.maxWeeksToNextRace() + 1);
            } else {
                week += 3;
            }
        }
        return races;
    }

    private static RaceDistance chooseDistance(int week, int lastMarathonWeek, RandomGenerator random) {
        double roll = random.nextDouble();
        // A marathon wants a long build, so at most one in six months and never in the first three months.
        if (roll < 0.22 && week >= 13 && week - lastMarathonWeek >= 26) {
            return RaceDistance.MARATHON;
        }
        if (roll < 0.45) {
            return RaceDistance.HALF_MARATHON;
        }
        return roll < 0.72 ? RaceDistance.TEN_K : RaceDistance.FIVE_K;
    }

    private static boolean isClear(int week, List<Integer> breakWeeks) {
        return breakWeeks.stream().noneMatch(b -> Math.abs(b - week) <= 3);
    }

    private static LocalDate raceDay(LocalDate firstMonday, int week, RaceDistance distance, SyntheticRunner athlete) {
        // parkruns are on Saturday mornings; the longer races are on the day the athlete does the long run.
        var day = distance == RaceDistance.FIVE_K ? DayOfWeek.SATURDAY : athlete.longRunDay();
        return firstMonday.plusWeeks(week).plusDays(day.getValue() - 1);
    }

    private static String nameFor(RaceDistance distance, RandomGenerator random) {
        if (distance == RaceDistance.FIVE_K && random.nextBoolean()) {
            return PARKRUNS.get(random.nextInt(PARKRUNS.size()));
        }
        return CITIES.get(random.nextInt(CITIES.size())) + " " + distance.label();
    }
}
