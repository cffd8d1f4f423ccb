package app.runaway.coach.heartrate;

/** One training zone: a band of heart-rate reserve and the beats per minute it means for this athlete. */
public record HeartRateZone(int number, String name, double lowShareOfReserve, double highShareOfReserve,
                            int lowBpm, int highBpm) {
}
