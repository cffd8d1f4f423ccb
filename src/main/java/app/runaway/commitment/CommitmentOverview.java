package app.runaway.commitment;

import app.runaway.activity.ActivityStats;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** The athlete's commitments between two days, each kept, missed or pending, with the streaks: the API's and the web's. */
@Service
public class CommitmentOverview {
    private final Commitments commitments;
    private final ActivityStats stats;

    CommitmentOverview(Commitments commitments, ActivityStats stats) {
        this.commitments = commitments;
        this.stats = stats;
    }

    /** One day's commitment and what its activities did; {@code status} is kept, missed or pending. */
    public record Day(LocalDate day, String sportType, Double targetDistanceM, Integer targetDurationS,
                      String description, double doneDistanceM, long doneMovingTimeS, String status) {
    }

    public record Overview(LocalDate from, LocalDate to, List<Day> commitments, int currentStreak,
                           int longestStreak) {
    }

    public Overview between(long athleteId, LocalDate from, LocalDate to, LocalDate today) {
        var days = CommitmentProgress.days(commitments.between(athleteId, from, to),
                stats.dailyTotals(athleteId, from, to), today);
        var streaks = CommitmentProgress.streaks(days);
        return new Overview(from, to, days.stream().map(d -> new Day(d.commitment().day(),
                d.commitment().sportType(), d.commitment().targetDistanceM(), d.commitment().targetDurationS(),
                d.commitment().description(), Math.round(d.doneDistanceM() * 10) / 10.0, d.doneMovingTimeS(),
                d.outcome().name().toLowerCase())).toList(), streaks.current(), streaks.longest());
    }
}
