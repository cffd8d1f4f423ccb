package app.runaway.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Something the athlete tells rather than asks: "I'm injured", "I've got a cold", "I'm healthy again", "I prefer
 * miles", "remember that I race on Saturdays". The assistant remembers it, and acts on what it can.
 */
sealed interface Statement {
    record Injured(String text) implements Statement {
    }

    record Ill(String text) implements Statement {
    }

    record Recovered(String text) implements Statement {
    }

    record PrefersUnits(String units, String text) implements Statement {
    }

    record Note(String text) implements Statement {
    }

    // compiled once: every question passes here, and String.matches would compile each pattern per question
    Pattern RECOVERED = Pattern.compile("^(?:i'm|i am|i've been|i have been) (?:healthy|fine|recovered|better) again.*"
            + "|^i(?:'ve| have) recovered.*|^(?:the |my )?injury (?:has )?healed.*");
    Pattern INJURED = Pattern.compile("^(?:i'm|i am|i've been|i have been) (?:injured|hurt)\\b.*"
            + "|^i(?: have|'ve got| got) an? [a-z ]*(?:injury|strain|sprain|fracture)\\b.*"
            + "|^i (?:hurt|injured|strained|sprained|pulled) my\\b.*");
    Pattern ILL = Pattern.compile("^(?:i'm|i am|i've been|i have been) (?:ill|sick|unwell)\\b.*"
            + "|^i(?: have|'ve got| got) (?:a |the )?(?:cold|flu|fever|covid|virus)\\b.*");
    Pattern IMPERIAL = Pattern.compile("^i (?:prefer|use|want) (?:miles|imperial).*");
    Pattern METRIC = Pattern.compile("^i (?:prefer|use|want) (?:km|kilomet\\w+|metric).*");
    Pattern REMEMBER = Pattern.compile("^(?:please )?(?:remember|note)(?: that)?[:,]?\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    static Optional<Statement> read(String message) {
        var text = message.strip();
        var lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.endsWith("?")) {
            return Optional.empty();
        }
        if (RECOVERED.matcher(lower).matches()) {
            return Optional.of(new Recovered(text));
        }
        if (INJURED.matcher(lower).matches()) {
            return Optional.of(new Injured(text));
        }
        if (ILL.matcher(lower).matches()) {
            return Optional.of(new Ill(text));
        }
        if (IMPERIAL.matcher(lower).matches()) {
            return Optional.of(new PrefersUnits("imperial", text));
        }
        if (METRIC.matcher(lower).matches()) {
            return Optional.of(new PrefersUnits("metric", text));
        }
        var remember = REMEMBER.matcher(text);
        if (remember.matches()) {
            return Optional.of(new Note(remember.group(1).strip()));
        }
        return Optional.empty();
    }
}
