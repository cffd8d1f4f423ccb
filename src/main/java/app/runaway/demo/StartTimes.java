package app.runaway.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.random.RandomGenerator;

/**
 * Local clock times at which the athlete starts: before work or after work on weekdays, mid-morning at weekends,
 * the gun time on race day. Cross-training on a run day goes to the other half of the day so sessions never overlap.
 */
final class StartTimes {

    private StartTimes() {
    }

    static LocalTime forRun(LocalDate day, SyntheticRunner athlete, RandomGenerator random) {
        if (isWeekend(day)) {
            return between(8 * 60, 10 * 60 + 30, random);
        }
        return athlete.runsInTheMorning() ? between(5 * 60 + 45, 7 * 60 + 30, random)
                : between(17 * 60, 19 * 60 + 15, random);
    }

    static LocalTime forRace(RaceDistance distance, RandomGenerator random) {
        // parkrun starts at 9:00 sharp; big-city races start between 8:30 and 10:00, the watch a minute or two later.
        int gun = distance == RaceDistance.FIVE_K ? 9 * 60 : 8 * 60 + 30 + 15 * random.nextInt(7);
        return between(gun, gun + 3, random);
    }

    static LocalTime forCrossTraining(LocalDate day, boolean alsoRuns, SyntheticRunner athlete, RandomGenerator random) {
        if (!alsoRuns && isWeekend(day)) {
            return between(10 * 60, 15 * 60, random);
        }
        if (alsoRuns && !athlete.runsInTheMorning()) {
            return between(11 * 60 + 30, 13 * 60, random);
        }
        return between(alsoRuns ? 19 * 60 + 45 : 17 * 60, 20 * 60 + 30, random);
    }

    static LocalTime forCommute(RandomGenerator random) {
        return between(7 * 60 + 30, 8 * 60 + 30, random);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalTime between(int fromMinute, int toMinute, RandomGenerator random) {
        int minute = random.nextInt(fromMinute, toMinute + 1);
        return LocalTime.of(minute / 60, minute % 60, random.nextInt(60));
    }
}
