package app.runaway.athlete;

import java.time.LocalDate;

/** A stretch of days the athlete is ill or injured; {@code endsOn} null while it lasts. */
public record StatusPeriod(long id, String status, LocalDate startsOn, LocalDate endsOn, String note) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
