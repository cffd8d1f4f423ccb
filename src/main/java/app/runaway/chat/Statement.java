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

    Pattern REMEMBER = Pattern.compile("^(?:please )?(?:remember|note)(?: that)?[:,]?\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    static Optional<Statement> read(String message) {
        var text = message.strip();
        var lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.endsWith("?")) {
            return Optional.empty();
        }
        if (lower.matches("^(i'm|i am|i've been|i have been) (healthy|fine|recovered|better) again.*")
                || lower.matches("^i('ve| have) recovered.*") || lower.matches("^(the |my )?injury (has )?healed.*")) {
            return Optional.of(new Recovered(text));
        }
        if (lower.matches("^(i'm|i am|i've been|i have been) (injured|hurt)\\b.*")
                || lower.matches("^i( have|'ve got| got) an? [a-z ]*(injury|strain|sprain|fracture)\\b.*")
                || lower.matches("^i (hurt|injured|strained|sprained|pulled) my\\b.*")) {
            return Optional.of(new Injured(text));
        }
        if (lower.matches("^(i'm|i am|i've been|i have been) (ill|sick|unwell)\\b.*")
                || lower.matches("^i( have|'ve got| got) (a |the )?(cold|flu|fever|covid|virus)\\b.*")) {
            return Optional.of(new Ill(text));
        }
        if (lower.matches("^i (prefer|use|want) (miles|imperial).*")) {
            return Optional.of(new PrefersUnits("imperial", text));
        }
        if (lower.matches("^i (prefer|use|want) (km|kilomet\\w+|metric).*")) {
            return Optional.of(new PrefersUnits("metric", text));
        }
        var remember = REMEMBER.matcher(text);
        if (remember.matches()) {
            return Optional.of(new Note(remember.group(1).strip()));
        }
        return Optional.empty();
    }
}
