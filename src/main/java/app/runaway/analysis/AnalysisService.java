package app.runaway.analysis;

import app.runaway.athlete.AthleteProfiles;
import app.runaway.coach.CoachReport;
import app.runaway.coach.FocusArea;
import app.runaway.coach.RaceGoal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** Runs the coach for one athlete: gathers the inputs, and answers from the cache while the data is unchanged. */
@Service
public class AnalysisService {
    private final CoachEngine coach;
    private final AnalysisCache cache;
    private final AnalysisInputs inputs;
    private final AthleteProfiles profiles;
    private final Clock clock;

    AnalysisService(CoachEngine coach, AnalysisCache cache, AnalysisInputs inputs, AthleteProfiles profiles, Clock clock) {
        this.coach = coach;
        this.cache = cache;
        this.inputs = inputs;
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * @param asOf     the last day analysed, or null for today in the athlete's zone
     * @param goalText the goal as the request wrote it (part of the cache key), or null for the stored goal
     * @param goal     that goal read, or null
     */
    public record Options(FocusArea focus, LocalDate asOf, int timeframeDays, String goalText, RaceGoal goal) {
    }

    public CoachReport analyze(long athleteId, Options options) {
        var profile = profiles.get(athleteId);
        var asOf = options.asOf() != null ? options.asOf() : LocalDate.now(clock.withZone(profile.timezone()));
        var key = options.focus().code() + "|" + asOf + "|" + options.timeframeDays() + "|" + options.goalText();
        return cache.get(athleteId, key, () -> coach.analyze(
                inputs.gather(profile, asOf, options.timeframeDays(), options.focus(), options.goal())));
    }
}
