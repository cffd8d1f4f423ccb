package app.runaway.demo;

import java.time.LocalTime;

/** Strava's default names: the part of the day the activity started in, then the sport ("Morning Run"). */
final class ActivityNames {

    private ActivityNames() {
    }

    static String forTimeOfDay(LocalTime start, String sport) {
        int hour = start.getHour();
        // Boundaries as seen in a real export: lunch from 11, afternoon from 13, evening from 17, night from 21.
        String part = hour < 4 ? "Night" : hour < 11 ? "Morning" : hour < 13 ? "Lunch" : hour < 17 ? "Afternoon"
                : hour < 21 ? "Evening" : "Night";
        return part + " " + sport;
    }
}
