package app.runaway.chat;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.activity.NewActivity;
import app.runaway.demo.StravaExportWriter;
import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import app.runaway.support.Api;
import app.runaway.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The offline engine over a demo-like athlete whose two years end today, so that "this week", "last month" and the
 * like have data: every expected answer is computed here from the generated activities.
 */
class OfflineChatBatteryTest extends IntegrationTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Set<String> RUNS = Set.of("Run", "TrailRun", "VirtualRun");
    private static List<NewActivity> history;
    private static Api.Athlete athlete;
    private static LocalDate today;

    @BeforeEach
    void importOnce() {
        if (athlete != null) {
            return;
        }
        today = LocalDate.now(ZONE);
        history = new TrainingHistoryGenerator().generate(TrainingHistorySpec.twoYears(18, today, ZONE));
        athlete = newAthlete("Battery");
        api.put("/api/athlete", athlete.token(), Map.of("timezone", ZONE.getId()));
        var zip = new ByteArrayOutputStream();
        new StravaExportWriter().writeZip(history, zip);
        api.importAndWait("export.zip", zip.toByteArray(), athlete.token());
    }

    private JsonNode ask(String question) {
        var reply = api.post("/api/chat", athlete.token(), Map.of("message", question));
        assertThat(reply.status()).as(question).isEqualTo(200);
        return reply.body();
    }

    private static LocalDate day(NewActivity activity) {
        return activity.startDate().atZone(ZONE).toLocalDate();
    }

    private static List<NewActivity> runs(LocalDate from, LocalDate to) {
        return of(RUNS::contains, from, to);
    }

    private static List<NewActivity> of(Predicate<String> sport, LocalDate from, LocalDate to) {
        return history.stream().filter(a -> sport.test(a.sportType()))
                .filter(a -> !day(a).isBefore(from) && !day(a).isAfter(to)).toList();
    }

    private static String km(List<NewActivity> activities) {
        return String.format(Locale.US, "%,.2f km", activities.stream().mapToDouble(NewActivity::distanceM).sum()
                / 1000);
    }

    @Test
    void counts_and_totals_over_every_named_period() {
        var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var firstOfMonth = today.withDayOfMonth(1);
        var periods = Map.of(
                "this week", new LocalDate[] {monday, today},
                "last week", new LocalDate[] {monday.minusWeeks(1), monday.minusDays(1)},
                "this month", new LocalDate[] {firstOfMonth, today},
                "last month", new LocalDate[] {firstOfMonth.minusMonths(1), firstOfMonth.minusDays(1)},
                "this year", new LocalDate[] {today.withDayOfYear(1), today},
                "last year", new LocalDate[] {today.withDayOfYear(1).minusYears(1), today.withDayOfYear(1).minusDays(1)},
                "the last 30 days", new LocalDate[] {today.minusDays(29), today});
        for (var period : periods.entrySet()) {
            var expected = runs(period.getValue()[0], period.getValue()[1]);

            var count = ask("How many runs " + period.getKey() + "?");
            var total = ask("How far did I run " + period.getKey() + "?");

            assertThat(count.at("/context/result/count").asInt()).as(period.getKey()).isEqualTo(expected.size());
            if (!expected.isEmpty()) {
                assertThat(total.get("answer").asString()).as(period.getKey()).contains(km(expected));
            }
        }
    }

    @Test
    void months_by_name_and_since_a_month() {
        var march = LocalDate.of(today.getMonthValue() >= 3 ? today.getYear() : today.getYear() - 1, 3, 1);
        var june = LocalDate.of(today.getMonthValue() >= 6 ? today.getYear() : today.getYear() - 1, 6, 1);

        assertThat(ask("How many runs in March?").at("/context/result/count").asInt())
                .isEqualTo(runs(march, march.plusMonths(1).minusDays(1)).size());
        assertThat(ask("How far have I run since June?").get("answer").asString())
                .contains(km(runs(june, today)));
        // a runner who ran days ago means this month by its name, even on its first day: answered, not asked
        var thisMonth = today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        var reply = ask("How many runs in " + thisMonth + "?");
        assertThat(reply.at("/context/question_family").asString()).isEqualTo("total");
        assertThat(reply.at("/context/result/count").asInt()).isEqualTo(runs(today.withDayOfMonth(1), today).size());
    }

    @Test
    void every_sport_is_counted_on_its_own() {
        var year = today.withDayOfYear(1);

        assertThat(ask("How many rides this year?").at("/context/result/count").asInt())
                .isEqualTo(of("Ride"::equals, year, today).size());
        assertThat(ask("How many walks this year?").at("/context/result/count").asInt())
                .isEqualTo(of("Walk"::equals, year, today).size());
        assertThat(ask("How many activities this year?").at("/context/result/count").asInt())
                .isEqualTo(of(s -> true, year, today).size());
    }

    @Test
    void records_and_last_times() {
        var allRuns = runs(LocalDate.MIN, LocalDate.MAX);
        var longestThisYear = runs(today.withDayOfYear(1), today).stream()
                .max(Comparator.comparingDouble(NewActivity::distanceM)).orElseThrow();
        var lastOverTenMiles = allRuns.stream().filter(a -> a.distanceM() >= 16_093.44)
                .max(Comparator.comparing(NewActivity::startDate)).orElseThrow();
        var lastOverHalf = allRuns.stream().filter(a -> a.distanceM() >= 21_097.5)
                .max(Comparator.comparing(NewActivity::startDate));
        var fastest10k = allRuns.stream().filter(a -> a.distanceM() >= 9_900)
                .min(Comparator.comparingDouble((NewActivity a) -> a.movingTimeS() / a.distanceM())).orElseThrow();
        var longestRide = of("Ride"::equals, LocalDate.MIN, LocalDate.MAX).stream()
                .max(Comparator.comparingDouble(NewActivity::distanceM));

        assertThat(ask("What was my longest run this year?").at("/sources/0/strava_id").asLong())
                .isEqualTo(longestThisYear.stravaId());
        assertThat(ask("When did I last run more than 10 miles?").at("/sources/0/strava_id").asLong())
                .isEqualTo(lastOverTenMiles.stravaId());
        lastOverHalf.ifPresent(run -> assertThat(ask("When did I last run over a half marathon?")
                .at("/sources/0/strava_id").asLong()).isEqualTo(run.stravaId()));
        assertThat(ask("What's my fastest 10k?").at("/sources/0/strava_id").asLong()).isEqualTo(fastest10k.stravaId());
        longestRide.ifPresent(ride -> assertThat(ask("What was my longest ride?").at("/sources/0/strava_id")
                .asLong()).isEqualTo(ride.stravaId()));
        assertThat(ask("When was my last run?").at("/sources/0/strava_id").asLong()).isEqualTo(allRuns.stream()
                .max(Comparator.comparing(NewActivity::startDate)).orElseThrow().stravaId());
    }

    @Test
    void averages_over_a_period() {
        var year = runs(today.withDayOfYear(1), today);
        var metres = year.stream().mapToDouble(NewActivity::distanceM).sum();
        var seconds = year.stream().mapToInt(NewActivity::movingTimeS).sum();
        var pace = Math.round(seconds / (metres / 1000));
        var weeks = (today.getDayOfYear()) / 7.0;
        var lastMonth = runs(today.withDayOfMonth(1).minusMonths(1), today.withDayOfMonth(1).minusDays(1));

        assertThat(ask("What's my average pace this year?").get("answer").asString())
                .contains(pace / 60 + ":" + String.format("%02d", pace % 60) + " /km");
        assertThat(ask("average km per week this year").get("answer").asString())
                .contains(String.format(Locale.US, "averaged %,.2f km a week", metres / weeks / 1000));
        if (!lastMonth.isEmpty()) {
            assertThat(ask("What was my average run last month?").get("answer").asString()).contains(
                    String.format(Locale.US, "averaged %,.2f km each", lastMonth.stream()
                            .mapToDouble(NewActivity::distanceM).sum() / lastMonth.size() / 1000));
        }
    }

    @Test
    void this_month_against_last_and_the_coach_questions() {
        var firstOfMonth = today.withDayOfMonth(1);
        var thisMonth = runs(firstOfMonth, today);
        var lastMonth = runs(firstOfMonth.minusMonths(1), firstOfMonth.minusDays(1));

        var compare = ask("How many km this month vs last?");
        var doing = ask("How am I doing?");
        var plan = ask("Plan my week");

        assertThat(compare.get("answer").asString()).contains(km(thisMonth), km(lastMonth));
        assertThat(doing.get("answer").asString()).contains("a week over the last four weeks");
        assertThat(plan.at("/context/question_family").asString()).isEqualTo("coach");
        assertThat(plan.get("answer").asString()).contains("This week");
    }
}
