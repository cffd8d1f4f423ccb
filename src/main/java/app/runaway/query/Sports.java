package app.runaway.query;

import app.runaway.activity.FootSports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which sports a question is about: a family ("runs" are road, trail and treadmill runs alike), one Strava sport
 * type, or every activity (types null). The one place that knows Strava's sport types and the everyday words for
 * them: the offline engine reads a question with it, and the tools read a model's {@code sport} argument with it.
 */
public record Sports(Set<String> types, String singular, String plural) {
    public static final Sports RUNS = new Sports(FootSports.RUNS, "run", "runs");
    public static final Sports ALL = new Sports(null, "activity", "activities");

    /** Strava's sport types (API v3 `SportType`), each with its everyday singular and plural. */
    private static final List<Sports> TYPES = List.of(
            type("AlpineSki", "alpine ski session"), type("BackcountrySki", "backcountry ski tour"),
            type("Badminton", "badminton session"), type("Canoeing", "canoe trip"), type("Crossfit", "CrossFit session"),
            type("EBikeRide", "e-bike ride"), type("Elliptical", "elliptical session"),
            type("EMountainBikeRide", "e-mountain bike ride"), type("Golf", "round of golf", "rounds of golf"),
            type("GravelRide", "gravel ride"), type("Handcycle", "handcycle ride"),
            type("HighIntensityIntervalTraining", "HIIT session"), type("Hike", "hike"),
            type("IceSkate", "ice skating session"), type("InlineSkate", "inline skating session"),
            type("Kayaking", "kayak trip"), type("Kitesurf", "kitesurf session"),
            type("MountainBikeRide", "mountain bike ride"), type("NordicSki", "Nordic ski session"),
            type("Pickleball", "pickleball session"), type("Pilates", "Pilates session"),
            type("Racquetball", "racquetball session"), type("Ride", "ride"),
            type("RockClimbing", "climbing session"), type("RollerSki", "roller ski session"),
            type("Rowing", "rowing session"), type("Run", "road run"), type("Sail", "sailing trip"),
            type("Skateboard", "skateboarding session"), type("Snowboard", "snowboarding session"),
            type("Snowshoe", "snowshoe hike"), type("Soccer", "football session"), type("Squash", "squash session"),
            type("StairStepper", "stair stepper session"), type("StandUpPaddling", "stand-up paddling session"),
            type("Surfing", "surfing session"), type("Swim", "swim"), type("TableTennis", "table tennis session"),
            type("Tennis", "tennis session"), type("TrailRun", "trail run"), type("Velomobile", "velomobile ride"),
            type("VirtualRide", "virtual ride"), type("VirtualRow", "virtual rowing session"),
            type("VirtualRun", "treadmill run"), type("Walk", "walk"),
            type("WeightTraining", "weight training session"), type("Wheelchair", "wheelchair session"),
            type("Windsurf", "windsurf session"),
            type("Workout", "activity logged as Workout", "activities logged as Workout"),
            type("Yoga", "yoga session"));

    private static final Sports RIDES = new Sports(Set.of("Ride", "MountainBikeRide", "GravelRide", "EBikeRide",
            "EMountainBikeRide", "VirtualRide", "Velomobile", "Handcycle"), "ride", "rides");
    private static final Sports SKIING = new Sports(Set.of("AlpineSki", "BackcountrySki", "NordicSki", "RollerSki"),
            "ski session", "ski sessions");
    private static final Sports ROWING = new Sports(Set.of("Rowing", "VirtualRow"), "rowing session",
            "rowing sessions");

    /**
     * The words runners use, longest phrases first where one contains another ("trail run" before "run"). Every
     * word form a question may take is listed: the reader matches whole words.
     */
    private static final Map<String, Sports> WORDS = words();

