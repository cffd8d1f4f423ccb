package app.runaway.query;

import app.runaway.activity.Activity;
import app.runaway.activity.ActivityFilter;
import app.runaway.activity.ActivityReader;
import app.runaway.activity.ActivityStats;
import app.runaway.activity.ActivityTotals;
import app.runaway.analysis.AnalysisService;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.goal.Goals;
import app.runaway.search.SemanticSearch;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Runs a {@link Query} for one athlete: the one place where each question Runaway answers exactly is computed, for
 * the offline engine, a model's tool calls, the MCP server and the web app alike. Every query is bound to the
 * {@link AthleteScope} first.
 */
@Service
public class QueryCatalogue {
    /** The most activities one query lists, and the most buckets it ranks or groups. */
    public static final int MOST_ACTIVITIES = 50;
    public static final int MOST_BUCKETS = 400;

    private final ActivityReader activities;
    private final ActivityStats stats;
    private final SemanticSearch search;
    private final AnalysisService analyses;
    private final Goals goals;
    private final AthleteProfiles profiles;
    private final Clock clock;

    QueryCatalogue(ActivityReader activities, ActivityStats stats, SemanticSearch search, AnalysisService analyses,
                   Goals goals, AthleteProfiles profiles, Clock clock) {
        this.activities = activities;
        this.stats = stats;
        this.search = search;
        this.analyses = analyses;
        this.goals = goals;
        this.profiles = profiles;
        this.clock = clock;
    }

    public QueryResult run(AthleteScope scope, Query query) {
        return switch (query) {
            case Query.FindActivities q -> find(scope, q);
            case Query.SumActivities q -> sum(scope, q);
            case Query.ComparePeriods q -> new QueryResult.Compared(q,
                    stats.totals(scope.athleteId(), filter(scope, q.selection().withDays(q.first()), null, 0)),
                    stats.totals(scope.athleteId(), filter(scope, q.selection().withDays(q.second()), null, 0)));
            case Query.RankPeriods q -> rank(scope, q);
            case Query.PersonalRecords q -> records(scope, q);
            case Query.RecallActivities q -> new QueryResult.Recalled(q, search.search(scope.athleteId(), q.text(),
                    Math.min(q.limit(), 10), scope.withholding()).stream().map(SemanticSearch.Hit::activity).toList());
            case Query.AskCoach q -> new QueryResult.CoachAnswered(q, analyses.analyze(scope.athleteId(),
                    new AnalysisService.Options(q.topic().focus(), q.asOf(), q.timeframeDays() == null
                            ? AnalysisService.DEFAULT_TIMEFRAME_DAYS : q.timeframeDays(), null, null, false,
                            scope.withholding())));
            case Query.ListGoals q -> new QueryResult.Goals(goals.list(scope.athleteId(), null));
        };
    }

    /** Today in the athlete's own calendar. */
    public LocalDate today(AthleteScope scope) {
        return LocalDate.now(clock.withZone(profiles.get(scope.athleteId()).timezone()));
    }

    /** The first and last day with an activity of these sports (all sports: {@link Sports#ALL}). */
    public Optional<DayRange> history(AthleteScope scope, Sports sports) {
        var filter = ActivityFilter.of(sports.types(), null, null).withholding(scope.withholding());
        var newest = activities.search(scope.athleteId(), filter.ordered(ActivityFilter.Order.NEWEST, 1));
        if (newest.activities().isEmpty()) {
            return Optional.empty();
        }
        var oldest = activities.search(scope.athleteId(), filter.ordered(ActivityFilter.Order.OLDEST, 1));
        return Optional.of(DayRange.of(oldest.activities().getFirst().startDateLocal().toLocalDate(),
                newest.activities().getFirst().startDateLocal().toLocalDate()));
    }

    /** The athlete's most recent activity of these sports, if any. */
    public Optional<Activity> latest(AthleteScope scope, Sports sports) {
        return activities.search(scope.athleteId(), ActivityFilter.of(sports.types(), null, null)
                .withholding(scope.withholding()).ordered(ActivityFilter.Order.NEWEST, 1)).activities().stream()
                .findFirst();
    }

