package app.runaway.platform;

import java.util.Optional;

/**
 * The one check of text a client sends, wherever it arrives (a JSON field, a query parameter, a path, an upload's
 * name, an imported row): PostgreSQL cannot store a NUL character, an unpaired surrogate is broken UTF-16 that would
 * be stored as "?", and other control characters have no place in a runner's words.
 */
public final class TextInput {
    /** The longest text any JSON field may carry; endpoints set tighter limits of their own. */
    public static final int MAX_FIELD_LENGTH = 100_000;

    private TextInput() {
    }

    /** Why this text cannot be accepted, or empty when it can. Tabs and line breaks are text. */
    public static Optional<String> problem(String text) {
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("contains a NUL character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate (text that is not valid Unicode)");
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("contains the control character U+%04X".formatted((int) c));
            }
        }
        if (text.length() > MAX_FIELD_LENGTH) {
            return Optional.of("is longer than " + MAX_FIELD_LENGTH + " characters");
        }
        return Optional.empty();
    }

    /** The text itself, or 400 naming the field. */
    public static String require(String field, String text) {
        problem(text).ifPresent(reason -> {
            throw new InvalidInputException(field, reason);
        });
        return text;
    }

    /** Text to keep from a source that is not a request (an imported file): NUL and broken characters removed. */
    public static String cleaned(String text) {
        if (problem(text).isEmpty()) {
            return text;
        }
        var out = new StringBuilder(text.length());
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
