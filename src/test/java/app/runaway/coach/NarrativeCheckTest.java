package app.runaway.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A narrative may round, convert and count in words; it may not state a number the facts do not hold. */
class NarrativeCheckTest {

    /** A goal and pace result as the coach serialises it (snake_case), trimmed to what the examples need. */
    private static final Map<String, Object> FACTS = Map.of(
            "current_goal", Map.of("description", "Marathon under 3:15 on 2027-04-18", "distance_m", 42195,
                    "target_time_s", 11700, "race_date", "2027-04-18"),
            "vdot", Map.of("value", 51.9, "name", "Autumn 10K", "date", "2026-10-04", "distance_m", 10000,
                    "time_s", 2400, "time", "40:00"),
            "predictions", List.of(
                    Map.of("distance", "half_marathon", "distance_m", 21097.5, "time_s", 5495, "time", "1:31:35"),
                    Map.of("distance", "marathon", "distance_m", 42195, "time_s", 11449, "time", "3:10:49")),
            "progress", Map.of("days_to_race", 143, "margin_s", 251, "required_vdot", 48.7),
            "recommendations", List.of("Build weekly distance to 40-60 km."),
            "easy", "5:10-5:40",
            "zones", List.of(Map.of("name", "threshold", "min_s_per_km", 251.6, "max_s_per_km", 258.2)),
            "weekly_mileage", 42.3,
            "consistency_score", 0.85,
            "heart_rate_zones", List.of(Map.of("zone", 2, "min_bpm", 131, "max_bpm", 148)));

    private static final NarrativeCheck CHECK = NarrativeCheck.against(FACTS);

    @ParameterizedTest
    @ValueSource(strings = {
            "Your VDOT is 51.9, from a 40:00 10K on 4 October 2026.",
            "VDOT: 52, above the VDOT of 48.7 the goal needs; build towards 60 km a week.",
            "A VDOT of about 52 predicts 3:10:49 for the marathon: roughly 3:11, or just over 3:10.",
            "The half marathon (21.1 km, 13.1 miles) in 1:31:35.",
            "Easy runs at 5:10-5:40 per km, that is 8:19-9:07 per mile.",
            "You average 42.3 km a week (26.3 miles), about 42 km.",
            "Consistency is 85%, and the race on April 18, 2027 is 143 days away.",
            "Two quality sessions and 3 easy runs; the prediction beats the goal by 251 seconds, about 4 minutes.",
            "Threshold at 4:12-4:18 per km, or about 4:10; easy runs up to about 150 bpm.",
            "Aim for the marathon in 42.2 km at under 3:15.",
            "No numbers at all: keep running easy."})
    void a_narrative_that_rounds_or_converts_the_facts_passes(String narrative) {
        assertThat(CHECK.unmatched(narrative)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Your VDOT is 60.",
            "Your VDOT: 40, close to the 48.7 needed.",
            "Your VDOT of 53 is strong.",
            "You are on course for a 3:05 marathon.",
            "Easy runs at 4:30 per km.",
            "Consistency is 95%.",
            "Consistency is 5%.",
            "You average 12.5 km a week.",
            "You average fifty-five km a week.",
            "You have run hundreds of kilometres.",
            "Your half marathon would take 1:25:00."})
    void a_narrative_that_states_a_number_of_its_own_is_caught(String narrative) {
        assertThat(CHECK.unmatched(narrative)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"VDOT 60 and 51.9 km", "VDOT 51.9 then VDOT 60", "VDOT 60 and 60 km"})
    void a_labelled_figure_must_match_its_metric_and_the_invented_figure_is_named(String narrative) {
        assertThat(CHECK.unmatched(narrative)).containsExactly("60");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Form is -12.4 after a big week.", "Form is 12.4 after a big week."})
    void the_rules_own_text_counts_as_facts_and_signs_do_not_matter(String narrative) {
        var check = NarrativeCheck.against(Map.of("tsb", -3.0), "Form (TSB) -12.4 this week.");
        assertThat(check.unmatched(narrative)).isEmpty();
        assertThat(NarrativeCheck.against(Map.of("tsb", -3.0)).unmatched(narrative)).containsExactly("12.4");
    }
}
