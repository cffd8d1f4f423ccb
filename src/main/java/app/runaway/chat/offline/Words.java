package app.runaway.chat.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question as a list of words: lower case, contractions spelled out ("what's" is "what is"), numbers apart from
 * their units ("10km" is "10 km"), hyphenated words apart ("half-marathon"), a two-digit year with an apostrophe
 * written out ("Sept '24" is "sept 2024"), number words as digits up to twenty ("three weeks"), and common typos
 * mended against the words the reader knows ("lognest" is "longest"). Dates, clock times and decimals stay whole.
 */
final class Words {
    private static final Pattern APOSTROPHE_YEAR = Pattern.compile("(?<![\\w'])'(\\d{2})\\b");
    private static final Pattern MONTH_RANGE = Pattern.compile("\\b(" + MonthNames.PATTERN + ")\\s*-\\s*("
            + MonthNames.PATTERN + ")\\b");
    private static final Pattern YEAR_RANGE = Pattern.compile("\\b((?:19|20)\\d\\d)\\s*-\\s*((?:19|20)\\d\\d)\\b");
    private static final Pattern NUMBER_THEN_LETTERS = Pattern.compile("(\\d)([a-z])");
    private static final Pattern LETTERS_THEN_NUMBER = Pattern.compile("([a-z])(\\d)");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2}) (st|nd|rd|th)\\b");
    /** "June 24th" is a day: written day first ("24 june") it stays one when the ordinal goes. */
    private static final Pattern MONTH_THEN_ORDINAL = Pattern.compile("\\b(" + MonthNames.PATTERN
            + ") (\\d{1,2}) (?:st|nd|rd|th)\\b");
    private static final Pattern PICTOGRAPHS = Pattern.compile("[\\p{So}\\p{Cs}\\x{FE0F}\\x{200D}\\x{1F3FB}-\\x{1F3FF}]");
    private static final Pattern LETTER_HYPHEN_LETTER = Pattern.compile("([a-z])-([a-z])");
    private static final Pattern LETTER_HYPHEN_DIGIT = Pattern.compile("([a-z])-(\\d)");
    private static final Pattern DIGIT_HYPHEN_LETTER = Pattern.compile("(\\d)-([a-z])");
    private static final Pattern PER_UNIT = Pattern.compile("/(km|mi|mile|k)\\b");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;!?()\"\\[\\]{}]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[.'*:]+|[.'*:]+$");
    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("what's", "what is"), Map.entry("whats", "what is"), Map.entry("how's", "how is"),
            Map.entry("hows", "how is"), Map.entry("where's", "where is"), Map.entry("when's", "when is"),
            Map.entry("whens", "when is"), Map.entry("wheres", "where is"),
            Map.entry("that's", "that is"), Map.entry("it's", "it is"), Map.entry("who's", "who is"),
            Map.entry("i'm", "i am"), Map.entry("im", "i am"), Map.entry("i've", "i have"), Map.entry("ive", "i have"),
            Map.entry("i'd", "i would"), Map.entry("i'll", "i will"), Map.entry("let's", "let us"),
            Map.entry("can't", "can not"), Map.entry("cannot", "can not"), Map.entry("won't", "will not"),
            Map.entry("didn't", "did not"), Map.entry("didnt", "did not"), Map.entry("don't", "do not"),
            Map.entry("dont", "do not"), Map.entry("haven't", "have not"), Map.entry("havent", "have not"),
            Map.entry("hasn't", "has not"), Map.entry("wasn't", "was not"), Map.entry("isn't", "is not"),
            Map.entry("aren't", "are not"), Map.entry("weren't", "were not"), Map.entry("doesn't", "does not"));
    /** Misspellings too short for the edit-distance mend, and shorthand runners type. */
    private static final Map<String, String> SHORTHAND = Map.ofEntries(
            Map.entry("wich", "which"), Map.entry("whcih", "which"), Map.entry("hte", "the"), Map.entry("teh", "the"),
            Map.entry("waht", "what"), Map.entry("wat", "what"), Map.entry("hwo", "how"), Map.entry("hw", "how"),
            Map.entry("mny", "many"), Map.entry("lats", "last"), Map.entry("lst", "last"), Map.entry("fr", "for"),
            Map.entry("wk", "week"), Map.entry("wks", "weeks"), Map.entry("yr", "year"), Map.entry("yrs", "years"),
            Map.entry("mo", "month"), Map.entry("mos", "months"), Map.entry("mth", "month"), Map.entry("kms", "km"),
            Map.entry("mins", "minutes"), Map.entry("min", "minutes"), Map.entry("hrs", "hours"),
            Map.entry("avg", "average"), Map.entry("ave", "average"), Map.entry("tot", "total"),
            Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("pls", "please"), Map.entry("plz", "please"),
            Map.entry("thx", "thanks"), Map.entry("elev", "elevation"),
            Map.entry("mara", "marathon"), Map.entry("ytd", "year to date"), Map.entry("runing", "running"),
            Map.entry("rn", "run"), Map.entry("rns", "runs"), Map.entry("km's", "km"), Map.entry("kmz", "km"),
            Map.entry("milage", "mileage"), Map.entry("febuary", "february"), Map.entry("feburary", "february"),
            Map.entry("pst", "past"), Map.entry("evr", "ever"), Map.entry("iv", "i have"),
            Map.entry("mnth", "month"), Map.entry("mths", "months"), Map.entry("xmas", "christmas"),
            Map.entry("thru", "through"),
            Map.entry("yday", "yesterday"), Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"));
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"), Map.entry("fourteen", "14"), Map.entry("fifteen", "15"),
            Map.entry("sixteen", "16"), Map.entry("seventeen", "17"), Map.entry("eighteen", "18"),
            Map.entry("nineteen", "19"), Map.entry("twenty", "20"), Map.entry("thirty", "30"));
    /** Words that look like number words but are read as words first ("one" in "the one where"). */
    private static final Set<String> KEEP_AS_WORD = Set.of("one");

    private Words() {
    }

    /**
     * The question's words, mended; {@code known} is every word the reader understands, for the typo mend, and
     * {@code thisYear} decides the century of a two-digit year.
     */
    static List<String> of(String question, Set<String> known, int thisYear) {
        return of(question, known, known, thisYear);
    }

    /**
     * @param targets the words a typo may be mended into: meaningful words only, since mending "cold" into the
     *                filler "could" would erase a word the reader cannot use
     */
    static List<String> of(String question, Set<String> known, Set<String> targets, int thisYear) {
        var text = question.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00A0', ' ');
        // emoji and other pictographs ("how far did I cycle 🚴") carry no words
        text = PICTOGRAPHS.matcher(text).replaceAll(" ");
        text = APOSTROPHE_YEAR.matcher(text).replaceAll(m -> String.valueOf(century(Integer.parseInt(m.group(1)),
                thisYear)));
        text = MONTH_RANGE.matcher(text).replaceAll("$1 to $2");
        text = YEAR_RANGE.matcher(text).replaceAll("$1 to $2");
        text = LETTER_HYPHEN_LETTER.matcher(text).replaceAll("$1 $2");
        text = LETTER_HYPHEN_DIGIT.matcher(text).replaceAll("$1 $2");
        text = DIGIT_HYPHEN_LETTER.matcher(text).replaceAll("$1 $2");
        text = PER_UNIT.matcher(text).replaceAll(" per $1");
        text = text.replace("+", " + ");
        text = NUMBER_THEN_LETTERS.matcher(text).replaceAll("$1 $2");
        text = LETTERS_THEN_NUMBER.matcher(text).replaceAll("$1 $2");
        text = MONTH_THEN_ORDINAL.matcher(text).replaceAll("$2 $1");
        text = ORDINAL.matcher(text).replaceAll("$1");
        var words = new ArrayList<String>();
        for (var raw : SEPARATORS.split(text)) {
            var word = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            // a contraction first ("how's" is "how is"), then a possessive ("today's", "sunday's") adds nothing
            var contraction = CONTRACTIONS.get(word);
            if (contraction != null) {
                words.addAll(List.of(contraction.split(" ")));
                continue;
            }
            if (word.endsWith("'s")) {
                word = word.substring(0, word.length() - 2);
            }
            if (word.isEmpty()) {
                continue;
            }
            var mended = SHORTHAND.getOrDefault(word, known.contains(word) ? word : mend(word, targets));
            for (var part : mended.split(" ")) {
                words.add(KEEP_AS_WORD.contains(part) ? part : NUMBER_WORDS.getOrDefault(part, part));
            }
        }
        return words;
    }

    /** '24 is 2024 and '98 is 1998: a two-digit year is the latest such year that is not far in the future. */
    private static int century(int twoDigits, int thisYear) {
        var year = thisYear / 100 * 100 + twoDigits;
        return year > thisYear + 1 ? year - 100 : year;
    }

    /**
     * The known word one typo away (two for long words), when one is clearly the closest; else the word as it is.
     * A typo keeps the first letter (people rarely miss the first key, and "raining" is not "training"), and words
     * of three letters are left alone ("ran", "rain"). Among equally close words, the one sharing the longer
     * beginning wins, then the one of the same length ("lonest" is "longest", "walsk" is "walks").
     */
    static String mend(String word, Set<String> known) {
        if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        // a key held too long: "runn" is "run", "swimm" is "swim"
        for (var i = 1; i < word.length(); i++) {
            if (word.charAt(i) == word.charAt(i - 1)) {
                var shorter = word.substring(0, i) + word.substring(i + 1);
                if (known.contains(shorter)) {
                    return shorter;
                }
            }
        }
        var allowed = word.length() >= 8 ? 2 : 1;
        // a four-letter word is mended only by two swapped letters ("glof", "rusn") or one dropped letter ("totl",
        // "hiks"): one changed letter too often makes another real word ("play" is not "plan")
        var swapsOnly = word.length() == 4;
        String best = null;
        var bestScore = Integer.MIN_VALUE;
        var ties = 0;
        for (var candidate : known) {
            if (Math.abs(candidate.length() - word.length()) > allowed || candidate.length() < 4
                    || candidate.charAt(0) != word.charAt(0)) {
                continue;
            }
            var distance = distance(word, candidate, allowed);
            if (distance > allowed || (swapsOnly && !swapped(word, candidate) && !dropped(word, candidate))) {
                continue;
            }
            // closer first, then (for a short word) two swapped letters, then a longer shared beginning, then the
            // same length: "spet" is "sept" rather than "spent"
            var score = -distance * 100 + (swapsOnly && swapped(word, candidate) ? 10 : 0)
                    + commonPrefix(word, candidate) * 2 + (candidate.length() == word.length() ? 1 : 0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
                ties = 0;
            } else if (score == bestScore) {
                ties++;
            }
        }
        return best != null && ties == 0 ? best : word;
    }

    /** Whether the word is the candidate with one of its letters left out. */
    private static boolean dropped(String word, String candidate) {
        if (candidate.length() != word.length() + 1) {
            return false;
        }
        for (var i = 0; i < candidate.length(); i++) {
            if ((candidate.substring(0, i) + candidate.substring(i + 1)).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two words differ by two adjacent letters swapped. */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (var i = 0; i + 1 < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                        && a.substring(i + 2).equals(b.substring(i + 2));
            }
        }
        return false;
    }

    private static int commonPrefix(String a, String b) {
        var n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits), stopping past {@code most}. */
    static int distance(String a, String b, int most) {
        var d = new int[a.length() + 1][b.length() + 1];
        for (var i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (var j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (var i = 1; i <= a.length(); i++) {
            var rowMin = Integer.MAX_VALUE;
            for (var j = 1; j <= b.length(); j++) {
                var cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > most) {
                return most + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
