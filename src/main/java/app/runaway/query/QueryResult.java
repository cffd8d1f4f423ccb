package app.runaway.query;

import app.runaway.activity.Activity;
import app.runaway.activity.ActivityTotals;
import app.runaway.coach.CoachReport;
import app.runaway.coach.PersonalBests;
import app.runaway.goal.Goal;
import java.util.ArrayList;
import java.util.List;

/** What a {@link Query} found, typed; each result names the activities it rests on, to cite. */
public sealed interface QueryResult {

    List<Activity> cited();

    record Found(Query.FindActivities query, long matching, List<Activity> activities) implements QueryResult {
        @Override
        public List<Activity> cited() {
            return activities;
        }
    }

    /**
     * @param days the days summed, both ends set: an open end is the first or last day of the selection's
     *             activities (all time) or today, so that a per-week average has a length to divide by
     */
    record Summed(Query.SumActivities query, DayRange days, ActivityTotals total, List<ActivityTotals.Bucket> buckets)
            implements QueryResult {
        @Override
        public List<Activity> cited() {
            return List.of();
        }

        /** Weeks in the days summed (a partial week counts as its share of seven days). */
        public double weeks() {
            return days.days() / 7.0;
        }

        /** Months in the days summed, by the calendar's average month. */
        public double months() {
            return days.days() / (365.2425 / 12);
        }
    }

    record Compared(Query.ComparePeriods query, ActivityTotals first, ActivityTotals second) implements QueryResult {
        @Override
        public List<Activity> cited() {
            return List.of();
        }
    }

    /**
     * @param days             the days ranked over, both ends set
     * @param top              the best buckets, best first; buckets without any activity are never ranked
     * @param bucketsWithValue how many buckets had any of the measure
     */
    record Ranked(Query.RankPeriods query, DayRange days, List<ActivityTotals.Bucket> top, int bucketsWithValue)
            implements QueryResult {
        @Override
        public List<Activity> cited() {
            return List.of();
        }
    }

    /**
     * @param efforts the best effort at each race distance some run reached, with the run it comes from
     * @param runs    the runs behind the efforts and the longest run, by id
     */
    record Records(Query.PersonalRecords query, List<PersonalBests.Best> efforts, Activity longest, List<Activity> runs)
            implements QueryResult {
        /** The runs of the records in race order (5k first), then the longest run; each once. */
        @Override
        public List<Activity> cited() {
            var cited = new ArrayList<Activity>();
            for (var effort : efforts) {
                var run = run(effort.activityId());
                if (run != null && cited.stream().noneMatch(a -> a.id() == run.id())) {
                    cited.add(run);
                }
            }
            if (longest != null && cited.stream().noneMatch(a -> a.id() == longest.id())) {
                cited.add(longest);
            }
            return cited;
        }

        public Activity run(long activityId) {
            return runs.stream().filter(r -> r.id() == activityId).findFirst().orElse(null);
        }
    }

    record Recalled(Query.RecallActivities query, List<Activity> activities) implements QueryResult {
        @Override
        public List<Activity> cited() {
            return activities;
        }
    }

    record CoachAnswered(Query.AskCoach query, CoachReport report) implements QueryResult {
        @Override
        public List<Activity> cited() {
            return List.of();
        }
    }

    record Goals(List<Goal> goals) implements QueryResult {
        @Override
        public List<Activity> cited() {
            return List.of();
        }
    }
}