    private QueryResult.Found find(AthleteScope scope, Query.FindActivities q) {
        var found = activities.search(scope.athleteId(), filter(scope, q.selection(), q.order(),
                Math.max(1, Math.min(q.limit(), MOST_ACTIVITIES))));
        return new QueryResult.Found(q, found.matching(), found.activities());
    }

    private QueryResult.Summed sum(AthleteScope scope, Query.SumActivities q) {
        var days = bounded(scope, q.selection());
        var today = today(scope);
        if (days.from() != null && !days.from().isAfter(today) && days.to().isAfter(today)) {
            days = DayRange.of(days.from(), today); // the days ahead hold nothing: a weekly average does not count them
        }
        var filter = filter(scope, q.selection().withDays(days), null, 0);
        var total = stats.totals(scope.athleteId(), filter);
        var buckets = q.groupBy() == null || total.count() == 0 ? List.<ActivityTotals.Bucket>of()
                : stats.buckets(scope.athleteId(), filter, q.groupBy());
        if (buckets.size() > MOST_BUCKETS) {
            buckets = buckets.subList(buckets.size() - MOST_BUCKETS, buckets.size());
        }
        return new QueryResult.Summed(q, days, total, buckets);
    }

    private QueryResult.Ranked rank(AthleteScope scope, Query.RankPeriods q) {
        var days = bounded(scope, q.selection());
        var all = stats.buckets(scope.athleteId(), filter(scope, q.selection().withDays(days), null, 0), q.bucket());
        var measured = all.stream().filter(b -> b.totals().count() > 0)
                .filter(b -> q.measure().of(b.totals()).isPresent()).toList();
        Comparator<ActivityTotals.Bucket> byValue = Comparator.comparingDouble(b -> q.measure().of(b.totals())
                .getAsDouble());
        // ties go to the most recent bucket: "your biggest week" is the latest of equals
        var order = (q.highest() ? byValue.reversed() : byValue)
                .thenComparing(ActivityTotals.Bucket::start, Comparator.reverseOrder());
        var top = measured.stream().sorted(order).limit(Math.max(1, Math.min(q.limit(), 20))).toList();
        return new QueryResult.Ranked(q, days, top, measured.size());
    }

    private QueryResult.Records records(AthleteScope scope, Query.PersonalRecords q) {
        var efforts = analyses.bestEfforts(scope.athleteId(), q.days().from(), q.days().to(), scope.withholding());
        var longest = activities.search(scope.athleteId(), filter(scope, Selection.of(Sports.RUNS, q.days()),
                ActivityFilter.Order.LONGEST, 1)).activities().stream().findFirst().orElse(null);
        var ids = new ArrayList<Long>();
        efforts.forEach(e -> ids.add(e.activityId()));
        var runs = ids.isEmpty() ? List.<Activity>of() : activities.findAll(scope.athleteId(), ids);
        return new QueryResult.Records(q, efforts, longest, runs);
    }

    /** The selection as a filter of what the scope may see. */
    private static ActivityFilter filter(AthleteScope scope, Selection selection, ActivityFilter.Order order,
                                         int limit) {
        return selection.filter(order, limit).withholding(scope.withholding());
    }

    /**
     * The selection's days with both ends set: all time runs from its first to its last activity, an open end
     * stops at today (or at the first activity).
     */
    private DayRange bounded(AthleteScope scope, Selection selection) {
        var days = selection.days();
        if (days.from() != null && days.to() != null) {
            return days;
        }
        var today = today(scope);
        var span = history(scope, selection.sports()).orElse(DayRange.day(today));
        if (days.isAllTime()) {
            return span;
        }
        var from = days.from() != null ? days.from() : span.from();
        var to = days.to() != null ? days.to() : today.isBefore(from) ? from : today;
        return DayRange.of(from, to.isBefore(from) ? from : to);
    }
}
