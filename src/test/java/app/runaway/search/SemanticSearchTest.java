package app.runaway.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.activity.ActivitySource;
import app.runaway.activity.ActivityStore;
import app.runaway.activity.NewActivity;
import app.runaway.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Activities become searchable by meaning in the background, and each athlete only ever searches their own. */
class SemanticSearchTest extends IntegrationTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final long HILLS_IN_THE_RAIN = 9_001;

    @Autowired
    ActivityStore store;
    @Autowired
    ActivityEmbeddings embeddings;
    @Autowired
    SemanticSearch search;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_imported_export_becomes_searchable_and_nothing_stays_pending() throws IOException {
        var athlete = newAthlete("Importer");
        var csv = Files.readAllBytes(FIXTURES.resolve("exports/carlarthur01-running-analyzer/activities.csv"));

        var job = api.importAndWait("export.zip", zip(csv), athlete.token());

        assertThat(job.at("/result/imported").asInt()).isEqualTo(192);
        waitUntil(() -> embeddings.status(athlete.id()).complete());
        assertThat(embeddings.status(athlete.id())).isEqualTo(new EmbeddingStatus(192, 0));
    }

    @Test
    void a_fuzzy_query_finds_the_run_it_describes() {
        var athlete = newAthlete("Rainy");
        storeTrainingWeek(athlete.id(), 1_000);

        var hits = search.search(athlete.id(), "rainy hill repeats", 5);

        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().activity().stravaId()).isEqualTo(1_000 + HILLS_IN_THE_RAIN);
        assertThat(hits.getFirst().textMatch()).isTrue();
        var meaningOnly = search.search(athlete.id(), "uphill intervals in wet weather", 3);
        assertThat(meaningOnly).extracting(hit -> hit.activity().stravaId()).contains(1_000 + HILLS_IN_THE_RAIN);
    }

    @Test
    void another_athletes_activities_never_appear() {
        var mine = newAthlete("Mine");
        var theirs = newAthlete("Theirs");
        storeTrainingWeek(mine.id(), 2_000);
        storeTrainingWeek(theirs.id(), 3_000);

        for (var query : List.of("rainy hill repeats", "long run", "athlete " + theirs.id() + " hill repeats")) {
            var hits = search.search(mine.id(), query, 20);
            assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.activity().athleteId()).isEqualTo(mine.id()));
        }
        assertThat(search.search(theirs.id(), "rainy hill repeats", 1).getFirst().activity().stravaId())
                .isEqualTo(3_000 + HILLS_IN_THE_RAIN);
    }

    @Test
    void a_changed_unit_preference_re_embeds_the_summaries_in_the_new_units() {
        var athlete = newAthlete("Switcher");
        storeTrainingWeek(athlete.id(), 4_000);

        api.put("/api/athlete", athlete.token(), Map.of("units", "imperial"));

        waitUntil(() -> embeddings.status(athlete.id()).complete() && summaries(athlete.id()).stream()
                .allMatch(summary -> summary.contains(" mi ")));
        assertThat(embeddings.status(athlete.id()).embedded()).isEqualTo(6);
    }

    @Test
    void a_renamed_activity_is_found_by_its_new_words() {
        var athlete = newAthlete("Renamer");
        storeTrainingWeek(athlete.id(), 5_000);

        store.store(athlete.id(), ZONE, List.of(run(5_000 + 1, "Parkrun with the dog",
                "Canicross: the dog pulled the whole way", 5_000, 1_500)));

        waitUntil(() -> embeddings.status(athlete.id()).complete()
                && summaries(athlete.id()).stream().anyMatch(summary -> summary.contains("Canicross")));
        assertThat(search.search(athlete.id(), "running with my dog", 1).getFirst().activity().stravaId())
                .isEqualTo(5_000 + 1);
    }

    @Test
    void a_deleted_activity_is_never_found_again() {
        var athlete = newAthlete("Deleter");
        storeTrainingWeek(athlete.id(), 6_000);
        var hills = search.search(athlete.id(), "rainy hill repeats", 1).getFirst().activity();
        assertThat(hills.stravaId()).isEqualTo(6_000 + HILLS_IN_THE_RAIN);

        assertThat(api.send("DELETE", "/api/activities/" + hills.id(), athlete.token()).status()).isEqualTo(204);

        var hits = search.search(athlete.id(), "rainy hill repeats", 10);
        assertThat(hits).hasSize(5).noneMatch(hit -> hit.activity().id() == hills.id());
        assertThat(embeddings.status(athlete.id()).embedded()).isEqualTo(5);
    }

    private void storeTrainingWeek(long athleteId, long idBase) {
        var week = new ArrayList<NewActivity>();
        week.add(run(idBase + 1, "Easy morning run", "Recovery jog, legs heavy after Saturday", 8_000, 2_900));
        week.add(run(idBase + 2, "Tempo Tuesday", "20 minutes at threshold on the track, windy", 12_000, 3_300));
        week.add(run(idBase + HILLS_IN_THE_RAIN, "Hill session", "Hill repeats in the pouring rain: 8 x 90 s up the "
                + "steep climb, soaked through", 10_000, 3_400));
        week.add(run(idBase + 4, "Sunday long run", "Long run along the lake, sunny, fuelled every 40 min", 24_000,
                8_400));
        week.add(run(idBase + 5, "Intervals", "6 x 1 km at 5k pace on the flat bike path", 11_000, 3_000));
        week.add(run(idBase + 6, "Shakeout", "Short and easy before the race, felt fresh", 5_000, 1_700));
        store.store(athleteId, ZONE, week);
        waitUntil(() -> embeddings.status(athleteId).complete());
    }

    private static NewActivity run(long stravaId, String name, String description, double metres, int seconds) {
        var start = Instant.parse("2026-05-01T06:00:00Z").plus(Duration.ofDays(stravaId % 1000));
        return new NewActivity(stravaId, null, ActivitySource.STRAVA_EXPORT, name, "Run", start, null, metres,
                seconds, seconds + 60, 40.0, metres / seconds, null, 150.0, 170.0, null, null, null, false, false,
                false, description, null, null);
    }

    private List<String> summaries(long athleteId) {
        return jdbc.sql("SELECT summary FROM activity_embeddings WHERE athlete_id = ?").param(athleteId)
                .query(String.class).list();
    }

    private static void waitUntil(BooleanSupplier condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("embeddings did not catch up within 60 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static byte[] zip(byte[] csv) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("activities.csv"));
            zip.write(csv);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
