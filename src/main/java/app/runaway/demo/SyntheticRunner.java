package app.runaway.demo;

import java.time.DayOfWeek;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The habits and physiology of one synthetic athlete, drawn once from the seed so that every week of the history
 * looks like the same person: the same rest day, the same time of day, the same hills, the same shoes.
 *
 * @param maxHeartRate  observed maximum; sits within the usual 170-200 bpm of adult recreational runners
 * @param climbPerKm    metres of ascent per kilometre on the home routes
 * @param cadence       easy-run cadence in Strava's unit (steps per minute of one leg, so about 80-90)
 * @param extraKmPerWeek how far this athlete's volume sits from the typical volume for their VDOT
 */
record SyntheticRunner(
        int maxHeartRate,
        int restingHeartRate,
        int runsPerWeek,
        DayOfWeek longRunDay,
        DayOfWeek restDay,
        boolean runsInTheMorning,
        double climbPerKm,
        double cadence,
        double extraKmPerWeek,
        List<String> trainers,
        String racingShoe,
        String bike) {

    private static final List<List<String>> SHOE_LINES = List.of(
            List.of("Pegasus 39", "Pegasus 40", "Pegasus 41"),
            List.of("Ghost 15", "Ghost 16"),
            List.of("Clifton 9", "HOKA Clifton 9", "Clifton 10"),
            List.of("Novablast 4", "Novablast 5"),
            List.of("Endorphin Speed 3", "Endorphin Speed 4"));
    private static final List<String> RACING_SHOES = List.of("Vaporfly 3", "Alphafly 3", "Adios Pro 3", "Metaspeed Sky+");
    private static final List<String> BIKES = List.of("Canyon Endurace", "Specialized Allez", "Crescent city bike");

    static SyntheticRunner draw(RandomGenerator random) {
        var longRunDay = random.nextDouble() < 0.7 ? DayOfWeek.SUNDAY : DayOfWeek.SATURDAY;
        return new SyntheticRunner(
                random.nextInt(172, 199),
                random.nextInt(42, 60),
                random.nextDouble() < 0.65 ? 6 : 7,
                longRunDay,
                // The day after the long run is the common rest day; Saturday long-runners tend to rest on Friday.
                longRunDay == DayOfWeek.SUNDAY ? DayOfWeek.MONDAY : DayOfWeek.FRIDAY,
                random.nextDouble() < 0.55,
                4 + random.nextDouble() * 12,
                79 + random.nextDouble() * 6,
                -6 + random.nextDouble() * 16,
                SHOE_LINES.get(random.nextInt(SHOE_LINES.size())),
                RACING_SHOES.get(random.nextInt(RACING_SHOES.size())),
                BIKES.get(random.nextInt(BIKES.size())));
    }

    /** Trainers wear out after about 700 km (the usual 500-800 km advice), so the gear name changes over time. */
    String trainerAfter(double runKilometres) {
        int pair = (int) (runKilometres / 700);
        return trainers.get(Math.min(pair, trainers.size() - 1));
    }
}