    private static Map<String, Sports> words() {
        var words = new LinkedHashMap<String, Sports>();
        put(words, RUNS, "run", "runs", "running", "ran", "jog", "jogs", "jogging", "jogged", "runner");
        put(words, byType("TrailRun"), "trail run", "trail runs", "trail running", "trail");
        put(words, byType("VirtualRun"), "virtual run", "virtual runs");
        put(words, byType("Run"), "road run", "road runs");
        put(words, RIDES, "in the saddle", "ride", "rides", "riding", "rode", "cycling", "cycle", "cycles", "cycled",
                "bike", "bikes", "biking", "biked", "bicycle", "bike ride", "bike rides", "spin", "spin class",
                "spin classes", "spin session", "spin sessions", "spinning", "peloton");
        put(words, byType("MountainBikeRide"), "mountain bike", "mountain bike ride", "mountain bike rides",
                "mountain biking", "mtb");
        put(words, byType("GravelRide"), "gravel ride", "gravel rides", "gravel");
        put(words, byType("EBikeRide"), "e-bike", "ebike", "e-bike ride", "e-bike rides");
        put(words, byType("VirtualRide"), "virtual ride", "virtual rides", "indoor ride", "indoor rides", "zwift",
                "turbo", "indoor cycling");
        put(words, byType("Walk"), "walk", "walks", "walking", "walked");
        put(words, byType("Hike"), "hike", "hikes", "hiking", "hiked");
        put(words, byType("Swim"), "swim", "swims", "swimming", "swam", "swum");
        put(words, byType("WeightTraining"), "weight training", "weight training session",
                "weight training sessions", "weights", "weight lifting", "weightlifting", "lifting", "lift", "lifts",
                "strength training", "strength", "strength session", "strength sessions", "gym", "gym session",
                "gym sessions");
        put(words, byType("Yoga"), "yoga", "yoga session", "yoga sessions", "yoga class", "yoga classes");
        put(words, byType("Golf"), "golf", "golfing", "round of golf", "rounds of golf", "golf round",
                "golf rounds");
        put(words, byType("NordicSki"), "nordic ski", "nordic skiing", "cross country ski", "cross country skiing",
                "cross-country ski", "cross-country skiing", "xc ski", "xc skiing", "xc skis", "cross country skis",
                "nordic skis", "langlauf");
        put(words, byType("AlpineSki"), "alpine ski", "alpine skiing", "downhill skiing");
        put(words, byType("BackcountrySki"), "backcountry ski", "backcountry skiing", "ski touring");
        put(words, SKIING, "ski", "skis", "skiing", "skied");
        put(words, byType("Snowboard"), "snowboard", "snowboarding");
        put(words, byType("Snowshoe"), "snowshoe", "snowshoeing");
        put(words, ROWING, "row", "rows", "rowing", "rowed", "erg", "ergs", "rowing machine", "row machine",
                "rowing machine sessions", "concept2");
        put(words, byType("Crossfit"), "crossfit");
        put(words, byType("HighIntensityIntervalTraining"), "hiit");
        put(words, byType("Pilates"), "pilates");
        put(words, byType("Elliptical"), "elliptical");
        put(words, byType("StairStepper"), "stair stepper", "stairmaster");
        put(words, byType("RockClimbing"), "rock climbing", "bouldering");
        put(words, byType("Kayaking"), "kayak", "kayaking");
        put(words, byType("Canoeing"), "canoe", "canoeing");
        put(words, byType("StandUpPaddling"), "paddleboard", "paddle boarding", "paddleboarding", "sup");
        put(words, byType("Surfing"), "surf", "surfing");
        put(words, byType("Windsurf"), "windsurf", "windsurfing");
        put(words, byType("Kitesurf"), "kitesurf", "kitesurfing");
        put(words, byType("Tennis"), "tennis");
        put(words, byType("TableTennis"), "table tennis", "ping pong");
        put(words, byType("Soccer"), "soccer", "football");
        put(words, byType("Squash"), "squash");
        put(words, byType("Badminton"), "badminton");
        put(words, byType("Pickleball"), "pickleball");
        put(words, byType("Racquetball"), "racquetball");
        put(words, byType("IceSkate"), "ice skating", "ice skate");
        put(words, byType("InlineSkate"), "inline skating", "inline skate", "rollerblading");
        put(words, byType("Skateboard"), "skateboard", "skateboarding");
        put(words, byType("Sail"), "sail", "sailing");
        put(words, byType("Wheelchair"), "wheelchair");
        put(words, byType("Handcycle"), "handcycle", "handcycling");
        put(words, byType("Velomobile"), "velomobile");
        // "workout sessions" names Strava's Workout type, "a workout" any activity; "workouts" alone is either (runners
        // asked both ways), so it names no sport here
        put(words, byType("Workout"), "workout session", "workout sessions");
        put(words, ALL, "activities", "activity", "workout", "sessions", "session", "exercise",
                "exercises", "training sessions", "sports", "sport");
        return words;
    }

    private static void put(Map<String, Sports> words, Sports sports, String... phrases) {
        for (var phrase : phrases) {
            words.put(phrase, sports);
        }
    }

    private static Sports type(String type, String singular) {
        return new Sports(Set.of(type), singular, singular + "s");
    }

    private static Sports type(String type, String singular, String plural) {
        return new Sports(Set.of(type), singular, plural);
    }

    /** One Strava sport type as runners call it. */
    public static Sports byType(String sportType) {
        for (var sports : TYPES) {
            if (sports.types().contains(sportType)) {
                return sports;
            }
        }
        return new Sports(Set.of(sportType), spaced(sportType).toLowerCase(Locale.ROOT), spaced(sportType)
                .toLowerCase(Locale.ROOT) + "s");
    }

    /** Every word and phrase that names sports, for the question reader. */
    public static Map<String, Sports> vocabulary() {
        return WORDS;
    }

    /**
     * A tool's {@code sport} argument: an everyday word ("run", "cycling"), a Strava type ("TrailRun"), or "all";
     * empty when it names no sport.
     */
    public static Optional<Sports> fromArgument(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("all") || text.equalsIgnoreCase("any")) {
            return Optional.of(ALL);
        }
        var key = text.strip().toLowerCase(Locale.ROOT);
        if (WORDS.containsKey(key)) {
            return Optional.of(WORDS.get(key));
        }
        for (var sports : TYPES) {
            var type = sports.types().iterator().next();
            if (type.equalsIgnoreCase(text.strip()) || spaced(type).equalsIgnoreCase(text.strip())) {
                return Optional.of(sports);
            }
        }
        return Optional.empty();
    }

    /** "run", "ride", "all": how the tools describe their sport argument. */
    public static String argumentHelp() {
        return "run (road, trail and treadmill runs), ride (every kind of ride), walk, hike, swim, a Strava sport "
                + "type such as TrailRun or WeightTraining, or all (the default is run)";
    }

    public boolean isAll() {
        return types == null;
    }

    /** Sports done in one place, whose activities have no distance: how often, not how far, measures them. */
    private static final Set<String> IN_PLACE = Set.of("Elliptical", "WeightTraining", "Yoga", "Workout",
            "StairStepper", "Crossfit", "HighIntensityIntervalTraining", "Pilates", "RockClimbing");

    /** Whether the distance of these activities means anything ("most" rides is by distance, "most" yoga by count). */
    public boolean measuredByDistance() {
        return types == null || !IN_PLACE.containsAll(types);
    }

    public String noun(long count) {
        return count == 1 ? singular : plural;
    }

    private static String spaced(String sportType) {
        return sportType.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
    }
}
