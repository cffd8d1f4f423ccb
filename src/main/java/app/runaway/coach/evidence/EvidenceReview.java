package app.runaway.coach.evidence;

import app.runaway.coach.EvidenceChoice;
import app.runaway.coach.RunSample;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which runs are credible evidence of fitness, and why the others are not. Three passes over the runs handed in:
 * <ol>
 *   <li>each run on its own figures ({@link RunChecks#decisive}: an impossible pace, moving time under 60 % of
 *   elapsed, an average above the recorded top speed);</li>
 *   <li>a hard-looking run on its structure ({@link RunChecks#structural}: broken by pauses, or named as several
 *   efforts), hard meaning 8 % faster than the median pace of the year around it;</li>
 *   <li>its pace against the athlete's own distribution of the year around it ({@link OwnDistribution}).</li>
 * </ol>
 * The athlete's choice overrides all of it: an excluded run is out, an included one is in. Non-runs are never
 * evidence of running fitness and are not reviewed. The verdict on a run depends only on the runs within a year of
 * it, so the coach's window and chat's records agree about any run both see with the same year around it.
 */
public final class EvidenceReview {
    private final Map<Long, SuspectRun> suspects;

    private EvidenceReview(Map<Long, SuspectRun> suspects) {
        this.suspects = suspects;
    }

    /** Reviews every run among {@code history} (other activities are ignored). */
    public static EvidenceReview of(Collection<RunSample> history) {
        var runs = history.stream().filter(RunSample::isRun).filter(r -> r.localDate() != null).toList();
        var findings = new HashMap<Long, List<Finding>>();
        for (var run : runs) {
            switch (run.evidence()) {
                case EXCLUDE -> findings.put(run.activityId(), List.of(new Finding(Check.EXCLUDED_BY_ATHLETE,
                        "you excluded it as evidence")));
                case INCLUDE -> {
                    // the athlete vouches for it: no check applies
                }
                case AUTO -> {
                    var decisive = RunChecks.decisive(run);
                    if (!decisive.isEmpty()) {
                        findings.put(run.activityId(), decisive);
                    }
                }
            }
        }
        var paced = new YearAround(passing(runs, findings).stream().filter(r -> r.secondsPerKm().isPresent())
                .toList());
        var medianPace = new IdentityHashMap<List<RunSample>, Double>();
        for (var run : checked(runs, findings)) {
            var around = paced.around(run.localDate());
            if (around.size() < OwnDistribution.FEWEST_OTHERS) {
                continue; // too little running around it to say what is hard for this athlete
            }
            var median = medianPace.computeIfAbsent(around, EvidenceReview::medianPace);
            var structural = RunChecks.structural(run, median);
            if (!structural.isEmpty()) {
                findings.put(run.activityId(), structural);
            }
        }
        var efforts = new YearAround(passing(runs, findings).stream()
                .filter(r -> !Double.isNaN(RunChecks.effortVdot(r))).toList());
        var distribution = new HashMap<Long, List<Finding>>();
        var years = new IdentityHashMap<List<RunSample>, OwnDistribution.Year>();
        for (var run : checked(runs, findings)) {
            var year = years.computeIfAbsent(efforts.around(run.localDate()), OwnDistribution.Year::new);
            var outlier = OwnDistribution.check(run, year);
            if (!outlier.isEmpty()) {
                distribution.put(run.activityId(), outlier);
            }
        }
        findings.putAll(distribution);
        var suspects = new LinkedHashMap<Long, SuspectRun>();
        runs.stream().filter(r -> findings.containsKey(r.activityId()))
                .sorted(Comparator.comparing(RunSample::localDate).thenComparing(RunSample::activityId))
                .forEach(r -> suspects.put(r.activityId(), new SuspectRun(r, findings.get(r.activityId()))));
        return new EvidenceReview(suspects);
    }

    /** Whether this activity is a run that counts as evidence of fitness. */
    public boolean isCredible(RunSample activity) {
        return activity.isRun() && !suspects.containsKey(activity.activityId());
    }

    /** The credible runs among these activities (non-runs are left out: they are no evidence of running). */
    public List<RunSample> credible(Collection<RunSample> activities) {
        return activities.stream().filter(this::isCredible).toList();
    }

    /** The runs left out, oldest first. */
    public List<SuspectRun> suspects() {
        return List.copyOf(suspects.values());
    }

    /** The runs left out whose day lies from {@code from} to {@code to} inclusive, newest first. */
    public List<SuspectRun> suspectsBetween(LocalDate from, LocalDate to) {
        var list = new ArrayList<SuspectRun>();
        for (var suspect : suspects.values()) {
            var day = suspect.run().localDate();
            if (!day.isBefore(from) && !day.isAfter(to)) {
                list.add(suspect);
            }
        }
        return list.reversed();
    }

    private static List<RunSample> passing(List<RunSample> runs, Map<Long, List<Finding>> findings) {
        return runs.stream().filter(r -> !findings.containsKey(r.activityId())).toList();
    }

    /** Runs the checks still apply to: not yet suspect, not vouched for by the athlete. */
    private static List<RunSample> checked(List<RunSample> runs, Map<Long, List<Finding>> findings) {
        return runs.stream().filter(r -> r.evidence() == EvidenceChoice.AUTO)
                .filter(r -> !findings.containsKey(r.activityId())).toList();
    }

    private static double medianPace(List<RunSample> runs) {
        var paces = runs.stream().mapToDouble(r -> r.secondsPerKm().getAsDouble()).sorted().toArray();
        var middle = paces.length / 2;
        return paces.length % 2 == 1 ? paces[middle] : (paces[middle - 1] + paces[middle]) / 2;
    }
}
