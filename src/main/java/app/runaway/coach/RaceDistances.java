package app.runaway.coach;

import app.runaway.coach.science.RaceDistance;
import java.util.Arrays;
import java.util.List;

/**
 * The standard race distances the coach predicts and keeps records for, as other capabilities may name them (chat
 * reads "half marathon" with them): the one definition is {@link RaceDistance}.
 */
public final class RaceDistances {
    /** A race distance by its everyday name: "5k", "10k", "half marathon", "marathon". */
    public record Race(String name, double metres) {
    }

    public static final List<Race> STANDARD = Arrays.stream(RaceDistance.values())
            .map(race -> new Race(race.code().replace('_', ' '), race.metres())).toList();

    private RaceDistances() {
    }
}
