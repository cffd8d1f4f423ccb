package app.runaway.coach.heartrate;

import app.runaway.coach.science.Karvonen;
import java.util.ArrayList;
import java.util.List;

/**
 * Five training zones from maximum and resting heart rate by Karvonen's reserve method, with the conventional
 * ten-point bands (as in Edwards' five heart zones, here applied to heart-rate reserve rather than HRmax):
 * Z1 50-60 %, Z2 60-70 %, Z3 70-80 %, Z4 80-90 %, Z5 90-100 % of reserve.
 */
public record HeartRateZones(HeartRateProfile profile, List<HeartRateZone> zones) {

    private static final List<Band> BANDS = List.of(
            new Band("recovery", 0.50, 0.60),
            new Band("easy", 0.60, 0.70),
            new Band("steady", 0.70, 0.80),
            new Band("threshold", 0.80, 0.90),
            new Band("vo2max", 0.90, 1.00));

    public HeartRateZones {
        zones = List.copyOf(zones);
    }

    public static HeartRateZones of(HeartRateProfile profile) {
        var karvonen = profile.karvonen();
        var zones = new ArrayList<HeartRateZone>();
        for (var i = 0; i < BANDS.size(); i++) {
            zones.add(BANDS.get(i).zone(i + 1, karvonen));
        }
        return new HeartRateZones(profile, zones);
    }

    private record Band(String name, double low, double high) {
        HeartRateZone zone(int number, Karvonen karvonen) {
            return new HeartRateZone(number, name, low, high, karvonen.targetBpm(low), karvonen.targetBpm(high));
        }
    }
}
