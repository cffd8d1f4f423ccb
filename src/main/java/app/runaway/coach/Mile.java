package app.runaway.coach;

/** The international mile (1959 agreement): the one definition every distance in miles is converted with. */
public final class Mile {
    public static final double METRES = 1609.344;
    public static final double KILOMETRES = METRES / 1000;

    private Mile() {
    }
}
