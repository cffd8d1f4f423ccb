package app.runaway.coach;

import java.time.LocalDate;

/** A period the athlete is ill or injured ({@code to} null while it lasts): a hard limit for the plan. */
public record Unavailability(String reason, LocalDate from, LocalDate to) {
}
