package app.runaway.coach.agents;

import app.runaway.coach.CoachReport.HeartRateZone;
import app.runaway.coach.CoachReport.PaceZones;
import app.runaway.coach.CoachReport.Zone;
import app.runaway.coach.RunSample;
import app.runaway.coach.performance.RunType;
import app.runaway.coach.performance.RunTypeClassifier;
import app.runaway.coach.science.PaceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The paces and heart rates to train at: Daniels' training paces from the VDOT, Karvonen heart-rate zones, and the
 * athlete's own relation of easy pace to heart rate.
 */
final class PaceAgent {
    private static final int FEWEST_EASY_RUNS = 6;

    private PaceAgent() {
    }

    static PaceZones run(CoachState state) {
        var evidence = state.evidence();
        var units = state.units();
        var zones = new ArrayList<Zone>();
        String easy = null;
        String tempo = null;
        String interval = null;
        var basedOn = "no VDOT yet: run a 5 km time trial or a race to set training paces";
        if (evidence.trainingPaces().isPresent()) {
            var paces = evidence.trainingPaces().get();
            // Tempo: from threshold pace to halfway to marathon pace, the band a "comfortably hard" run falls in.
            var tempoRange = new PaceRange(paces.threshold().fastestSPerKm(),
                    (paces.threshold().fastestSPerKm() + paces.marathon().fastestSPerKm()) / 2);
            easy = range(units, paces.easy());
            tempo = range(units, tempoRange);
            interval = range(units, paces.interval());
            zones.add(zone(units, "easy", paces.easy()));
            zones.add(zone(units, "marathon", paces.marathon()));
            zones.add(zone(units, "threshold", paces.threshold()));
            zones.add(zone(units, "interval", paces.interval()));
            zones.add(zone(units, "repetition", paces.repetition()));
            basedOn = String.format(Locale.ROOT, "VDOT %.1f (Daniels/Gilbert): easy 59-74 %%, threshold 88 %%, "
                    + "interval 97.5-100 %% of VDOT velocity, marathon at predicted marathon pace, repetition 6 s "
                    + "per 400 m faster than interval", paces.vdot().value());
        }
        var heartRate = evidence.heartRateZones();
        return new PaceZones(easy, tempo, interval, "/" + units.distanceUnit(), zones,
                heartRate.map(z -> z.zones().stream().map(zone -> new HeartRateZone(zone.number(), zone.name(),
                        zone.lowBpm(), zone.highBpm())).toList()).orElse(List.of()),
                heartRate.map(z -> "max " + z.profile().maxBpm() + " bpm (" + z.profile().maxSource().code()
                        + (z.profile().maxMethod() == null ? "" : ": " + z.profile().maxMethod())
                        + "), resting " + z.profile().restingBpm() + " bpm (" + z.profile().restingSource().code()
                        + "); Karvonen: % of heart-rate reserve").orElse(whatZonesNeed(state)),
                paceAtHeartRate(state), basedOn, null);
    }

    /** Why there are no zones, and what would give them. */
    private static String whatZonesNeed(CoachState state) {
        var withHeartRate = state.request().history().stream().filter(RunSample::isRun)
                .filter(RunSample::hasAverageHeartrate).count();
        var how = "enter your maximum heart rate (max_heartrate, PUT /api/athlete), or your birth year for 220 - age";
        if (withHeartRate == 0) {
            return "no maximum heart rate: " + how + "; runs recorded with a heart-rate monitor would also let it be "
                    + "estimated";
        }
        return "no maximum heart rate: " + withHeartRate + " runs carry an average heart rate but no maximum, and an "
                + "estimate needs a VDOT and at least 3 hard runs with heart rate in the last year; " + how;
    }

    /** The athlete's own line: easy-run pace against average heart rate, when enough easy runs carry both. */
    private static String paceAtHeartRate(CoachState state) {
        var evidence = state.evidence();
        var window = evidence.evidence().credible(state.request().history().stream()
                .filter(r -> !r.localDate().isBefore(evidence.from()) && !r.localDate().isAfter(evidence.asOf()))
                .toList());
        var classifier = RunTypeClassifier.calibratedOn(window);
        var regression = new SimpleRegression();
        var easyRuns = window.stream().filter(RunSample::hasAverageHeartrate)
                .filter(r -> r.secondsPerKm().isPresent() && classifier.classify(r) == RunType.EASY).toList();
        easyRuns.forEach(r -> regression.addData(r.averageHeartrate(), r.secondsPerKm().getAsDouble()));
        if (easyRuns.size() < FEWEST_EASY_RUNS || !(regression.getSignificance() < 0.05)
                || regression.getSlope() >= 0) {
            return null; // no clear relation: faster running should mean a higher heart rate
        }
        var typicalHr = Math.round(easyRuns.stream().mapToDouble(RunSample::averageHeartrate).average().orElse(0));
        var units = state.units();
        return String.format(Locale.ROOT, "On easy runs, %d bpm goes with about %s; each 5 bpm more is about %.0f s "
                        + "per %s faster (from %d runs)", typicalHr, units.pace(regression.predict(typicalHr)),
                -regression.getSlope() * 5 * units.metresPerUnit() / 1000, units.distanceUnit(), easyRuns.size());
    }

    private static String range(CoachUnits units, PaceRange range) {
        return units.paceRange(range.fastestSPerKm(), range.slowestSPerKm());
    }

    private static Zone zone(CoachUnits units, String name, PaceRange range) {
        return new Zone(name, CoachUnits.round(range.fastestSPerKm(), 1), CoachUnits.round(range.slowestSPerKm(), 1),
                range(units, range) + " /" + units.distanceUnit());
    }
}
