package app.runaway.demo;

import java.time.LocalDate;

/** A race on the athlete's calendar. */
record Race(LocalDate day, RaceDistance distance, String name) {
}
