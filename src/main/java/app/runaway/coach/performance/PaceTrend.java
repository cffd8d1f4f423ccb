package app.runaway.coach.performance;

/**
 * The trend of easy-run pace, in seconds per km per week. A rising number of seconds per km is a slower runner, so
 * the verdict reads from the runner's side: a significant negative slope is IMPROVING, a positive one DECLINING;
 * {@code trend} keeps the raw slope and its sign.
 */
public record PaceTrend(Trend trend, Verdict verdict, Basis basis) {

    public enum Verdict {
        IMPROVING("improving"), STABLE("stable"), DECLINING("declining"), UNKNOWN("unknown");

        private final String code;

        Verdict(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Which runs the pace was taken from. */
    public enum Basis {
        /** Easy runs whose average heart rate is within 5 bpm of the median of the easy runs with heart rate. */
        EASY_RUNS_AT_COMPARABLE_HEART_RATE,
        /** All easy runs: too few carried heart rate to compare like with like. */
        EASY_RUNS
    }

    static PaceTrend of(Trend trend, Basis basis) {
        var verdict = switch (trend) {
            case Trend.TooFewPoints ignored -> Verdict.UNKNOWN;
            case Trend.Fitted fitted -> switch (fitted.direction()) {
                case DECREASING -> Verdict.IMPROVING;
                case STABLE -> Verdict.STABLE;
                case INCREASING -> Verdict.DECLINING;
            };
        };
        return new PaceTrend(trend, verdict, basis);
    }
}
