package app.runaway.importing.recording;

import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;

import java.util.Locale;

/**
 * Maps each format's own sport vocabulary to Strava's {@code sport_type} names, so that an imported file and an
 * activity fetched from the Strava API are classified alike. Null means the file does not say (or says something we
 * cannot place); a sport the file names but Strava has no type for becomes "Workout", Strava's catch-all type.
 */
final class StravaSportType {

    private StravaSportType() {
    }

    static String ofFit(Sport sport, SubSport subSport) {
        if (sport == null || sport == Sport.INVALID) {
            return null;
        }
        var sub = subSport == null ? SubSport.GENERIC : subSport;
        return switch (sport) {
            case RUNNING -> switch (sub) {
                case TRAIL -> "TrailRun";
                case VIRTUAL_ACTIVITY -> "VirtualRun";
                default -> "Run";
            };
            case CYCLING -> switch (sub) {
                case MOUNTAIN, DOWNHILL -> "MountainBikeRide";
                case GRAVEL_CYCLING, CYCLOCROSS -> "GravelRide";
                case VIRTUAL_ACTIVITY -> "VirtualRide";
                case HAND_CYCLING, INDOOR_HAND_CYCLING -> "Handcycle";
                case E_BIKE_MOUNTAIN -> "EMountainBikeRide";
                default -> "Ride";
            };
            case E_BIKING -> "EBikeRide";
            case WALKING -> "Walk";
            case HIKING, MOUNTAINEERING -> "Hike";
            case SWIMMING -> "Swim";
            case CROSS_COUNTRY_SKIING -> "NordicSki";
            case ALPINE_SKIING -> sub == SubSport.BACKCOUNTRY ? "BackcountrySki" : "AlpineSki";
            case SNOWBOARDING -> "Snowboard";
            case SNOWSHOEING -> "Snowshoe";
            case ROWING -> "Rowing";
            case KAYAKING -> "Kayaking";
            case CANOEING -> "Canoeing";
            case STAND_UP_PADDLEBOARDING -> "StandUpPaddling";
            case SURFING -> "Surfing";
            case ROCK_CLIMBING -> "RockClimbing";
            case INLINE_SKATING -> "InlineSkate";
            case ICE_SKATING -> "IceSkate";
            case GOLF -> "Golf";
            case SOCCER -> "Soccer";
            case TENNIS -> "Tennis";
            case WHEELCHAIR_PUSH_WALK, WHEELCHAIR_PUSH_RUN -> "Wheelchair";
            case HIIT -> "HighIntensityIntervalTraining";
            case TRAINING, FITNESS_EQUIPMENT -> ofTrainingSubSport(sub);
            default -> "Workout";
        };
    }

    private static String ofTrainingSubSport(SubSport sub) {
        return switch (sub) {
            case STRENGTH_TRAINING -> "WeightTraining";
            case YOGA -> "Yoga";
            case PILATES -> "Pilates";
            case ELLIPTICAL -> "Elliptical";
            case STAIR_CLIMBING -> "StairStepper";
            case INDOOR_ROWING -> "Rowing";
            case TREADMILL, INDOOR_RUNNING -> "Run";
            case INDOOR_CYCLING, SPIN -> "Ride";
            default -> "Workout";
        };
    }

    /**
     * GPX {@code <type>} is free text: Garmin Connect writes words ("running", "trail_running", "road_biking"),
     * Strava's export writes its own numeric codes. Strava does not document the codes; 1, 4, 9 and 10 are the ones
     * seen in exports (Ride, Hike, Run, Walk); other numbers stay unknown rather than guessed.
     */
    static String ofGpxType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        var t = type.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "1" -> "Ride";
            case "4" -> "Hike";
            case "9" -> "Run";
            case "10" -> "Walk";
            default -> ofWords(t);
        };
    }

    private static String ofWords(String t) {
        if (t.contains("trail") && t.contains("run")) {
            return "TrailRun";
        }
        if (t.contains("virtual") && t.contains("run")) {
            return "VirtualRun";
        }
        if (t.contains("run")) {
            return "Run";
        }
        if (t.contains("mountain") && (t.contains("bik") || t.contains("cycl"))) {
            return "MountainBikeRide";
        }
        if (t.contains("gravel")) {
            return "GravelRide";
        }
        if (t.contains("cycl") || t.contains("bik") || t.contains("ride")) {
            return "Ride";
        }
        if (t.contains("walk")) {
            return "Walk";
        }
        if (t.contains("hik")) {
            return "Hike";
        }
        if (t.contains("swim")) {
            return "Swim";
        }
        if (t.contains("cross_country_ski") || t.contains("nordic")) {
            return "NordicSki";
        }
        if (t.contains("strength")) {
            return "WeightTraining";
        }
        return null;
    }

    /** TCX knows only three sports: Running, Biking and Other. */
    static String ofTcxSport(String sport) {
        if (sport == null) {
            return null;
        }
        return switch (sport.strip()) {
            case "Running" -> "Run";
            case "Biking" -> "Ride";
            case "Other" -> "Workout";
            default -> null;
        };
    }
}
