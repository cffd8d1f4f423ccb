package app.runaway.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The notes an athlete leaves in the description now and then. Deliberately awkward text (commas, quotes, line
 * breaks, emoji, Swedish, German, Japanese) so that every importer and CSV writer meets it.
 */
final class RunNotes {

    private static final List<String> EASY = List.of(
            "Easy, relaxed, legs felt \"heavy\" after yesterday",
            "Lätt löpning i regnet ☔",
            "Recovery jog with the club.\nNice chat, slow pace.",
            "Schöner Lauf am Morgen 🌅",
            "朝ラン。気持ちいい！",
            "Knee a bit sore; keep an eye on it",
            "Snow, ice, and \"fun\" ❄️",
            "Hund + barnvagn = tung löpning 🐕",
            "Headwind both ways, somehow");
    private static final List<String> WORKOUT = List.of(
            "Tuff pass, men klarade alla 💪",
            "Felt strong, last rep the fastest",
            "Track was busy; did it on the road instead",
            "Kein guter Tag, aber durchgezogen.");
    private static final List<String> RACE = List.of(
            "New PB! 🎉",
            "Went out too fast, paid for it in the last third.\nLesson learned (again).",
            "Windy course, but happy with \"sub\" something 😅",
            "Perfekt väder, bra stämning längs banan!",
            "Negative split, finally.");

    private RunNotes() {
    }

    /** Null most of the time, like real activities; workouts often carry their plan, races a line about the day. */
    static String describe(SessionKind kind, RunStructure structure, RandomGenerator random) {
        double roll = random.nextDouble();
        return switch (kind) {
            case RACE -> roll < 0.7 ? pick(RACE, random) : null;
            case INTERVALS, THRESHOLD -> roll < 0.2 ? structure.plan()
                    : roll < 0.35 ? structure.plan().replace(", ", "\n")
                    : roll < 0.45 ? pick(WORKOUT, random) : null;
            default -> roll < 0.08 ? pick(EASY, random) : null;
        };
    }

    private static String pick(List<String> notes, RandomGenerator random) {
        return notes.get(random.nextInt(notes.size()));
    }
}
