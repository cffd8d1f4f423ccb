package app.runaway.bench;

import app.runaway.demo.StravaExportWriter;
import app.runaway.demo.TrainingHistoryGenerator;
import app.runaway.demo.TrainingHistorySpec;
import app.runaway.support.Api;
import app.runaway.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Offline chat through `POST /api/chat` (each answer also stored in its conversation): latency over a battery of
 * questions at 712 and 10,000 activities, uncached (every question new to the cache) and cached, and throughput
 * with 16 concurrent clients. Both are measured in steady state: the same load runs untimed first until the JIT
 * compiler has done most of its work (on 2 cores it otherwise takes a third of the machine during the measurement,
 * and the figure is the warm-up's, not the service's; 20 s was not enough, a minute is); the time the compiler still
 * spent during each measurement is printed with it. Prints; asserts nothing. Run: {@code mvn -Pbench test -Dtest=ChatBenchmark}
 */
@Tag("bench")
// Background embedding would compete for the 2 cores with what is measured; its own figures are SearchBenchmark's.
@TestPropertySource(properties = "runaway.search.embedding=false")
class ChatBenchmark extends IntegrationTest {
    private static final List<String> BATTERY = List.of(
            "When was my last run?", "When was my first run?", "What was my longest run?",
            "What was my longest run this year?", "When did I last run over 10 miles?",
            "When did I last run more than 15 km?", "What's my fastest 5k?", "What's my fastest 10k this year?",
            "How many runs this week?", "How many runs last month?", "How far did I run this year?",
            "How far did I run in March?", "How many km last year?", "How far have I run since June?",
            "How many km this month vs last?", "How many rides this year?", "How many activities last year?",
            "What's my average pace this month?", "average km per week this year", "How far in the last 30 days?");
    private static final int ROUNDS = 5;
    private static final int CLIENTS = 16;
    private static final int WARM_UP_SECONDS = 60;
    private static final int MEASURED_SECONDS = 10;

    @Test
    void chat_latency_and_throughput() throws Exception {
        System.out.printf("%n== Chat benchmark (offline, %d cores, Java %s) ==%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        for (var size : new int[] {712, 10_000}) {
            var athlete = athleteWith(size);
            var variant = new AtomicInteger();
            var warmUp = load(athlete, variant, WARM_UP_SECONDS);
            System.out.printf(Locale.ROOT, "%,6d activities, warm-up (%d clients, %d s, not measured): %.0f answers/s%n",
                    size, CLIENTS, WARM_UP_SECONDS, warmUp.answers() / (double) WARM_UP_SECONDS);
            var compiling = compilationMillis();
            var uncached = new ArrayList<Double>();
            var cached = new ArrayList<Double>();
            for (var round = 0; round < ROUNDS + 1; round++) {
                for (var question : BATTERY) {
                    var fresh = question + " " + label(variant.incrementAndGet());
                    var first = Measurements.time(() -> ask(athlete, fresh));
                    var again = Measurements.time(() -> ask(athlete, fresh));
                    if (round > 0) {
                        uncached.add(first);
                        cached.add(again);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%,6d activities, %d questions x %d: uncached p50 %.1f ms, p99 %.1f ms; "
                            + "cached p50 %.1f ms, p99 %.1f ms (JIT compiling meanwhile: %d ms)%n", size,
                    BATTERY.size(), ROUNDS, Measurements.percentile(uncached, 50),
                    Measurements.percentile(uncached, 99), Measurements.percentile(cached, 50),
                    Measurements.percentile(cached, 99), compilationMillis() - compiling);
            compiling = compilationMillis();
            var measured = load(athlete, variant, MEASURED_SECONDS);
            System.out.printf(Locale.ROOT, "%,6d activities, %d concurrent clients, every question uncached: "
                            + "%.0f answers/s, %d errors, p50 %.1f ms, p99 %.1f ms (JIT compiling meanwhile: %d ms)%n",
                    size, CLIENTS, measured.answers() / (double) MEASURED_SECONDS, measured.errors(),
                    Measurements.percentile(measured.latencies(), 50), Measurements.percentile(measured.latencies(), 99),
                    compilationMillis() - compiling);
        }
    }

    private record Load(int answers, int errors, List<Double> latencies) {
    }

    /** {@link #CLIENTS} clients asking new questions for the given time. */
    private Load load(Api.Athlete athlete, AtomicInteger variant, int seconds) throws InterruptedException {
        var answers = new AtomicInteger();
        var errors = new AtomicInteger();
        var deadline = System.nanoTime() + seconds * 1_000_000_000L;
        var latencies = Collections.synchronizedList(new ArrayList<Double>());
        try (var clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (var client = 0; client < CLIENTS; client++) {
                var offset = client;
                clients.submit(() -> {
                    var i = offset;
                    while (System.nanoTime() < deadline) {
                        var question = BATTERY.get(i++ % BATTERY.size()) + " " + label(variant.incrementAndGet());
                        var start = System.nanoTime();
                        try {
                            var status = api.post("/api/chat", athlete.token(), Map.of("message", question)).status();
                            if (status == 200) {
                                answers.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                        latencies.add((System.nanoTime() - start) / 1e6);
                    }
                });
            }
            clients.shutdown();
            clients.awaitTermination(seconds + 30, TimeUnit.SECONDS);
        }
        return new Load(answers.get(), errors.get(), List.copyOf(latencies));
    }

    /** The JIT compiler's accumulated time in this JVM (the server and the clients share it). */
    private static long compilationMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private Api.Athlete athleteWith(int size) {
        var zone = ZoneId.of("Europe/Stockholm");
        var today = LocalDate.now(zone);
        var generated = new TrainingHistoryGenerator().generate(
                TrainingHistorySpec.ofActivityCount(size, today, zone, size + size / 5));
        var history = generated.subList(generated.size() - size, generated.size());
        var athlete = newAthlete("chat-bench-" + size);
        api.put("/api/athlete", athlete.token(), Map.of("timezone", zone.getId()));
        var zip = new ByteArrayOutputStream();
        new StravaExportWriter().writeZip(history, zip);
        api.importAndWait("export.zip", zip.toByteArray(), athlete.token());
        return athlete;
    }

    private void ask(Api.Athlete athlete, String question) {
        var reply = api.post("/api/chat", athlete.token(), Map.of("message", question));
        if (reply.status() != 200) {
            throw new IllegalStateException(question + " answered " + reply.status());
        }
        var family = reply.body().at("/context/question_family").asString();
        if (family.equals("unclear") || family.equals("not_understood") || family.equals("unanswerable")) {
            throw new IllegalStateException(question + " was not answered: the benchmark must time answers");
        }
    }

    private static final List<String> POLITE = List.of("please", "thanks", "ok", "hey");

    /**
     * A tag that makes a question new to the cache and means nothing to the reader: words it knows as filler
     * (an unknown word would make the question a refusal, and the benchmark would time refusals).
     */
    private static String label(int n) {
        var text = new StringBuilder();
        for (var i = n; i > 0; i /= POLITE.size()) {
            text.append(POLITE.get(i % POLITE.size())).append(' ');
        }
        return text.toString().strip();
    }
}
