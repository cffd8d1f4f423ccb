package app.runaway.coach.performance;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A least-squares line through a series (Apache Commons Math {@link SimpleRegression}) with the two-sided p-value of
 * its slope (t-test, n - 2 degrees of freedom). A slope counts as a trend only when p &lt; 0.05; otherwise the
 * series is stable. Fewer than 4 points (or all on one x) give no fit.
 */
public sealed interface Trend permits Trend.Fitted, Trend.TooFewPoints {
    double SIGNIFICANCE_LEVEL = 0.05;
    int FEWEST_POINTS = 4;

    static Trend fit(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must pair up");
        }
        var regression = new SimpleRegression();
        for (var i = 0; i < x.length; i++) {
            regression.addData(x[i], y[i]);
        }
        if (x.length < FEWEST_POINTS || !(regression.getXSumSquares() > 0)) {
            return new TooFewPoints(x.length, FEWEST_POINTS);
        }
        var slope = regression.getSlope();
        var p = regression.getSignificance();
        if (!Double.isFinite(p)) {
            // a perfect fit has no residual error: a flat line is no trend, any other slope is certain
            p = slope == 0 ? 1.0 : 0.0;
        }
        var direction = p >= SIGNIFICANCE_LEVEL || slope == 0 ? Direction.STABLE
                : slope > 0 ? Direction.INCREASING : Direction.DECREASING;
        return new Fitted(slope, p, x.length, direction);
    }

    /** The sign of a significant slope in the series' own unit; STABLE when not significant. */
    enum Direction {
        INCREASING("increasing"), STABLE("stable"), DECREASING("decreasing");

        private final String code;

        Direction(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * @param slope  units of y per unit of x (the raw sign, whatever the verdict)
     * @param pValue two-sided p-value of the slope
     */
    record Fitted(double slope, double pValue, int points, Direction direction) implements Trend {
    }

    record TooFewPoints(int points, int needed) implements Trend {
    }
}
