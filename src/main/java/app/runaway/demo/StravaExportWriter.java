package app.runaway.demo;

import app.runaway.activity.NewActivity;
import app.runaway.activity.WorkoutType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes activities the way Strava's bulk export does ("Download or delete your account"): an {@code activities.csv}
 * with Strava's 99 columns, several of them under the same name, inside a zip. Only the columns a coach reads are
 * filled; the rest stay empty, as they are for a real activity without power, weather or media.
 */
public final class StravaExportWriter {

    /** The header line of a real export, duplicates and all. */
    static final List<String> HEADER = List.of(
            "Activity ID", "Activity Date", "Activity Name", "Activity Type", "Activity Description", "Elapsed Time",
            "Distance", "Max Heart Rate", "Relative Effort", "Commute", "Activity Private Note", "Activity Gear",
            "Filename", "Athlete Weight", "Bike Weight", "Elapsed Time", "Moving Time", "Distance", "Max Speed",
            "Average Speed", "Elevation Gain", "Elevation Loss", "Elevation Low", "Elevation High", "Max Grade",
            "Average Grade", "Average Positive Grade", "Average Negative Grade", "Max Cadence", "Average Cadence",
            "Max Heart Rate", "Average Heart Rate", "Max Watts", "Average Watts", "Calories", "Max Temperature",
            "Average Temperature", "Relative Effort", "Total Work", "Number of Runs", "Uphill Time", "Downhill Time",
            "Other Time", "Perceived Exertion", "Type", "Start Time", "Weighted Average Power", "Power Count",
            "Prefer Perceived Exertion", "Perceived Relative Effort", "Commute", "Total Weight Lifted", "From Upload",
            "Grade Adjusted Distance", "Weather Observation Time", "Weather Condition", "Weather Temperature",
            "Apparent Temperature", "Dewpoint", "Humidity", "Weather Pressure", "Wind Speed", "Wind Gust",
            "Wind Bearing", "Precipitation Intensity", "Sunrise Time", "Sunset Time", "Moon Phase", "Bike", "Gear",
            "Precipitation Probability", "Precipitation Type", "Cloud Cover", "Weather Visibility", "UV Index",
            "Weather Ozone", "Jump Count", "Total Grit", "Average Flow", "Flagged", "Average Elapsed Speed",
            "Dirt Distance", "Newly Explored Distance", "Newly Explored Dirt Distance", "Activity Count", "Total Steps",
            "Carbon Saved", "Pool Length", "Training Load", "Intensity", "Average Grade Adjusted Pace", "Timer Time",
            "Total Cycles", "Recovery", "With Pet", "Competition", "Long Run", "For a Cause", "Media");

    // The export writes dates in UTC, US style, without saying so.
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    // The export names sports with spaces where the API's sport_type is camel case.
    private static final Map<String, String> SPORT_NAMES = Map.of(
            "EBikeRide", "E-Bike Ride",
            "EMountainBikeRide", "E-Mountain Bike Ride",
            "StandUpPaddling", "Stand Up Paddling");

    private static final int ID = column("Activity ID", 1);
    private static final int DATE_COLUMN = column("Activity Date", 1);
    private static final int NAME = column("Activity Name", 1);
    private static final int TYPE = column("Activity Type", 1);
    private static final int DESCRIPTION = column("Activity Description", 1);
    private static final int ELAPSED_SECONDS = column("Elapsed Time", 1);
    private static final int DISTANCE_KM = column("Distance", 1);
    private static final int MAX_HEART_RATE_FIRST = column("Max Heart Rate", 1);
    private static final int RELATIVE_EFFORT_FIRST = column("Relative Effort", 1);
    private static final int COMMUTE_FLAG = column("Commute", 1);
    private static final int GEAR = column("Activity Gear", 1);
    private static final int FILENAME = column("Filename", 1);
    private static final int ELAPSED_TIME = column("Elapsed Time", 2);
    private static final int MOVING_TIME = column("Moving Time", 1);
    private static final int DISTANCE_M = column("Distance", 2);
    private static final int MAX_SPEED = column("Max Speed", 1);
    private static final int AVERAGE_SPEED = column("Average Speed", 1);
    private static final int ELEVATION_GAIN = column("Elevation Gain", 1);
    private static final int AVERAGE_CADENCE = column("Average Cadence", 1);
    private static final int MAX_HEART_RATE = column("Max Heart Rate", 2);
    private static final int AVERAGE_HEART_RATE = column("Average Heart Rate", 1);
    private static final int RELATIVE_EFFORT = column("Relative Effort", 2);
    private static final int COMMUTE = column("Commute", 2);
    private static final int FROM_UPLOAD = column("From Upload", 1);
    private static final int AVERAGE_ELAPSED_SPEED = column("Average Elapsed Speed", 1);
    private static final int COMPETITION = column("Competition", 1);
    private static final int LONG_RUN = column("Long Run", 1);

