package app.runaway.llm;

import app.runaway.coach.NarrativeCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether every figure and date of an answer is held by the data of its turn: the one check that decides whether a
 * chat answer is {@code verified}, for a model's answer and the offline engine's alike. Dates are checked as dates
 * (a day the data holds) and then taken out of the text, so that "Nov 7, 2025" is not read as the counts 7 and
 * 2025; every other figure must match a fact with no free pass for small counts ({@link NarrativeCheck#strictlyAgainst}).
 * Activity citations ("[#123]") are ids, not figures.
 */
public final class Grounding {
    private static final Pattern CITATION = Pattern.compile("\\s?\\[#(\\d+)]");

    private final NarrativeCheck figures;
    private final AnswerDates dates;

    private Grounding(NarrativeCheck figures, AnswerDates dates) {
        this.figures = figures;
        this.dates = dates;
    }

    /**
     * @param facts     the turn's results as trees of maps, lists, numbers and strings
     * @param texts     further texts whose figures and dates count as facts (a model's context block, or the
     *                  reading of the question the offline engine answered)
     * @param today     the athlete's today
     */
    public static Grounding of(Collection<?> facts, List<String> texts, LocalDate today) {
        var plainTexts = texts.stream().map(Grounding::withoutCitations).toList();
        return new Grounding(NarrativeCheck.strictlyAgainst(List.copyOf(facts), plainTexts.toArray(String[]::new)),
                AnswerDates.of(facts, plainTexts, today));
    }

    /** The figures and dates of the answer that no fact holds, as written; empty when all are held. */
    public List<String> unsupported(String answer) {
        var text = withoutCitations(answer);
        var unsupported = new ArrayList<>(dates.unmatched(text));
        unsupported.addAll(figures.unmatched(AnswerDates.withoutDates(text)));
        return unsupported;
    }

    public static String withoutCitations(String text) {
        return CITATION.matcher(text).replaceAll("");
    }
}
