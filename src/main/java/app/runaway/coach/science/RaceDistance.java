package app.runaway.coach.science;

/** The standard race distances the coach predicts and tracks best efforts for. */
public enum RaceDistance {
    FIVE_K("5k", 5_000),
    TEN_K("10k", 10_000),
    HALF_MARATHON("half_marathon", 21_097.5),
    MARATHON("marathon", 42_195);

    private final String code;
    private final double metres;

    RaceDistance(String code, double metres) {
        this.code = code;
        this.metres = metres;
    }

    public String code() {
        return code;
    }

    public double metres() {
        return metres;
    }
}
