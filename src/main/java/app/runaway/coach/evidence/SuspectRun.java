package app.runaway.coach.evidence;

import app.runaway.coach.RunSample;
import java.util.List;
import java.util.stream.Collectors;

/** An activity left out of the evidence of fitness, and every reason why. */
public record SuspectRun(RunSample run, List<Finding> findings) {

    public SuspectRun {
        findings = List.copyOf(findings);
    }

    /** The reasons as one sentence for the athlete. */
    public String reason() {
        return findings.stream().map(Finding::detail).collect(Collectors.joining("; "));
    }

    public List<String> checks() {
        return findings.stream().map(f -> f.check().code()).toList();
    }

    public boolean excludedByAthlete() {
        return findings.stream().anyMatch(f -> f.check() == Check.EXCLUDED_BY_ATHLETE);
    }
}
