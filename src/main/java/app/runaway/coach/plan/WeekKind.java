package app.runaway.coach.plan;

import java.util.Locale;

/** What a week is for; it decides its volume and how much intensity it may carry. */
public enum WeekKind {
    /** Volume grows by at most about 10 % over the recent weeks (a soft cap; Nielsen 2014 saw risk above 30 %). */
    BUILD,
    /** Every third or fourth week volume drops to about 75 % so that the body absorbs the training. */
    DOWN,
    /** The week before an A race: volume cut, intensity kept (Bosquet 2007). */
    TAPER,
    /** The week of the race itself: the race is the hard session. */
    RACE,
    /** Back after illness, injury or a break from running: volume rebuilt gradually, easy running only. */
    RETURN,
    /** Ill or injured the whole week. */
    REST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How many quality sessions (threshold, intervals) a week of this kind may hold, volume allowing. */
    int mostQualitySessions() {
        return switch (this) {
            case BUILD -> 2;
            case DOWN, TAPER -> 1;
            case RACE, RETURN, REST -> 0;
        };
    }
}
