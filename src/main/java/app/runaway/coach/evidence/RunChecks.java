package app.runaway.coach.evidence;

import app.runaway.coach.RunSample;
import app.runaway.coach.science.DanielsGilbert;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks one activity fails on its own figures. The decisive ones leave it out whatever else it shows; the
 * structural ones only for a run that looks hard (its pace at least 8 % faster than the athlete's median run of the
 * year around it, the same line that makes an untagged run a workout), since an easy run with a coffee stop is no
 * evidence of maximal fitness anyway and its pace is still a fair easy pace.
 */
final class RunChecks {
    /** The 100 m world record averages 10.4 m/s: no run of any length is faster on average. */
    static final double FASTEST_AVERAGE_MPS = 10.5;
    /**
     * World records from 1500 m to the marathon are worth VDOT 83-86 by Daniels and Gilbert's formula (1500 m 3:26.00
     * 83.6, 5000 m 12:35.36 85.3, marathon 2:00:35 85.5): anything above 86 was never run.
     */
    static final double HIGHEST_HUMAN_VDOT = 86;
    static final double VDOT_SHORTEST_M = 1500;
    /** Below 60 % of elapsed the moving time says more about auto-pause or GPS gaps than about the run. */
    static final double PAUSED_SHARE = 0.60;
    /** Repeats with standing rests: a hard run moving less than 80 % of its elapsed time is no continuous effort. */
    static final double CONTINUOUS_SHARE = 0.80;
    /** An average 10 % above the recorded top speed cannot be: a recording's top speed is at least its average. */
    static final double AVERAGE_OVER_TOP = 1.10;
    /** "6x800", "3 x 1 mile", "4x4 + mile", "1500+800": the runner's own words for a session of several efforts. */
    static final Pattern SEVERAL_EFFORTS = Pattern.compile("\\d+\\s*[x×]\\s*\\d|\\d\\s*\\+\\s*\\d",
            Pattern.CASE_INSENSITIVE);
    /** The pace share of the median that makes a run look hard (as {@code RunTypeClassifier} types a workout). */
    static final double HARD_SHARE = 0.92;

    private RunChecks() {
    }

    /** The decisive checks: each alone leaves the activity out. */
    static List<Finding> decisive(RunSample run) {
        var findings = new ArrayList<Finding>();
        if (run.distanceM() <= 0 || run.movingTimeS() <= 0) {
            return findings;
        }
        var speed = run.averageSpeedMps();
        var pace = run.secondsPerKm().getAsDouble();
        if (speed > FASTEST_AVERAGE_MPS || (run.distanceM() >= VDOT_SHORTEST_M
                && DanielsGilbert.rawVdot(run.distanceM(), run.movingTimeS()) > HIGHEST_HUMAN_VDOT)) {
            findings.add(new Finding(Check.IMPOSSIBLE_PACE, Figures.km(run.distanceM()) + " in "
                    + Figures.clock(run.movingTimeS()) + " (" + Figures.pace(pace)
                    + ") is faster than the world record for the distance"));
        }
        if (run.elapsedTimeS() > run.movingTimeS() && run.movingTimeS() < PAUSED_SHARE * run.elapsedTimeS()) {
            findings.add(new Finding(Check.PAUSED, "moving time " + Figures.clock(run.movingTimeS()) + " is only "
                    + Figures.percent((double) run.movingTimeS() / run.elapsedTimeS()) + " of the elapsed "
                    + Figures.clock(run.elapsedTimeS()) + ": auto-pause or GPS gaps make its pace unreliable"));
        }
        if (run.maxSpeedMps() != null && run.maxSpeedMps() > 0 && speed > AVERAGE_OVER_TOP * run.maxSpeedMps()) {
            findings.add(new Finding(Check.AVERAGE_ABOVE_TOP_SPEED, "its average speed " + Figures.speed(speed)
                    + " is above its recorded top speed " + Figures.speed(run.maxSpeedMps())
                    + ": the distance or the time is wrong"));
        }
        return findings;
    }

    /** The structural checks, for a run that looks hard against the athlete's median pace of the year around it. */
    static List<Finding> structural(RunSample run, double medianSecondsPerKm) {
        var findings = new ArrayList<Finding>();
        var pace = run.secondsPerKm();
        if (pace.isEmpty() || !(medianSecondsPerKm > 0) || pace.getAsDouble() > HARD_SHARE * medianSecondsPerKm) {
            return findings;
        }
        if (run.elapsedTimeS() > 0 && run.movingTimeS() < CONTINUOUS_SHARE * run.elapsedTimeS()) {
            findings.add(new Finding(Check.BROKEN_BY_PAUSES, "a hard run that moved only "
                    + Figures.percent((double) run.movingTimeS() / run.elapsedTimeS()) + " of its "
                    + Figures.clock(run.elapsedTimeS()) + ": repeats with rests, so its pace is no continuous effort"));
        }
        var words = severalEfforts(run);
        if (words != null) {
            findings.add(new Finding(Check.SEVERAL_EFFORTS, "its " + words + " lists several efforts, so its "
                    + "average pace is no single effort"));
        }
        return findings;
    }

    private static String severalEfforts(RunSample run) {
        if (run.name() != null && SEVERAL_EFFORTS.matcher(run.name()).find()) {
            return "name ('" + run.name().strip() + "')";
        }
        if (run.description() != null) {
            var match = SEVERAL_EFFORTS.matcher(run.description());
            if (match.find()) {
                var line = run.description().lines().filter(l -> SEVERAL_EFFORTS.matcher(l).find()).findFirst()
                        .orElse(match.group()).strip();
                return "description ('" + (line.length() > 40 ? line.substring(0, 40) + "...": line) + "')";
            }
        }
        return null;
    }

    /** Daniels and Gilbert's VDOT of the run as if it were a race, for runs long enough for the formula. */
    static double effortVdot(RunSample run) {
        return run.distanceM() >= VDOT_SHORTEST_M && run.movingTimeS() > 0
                ? DanielsGilbert.rawVdot(run.distanceM(), run.movingTimeS()) : Double.NaN;
    }
}
