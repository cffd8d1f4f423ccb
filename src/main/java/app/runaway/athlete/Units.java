package app.runaway.athlete;

import app.runaway.coach.Mile;

/** How an athlete wants distances and paces shown; storage is always metres and seconds. */
public enum Units {
    METRIC("metric", 1000.0, "km"),
    IMPERIAL("imperial", Mile.METRES, "mi");

    private final String code;
    private final double metresPerUnit;
    private final String distanceUnit;

    Units(String code, double metresPerUnit, String distanceUnit) {
        this.code = code;
        this.metresPerUnit = metresPerUnit;
        this.distanceUnit = distanceUnit;
    }

    public String code() {
        return code;
    }

    /** Metres in one kilometre or one statute mile. */
    public double metresPerUnit() {
        return metresPerUnit;
    }

    public String distanceUnit() {
        return distanceUnit;
    }

    public static Units fromCode(String code) {
        for (var units : values()) {
            if (units.code.equals(code)) {
                return units;
            }
        }
        throw new IllegalArgumentException("units must be 'metric' or 'imperial'");
    }
}
