package app.runaway.analysis;

import app.runaway.activity.Withholding;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.coach.CoachReport;
import app.runaway.coach.FocusArea;
import app.runaway.coach.RaceGoal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import app.runaway.coach.Narrator;
import app.runaway.coach.PersonalBests;
import app.runaway.coach.TrainingHistory;
import app.runaway.llm.Narrators;
import org.springframework.stereotype.Service;

/** Runs the coach for one athlete: gathers the inputs, and answers from the cache while the data is unchanged. */
@Service
public class AnalysisService {
    private final CoachEngine coach;
    private final AnalysisCache cache;
    private final AnalysisInputs inputs;
    private final AthleteProfiles profiles;
    private final Narrators narrators;
    private final Clock clock;

    AnalysisService(CoachEngine coach, AnalysisCache cache, AnalysisInputs inputs, AthleteProfiles profiles,
                    Narrators narrators, Clock clock) {
        this.coach = coach;
        this.cache = cache;
        this.inputs = inputs;
        this.profiles = profiles;
        this.narrators = narrators;
        this.clock = clock;
    }

    /**
     * @param asOf     the last day analysed, or null for today in the athlete's zone
     * @param goalText the goal as the request wrote it (part of the cache key), or null for the stored goal
     * @param goal     that goal read, or null
     * @param narrated whether an LLM (when configured) may word the parts: a caller that only reads the figures
     *                 (chat's tools, the MCP server) asks for none, so no model call is made and thrown away
     * @param withholding the activities the coach must be computed without (an external AI application's reader
     *                 may not see those whose only source is Strava's API), so that no figure rests on them
     */
    public record Options(FocusArea focus, LocalDate asOf, int timeframeDays, String goalText, RaceGoal goal,
                          boolean narrated, Withholding withholding) {

        public Options {
            withholding = withholding == null ? Withholding.NONE : withholding;
        }

        /** An analysis from every activity. */
        public Options(FocusArea focus, LocalDate asOf, int timeframeDays, String goalText, RaceGoal goal,
                       boolean narrated) {
            this(focus, asOf, timeframeDays, goalText, goal, narrated, Withholding.NONE);
        }

        /** Today's analysis over the default 90 days toward the stored goal, in the rules' own words. */
        public static Options unnarrated(FocusArea focus) {
            return new Options(focus, null, DEFAULT_TIMEFRAME_DAYS, null, null, false);
        }
    }

    public static final int DEFAULT_TIMEFRAME_DAYS = 90;

    public CoachReport analyze(long athleteId, Options options) {
        var profile = profiles.get(athleteId);
        var asOf = options.asOf() != null ? options.asOf() : LocalDate.now(clock.withZone(profile.timezone()));
        var key = options.focus().code() + "|" + asOf + "|" + options.timeframeDays() + "|" + options.goalText()
                + "|" + options.narrated() + "|" + options.withholding();
        return cache.get(athleteId, key, () -> coach.analyze(
                inputs.gather(profile, asOf, options.timeframeDays(), options.focus(), options.goal(),
                        options.withholding()),
                options.narrated() ? narrators.forAthlete(athleteId) : Narrator.NONE));
    }

    /**
     * Fitness, fatigue and form, pace at comparable effort and time in heart-rate zones from {@code from} to
     * {@code asOf}, as the coach computes them; kept like an analysis until the athlete's data changes.
     */
    public TrainingHistory history(long athleteId, LocalDate from, LocalDate asOf) {
        var profile = profiles.get(athleteId);
        return cache.get(athleteId, "history|" + from + "|" + asOf, () -> TrainingHistory.of(
                inputs.runs(athleteId, from.minusDays(AnalysisInputs.SETTLING_DAYS), asOf, Withholding.NONE),
                AnalysisInputs.snapshot(profile), from, asOf));
    }

    /** {@link #bestEfforts} over the whole history, kept until the athlete's data changes. */
    public List<PersonalBests.Best> records(long athleteId) {
        return bestEfforts(athleteId, null, null);
    }

    /**
     * The athlete's best effort at each race distance among the runs between two local days (null: unbounded),
     * chosen as the coach chooses them: the records chat shows and the coach's evidence are one computation, over
     * credible runs only, each judged against the year around it (so the whole history is read, whatever the days).
     */
    public List<PersonalBests.Best> bestEfforts(long athleteId, LocalDate from, LocalDate to) {
        return bestEfforts(athleteId, from, to, Withholding.NONE);
    }

    /**
     * The same, among the runs the rule lets through; kept like an analysis until the athlete's data changes, since
     * judging any run reads the whole history (chat's "fastest 10k this year" read 10,000 activities each time).
     */
    public List<PersonalBests.Best> bestEfforts(long athleteId, LocalDate from, LocalDate to,
                                                Withholding withholding) {
        return cache.get(athleteId, "best-efforts|" + from + "|" + to + "|" + withholding,
                () -> PersonalBests.among(inputs.runs(athleteId, null, null, withholding), from, to));
    }
}
