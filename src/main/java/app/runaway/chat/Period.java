package app.runaway.chat;

import java.time.LocalDate;

/** A stretch of athlete-local days, both ends included, with the words the question used for it. */
record Period(LocalDate from, LocalDate to, String label) {
    static Period allTime() {
        return new Period(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31), "ever");
    }

    boolean isAllTime() {
        return label.equals("ever");
    }
}
