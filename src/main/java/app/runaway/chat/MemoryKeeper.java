package app.runaway.chat;

import app.runaway.query.AthleteScope;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.athlete.AthleteStatuses;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Acts on what the athlete tells: an injury or illness becomes a status period the coach plans around (from today,
 * open until they say they are well), a unit preference changes the profile, anything prefixed "remember" is kept
 * as a note. Every statement is remembered, so the athlete can see and delete it.
 */
@Component
class MemoryKeeper {
    private final AthleteMemory memory;
    private final AthleteStatuses statuses;
    private final AthleteProfiles profiles;

    MemoryKeeper(AthleteMemory memory, AthleteStatuses statuses, AthleteProfiles profiles) {
        this.memory = memory;
        this.statuses = statuses;
        this.profiles = profiles;
    }

    ChatAnswer apply(AthleteScope scope, Statement statement, LocalDate today) {
        var athlete = scope.athleteId();
        var text = switch (statement) {
            case Statement.Injured s -> {
                memory.remember(athlete, "injury", s.text());
                statuses.begin(athlete, "injured", today, null, s.text());
                yield "Sorry to hear that. I have noted the injury from today: your plan has no running and no "
                        + "intensity until you tell me you are healthy again, then a gradual return.";
            }
            case Statement.Ill s -> {
                memory.remember(athlete, "illness", s.text());
                statuses.begin(athlete, "ill", today, null, s.text());
                yield "Get well soon. I have noted that you are ill from today: rest until the symptoms are gone; "
                        + "tell me when you are healthy again and the plan will ease you back in.";
            }
            case Statement.Recovered s -> {
                memory.remember(athlete, "recovery", s.text());
                statuses.recover(athlete, today);
                yield "Good news. From today you are marked healthy: the first week back is easy and shorter, "
                        + "the second builds toward your usual volume.";
            }
            case Statement.PrefersUnits s -> {
                memory.remember(athlete, "preference", s.text());
                profiles.change(athlete, Map.of("units", s.units()));
                yield "Noted: distances and paces are now shown in " + (s.units().equals("imperial")
                        ? "miles and minutes per mile." : "kilometres and minutes per kilometre.");
            }
            case Statement.Note s -> {
                memory.remember(athlete, "note", s.text());
                yield "Noted: \"" + s.text() + "\". You can see and delete what I remember at /api/chat/memory.";
            }
        };
        return new ChatAnswer(text, "memory", List.of(), Map.of("question_family", "memory"));
    }
}
