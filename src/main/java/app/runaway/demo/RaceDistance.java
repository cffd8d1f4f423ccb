package app.runaway.demo;

/** The race distances the synthetic athlete enters, with how long a build and a taper each one deserves. */
enum RaceDistance {
    FIVE_K(5_000, "5K", 6, 10, 1),
    TEN_K(10_000, "10K", 6, 10, 1),
    HALF_MARATHON(21_097.5, "Half Marathon", 8, 12, 2),
    MARATHON(42_195, "Marathon", 12, 17, 2);

    private final double metres;
    private final String label;
    private final int minWeeksToNextRace;
    private final int maxWeeksToNextRace;
    private final int taperWeeks;

    RaceDistance(double metres, String label, int minWeeksToNextRace, int maxWeeksToNextRace, int taperWeeks) {
        this.metres = metres;
        this.label = label;
        this.minWeeksToNextRace = minWeeksToNextRace;
        this.maxWeeksToNextRace = maxWeeksToNextRace;
        this.taperWeeks = taperWeeks;
    }

    double metres() {
        return metres;
    }

    String label() {
        return label;
    }

    int minWeeksToNextRace() {
        return minWeeksToNextRace;
    }

    int maxWeeksToNextRace() {
        return maxWeeksToNextRace;
    }

    /** Weeks of reduced volume before the race; about two for the long races (Bosquet 2007), one for 5K/10K. */
    int taperWeeks() {
        return taperWeeks;
    }

    boolean isLong() {
        return this == HALF_MARATHON || this == MARATHON;
    }
}
