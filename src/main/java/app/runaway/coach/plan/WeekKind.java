package app.runaway.coach.plan;

/** What a week is for; it decides its volume and how much intensity it carries. */
enum WeekKind {
    /** Volume grows by at most about 10 % over the recent weeks (a soft cap; Nielsen 2014 saw risk above 30 %). */
    BUILD(2),
    /** Every third or fourth week volume drops to about 75 % so that the body absorbs the training. */
    DOWN(1),
    /** The weeks before an A or B race: volume cut, intensity kept (Bosquet 2007). */
    TAPER(1),
    /** The week of the race itself: the race is the hard session. */
    RACE(0),
    /** Back after illness or injury: volume rebuilt gradually, no intensity. */
    RETURN(0),
    /** Ill or injured the whole week. */
    REST(0);

    private final int qualitySessions;

    WeekKind(int qualitySessions) {
        this.qualitySessions = qualitySessions;
    }

    int qualitySessions() {
        return qualitySessions;
    }
}
