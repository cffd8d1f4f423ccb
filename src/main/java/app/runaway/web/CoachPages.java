package app.runaway.web;

import app.runaway.analysis.AnalysisService;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.coach.FocusArea;
import app.runaway.commitment.CommitmentOverview;
import app.runaway.goal.Goal;
import app.runaway.goal.Goals;
import app.runaway.security.CurrentAthlete;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coach: goals and commitments at once, then the analysis (predictions, paces, zones, this week and next, the
 * synthesis, data-quality notes), which the page fetches as soon as it is shown, since a model may word it.
 */
@Controller
class CoachPages {
    static final int COMMITMENT_DAYS_BACK = 27;
    static final int COMMITMENT_DAYS_AHEAD = 7;

    private final AnalysisService analyses;
    private final Goals goals;
    private final CommitmentOverview commitments;
    private final AthleteProfiles profiles;
    private final Clock clock;

    CoachPages(AnalysisService analyses, Goals goals, CommitmentOverview commitments, AthleteProfiles profiles,
               Clock clock) {
        this.analyses = analyses;
        this.goals = goals;
        this.commitments = commitments;
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping("/coach")
    String coach(@AuthenticationPrincipal CurrentAthlete athlete, Model model) {
        var today = today(athlete);
        model.addAttribute("goals", goals.list(athlete.id(), Goal.GoalStatus.ACTIVE));
        model.addAttribute("commitments", commitments.between(athlete.id(), today.minusDays(COMMITMENT_DAYS_BACK),
                today.plusDays(COMMITMENT_DAYS_AHEAD), today));
        model.addAttribute("today", today);
        return "coach";
    }

    @GetMapping("/coach/analysis")
    String analysis(@AuthenticationPrincipal CurrentAthlete athlete, Model model) {
        model.addAttribute("report", analyses.analyze(athlete.id(), new AnalysisService.Options(FocusArea.ALL, null,
                AnalysisService.DEFAULT_TIMEFRAME_DAYS, null, null, true)));
        return "coach-analysis :: analysis";
    }

    private LocalDate today(CurrentAthlete athlete) {
        return LocalDate.now(clock.withZone(profiles.get(athlete.id()).timezone()));
    }
}
