package app.runaway.web;

import app.runaway.activity.ActivityTotals;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Monthly totals laid out as a runner compares them: a row per month, a column per year.
 *
 * @param years  the years shown, oldest first
 * @param months twelve rows, January first; each holds one total per year (null for a month not yet begun)
 * @param yearTotals count, distance and moving time of each year, in the order of {@code years}
 */
record MonthlyTotals(List<Integer> years, List<Row> months, List<YearTotal> yearTotals) {

    record Row(String month, List<ActivityTotals> byYear) {
    }

    record YearTotal(int count, double distanceM, long movingTimeS) {
    }

    static MonthlyTotals of(List<ActivityTotals.Bucket> buckets, int firstYear, int lastYear) {
        var years = new ArrayList<Integer>();
        for (var year = firstYear; year <= lastYear; year++) {
            years.add(year);
        }
        var rows = new ArrayList<Row>();
        for (var month : Month.values()) {
            var byYear = new ArrayList<ActivityTotals>();
            for (var year : years) {
                byYear.add(buckets.stream().filter(b -> b.start().getYear() == year && b.start().getMonth() == month)
                        .map(ActivityTotals.Bucket::totals).findFirst().orElse(null));
            }
            rows.add(new Row(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH), byYear));
        }
        var totals = new ArrayList<YearTotal>();
        for (var year : years) {
            var count = 0;
            var distance = 0.0;
            long moving = 0;
            for (var bucket : buckets) {
                if (bucket.start().getYear() == year) {
                    count += bucket.totals().count();
                    distance += bucket.totals().distanceM();
                    moving += bucket.totals().movingTimeS();
                }
            }
            totals.add(new YearTotal(count, distance, moving));
        }
        return new MonthlyTotals(years, rows, totals);
    }
}