    public void writeCsv(List<NewActivity> activities, Writer out) {
        try {
            var printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(HEADER);
            for (var activity : activities) {
                printer.printRecord((Object[]) row(activity));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Strava export CSV", e);
        }
    }

    /** A zip with only {@code activities.csv}: no activity files, so the Filename column stays empty. */
    public void writeZip(List<NewActivity> activities, OutputStream out) {
        try {
            var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("activities.csv"));
            var writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            writeCsv(activities, writer);
            writer.flush();
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Strava export zip", e);
        }
    }

    private static String[] row(NewActivity activity) {
        var row = new String[HEADER.size()];
        Arrays.fill(row, "");
        row[ID] = activity.stravaId() == null ? "" : activity.stravaId().toString();
        row[DATE_COLUMN] = DATE.format(activity.startDate());
        row[NAME] = orEmpty(activity.name());
        row[TYPE] = sportName(activity.sportType());
        row[DESCRIPTION] = orEmpty(activity.description());
        row[ELAPSED_SECONDS] = Integer.toString(activity.elapsedTimeS());
        row[DISTANCE_KM] = kilometres(activity.distanceM());
        row[MAX_HEART_RATE_FIRST] = decimal(activity.maxHeartrate());
        row[RELATIVE_EFFORT_FIRST] = activity.relativeEffort() == null ? "" : activity.relativeEffort().toString();
        row[COMMUTE_FLAG] = Boolean.toString(activity.commute());
        row[GEAR] = orEmpty(activity.gearName());
        row[FILENAME] = "";
        row[ELAPSED_TIME] = decimal((double) activity.elapsedTimeS());
        row[MOVING_TIME] = decimal((double) activity.movingTimeS());
        row[DISTANCE_M] = decimal(activity.distanceM());
        row[MAX_SPEED] = decimal(activity.maxSpeedMps());
        row[AVERAGE_SPEED] = decimal(activity.averageSpeedMps());
        row[ELEVATION_GAIN] = decimal(activity.elevationGainM());
        row[AVERAGE_CADENCE] = decimal(activity.averageCadence());
        row[MAX_HEART_RATE] = decimal(activity.maxHeartrate());
        row[AVERAGE_HEART_RATE] = decimal(activity.averageHeartrate());
        row[RELATIVE_EFFORT] = activity.relativeEffort() == null ? "" : decimal(activity.relativeEffort().doubleValue());
        row[COMMUTE] = activity.commute() ? "1.0" : "0.0";
        row[FROM_UPLOAD] = "1.0";
        row[AVERAGE_ELAPSED_SPEED] = activity.elapsedTimeS() == 0 ? ""
                : decimal(BigDecimal.valueOf(activity.distanceM() / activity.elapsedTimeS())
                .setScale(3, RoundingMode.HALF_UP).doubleValue());
        row[COMPETITION] = activity.workoutType() == WorkoutType.RACE ? "1.0" : "";
        row[LONG_RUN] = activity.workoutType() == WorkoutType.LONG_RUN ? "1.0" : "";
        return row;
    }

    /** "WeightTraining" becomes "Weight Training", "NordicSki" "Nordic Ski", as in the export. */
    static String sportName(String sportType) {
        var known = SPORT_NAMES.get(sportType);
        return known != null ? known : sportType.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
    }

    /** The first Distance column is kilometres with two decimals, truncated (2387.8 m is written 2.38). */
    private static String kilometres(double metres) {
        return BigDecimal.valueOf(metres).movePointLeft(3).setScale(2, RoundingMode.DOWN).toPlainString();
    }

    /** The shortest round-trip form ("697.0", "3.426"), as the export writes its floats, never "1.0E7". */
    private static String decimal(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).toPlainString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static int column(String name, int occurrence) {
        int seen = 0;
        for (int i = 0; i < HEADER.size(); i++) {
            if (HEADER.get(i).equals(name) && ++seen == occurrence) {
                return i;
            }
        }
        throw new IllegalStateException("the export header has no column " + name + " #" + occurrence);
    }
}
