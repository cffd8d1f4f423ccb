package app.runaway.coach.agents;

import app.runaway.coach.CoachReport;
import app.runaway.coach.CoachReport.GoalAssessment;
import app.runaway.coach.CoachReport.PaceZones;
import app.runaway.coach.CoachReport.PerformanceMetrics;
import app.runaway.coach.CoachReport.WorkoutPlan;
import app.runaway.coach.CoachRequest;
import app.runaway.coach.FocusArea.Part;
import app.runaway.coach.performance.PerformanceAnalysis;
import app.runaway.coach.performance.PerformanceAnalyzer;
import app.runaway.coach.Narrator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The supervisor: runs the agents as a graph over one state. Performance and pace have no dependencies and run side
 * by side; goal needs performance; the workout plan needs goal and pace; synthesis needs them all. Only what the
 * focus area asks for (and what that needs) runs.
 */
public final class CoachWorkflow {
    private final Executor executor;
    private final Narrator narrator;

    /**
     * @param executor where independent agents run side by side (a virtual-thread executor in the service)
     * @param narrator words each part better when an LLM is configured; {@link Narrator#NONE} otherwise
     */
    public CoachWorkflow(Executor executor, Narrator narrator) {
        this.executor = executor;
        this.narrator = narrator;
    }

    public CoachReport run(CoachRequest request) {
        var evidence = PerformanceAnalyzer.analyze(request.history(), request.athlete(), request.asOf(),
                request.timeframeDays());
        var state = CoachState.of(request, evidence);
        var wanted = request.focus().parts();
        var needed = withDependencies(wanted);
        var sources = new ConcurrentHashMap<String, String>();
        var narration = new Narration(narrator, state.units().imperial() ? "imperial" : "metric", sources);

        CompletableFuture<PerformanceMetrics> performance = needed.contains(Part.PERFORMANCE)
                ? CompletableFuture.supplyAsync(() -> narration.performance(PerformanceAgent.run(state)), executor)
                : skipped();
        CompletableFuture<PaceZones> pace = needed.contains(Part.PACE)
                ? CompletableFuture.supplyAsync(() -> narration.pace(PaceAgent.run(state)), executor) : skipped();
        CompletableFuture<GoalAssessment> goal = needed.contains(Part.GOAL)
                ? performance.thenApplyAsync(p -> narration.goal(GoalAgent.run(state)), executor) : skipped();
        CompletableFuture<WorkoutPlan> workout = needed.contains(Part.WORKOUT)
                ? goal.thenCombineAsync(pace, (g, p) -> narration.workout(WorkoutAgent.run(state)), executor)
                : skipped();
        CompletableFuture<CoachReport.Synthesis> synthesis = needed.contains(Part.SYNTHESIS)
                ? CompletableFuture.allOf(performance, goal, workout).thenApplyAsync(ignored -> narration.synthesis(
                        SynthesisAgent.run(state, performance.join(), goal.join(), workout.join())), executor)
                : skipped();

        try {
            return new CoachReport(request.asOf(), request.timeframeDays(), request.focus().code(),
                    state.units().imperial() ? "imperial" : "metric",
                    wanted.contains(Part.PERFORMANCE) ? performance.join() : null,
                    wanted.contains(Part.GOAL) ? goal.join() : null,
                    wanted.contains(Part.PACE) ? pace.join() : null,
                    wanted.contains(Part.WORKOUT) ? workout.join() : null,
                    wanted.contains(Part.SYNTHESIS) ? synthesis.join() : null,
                    dataQuality(evidence), reported(wanted, sources));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The runs of the window left out of the evidence of fitness, newest first. */
    private static List<CoachReport.SuspectActivity> dataQuality(PerformanceAnalysis evidence) {
        return evidence.evidence().suspectsBetween(evidence.from(), evidence.asOf()).stream()
                .map(s -> new CoachReport.SuspectActivity(s.run().activityId(), s.run().stravaId(),
                        s.run().localDate(), s.run().name(), s.reason(), s.checks(),
                        s.excludedByAthlete() ? "athlete" : "checks"))
                .toList();
    }

    /** Which parts came from rules and which from an LLM, for the parts the focus asked for, in report order. */
    private static Map<String, String> reported(Set<Part> wanted, Map<String, String> sources) {
        var reported = new LinkedHashMap<String, String>();
        for (var part : Part.values()) {
            if (wanted.contains(part)) {
                reported.put(part.code(), sources.getOrDefault(part.code(), "rules"));
            }
        }
        return reported;
    }

    static Set<Part> withDependencies(Set<Part> wanted) {
        var needed = EnumSet.copyOf(wanted);
        if (needed.contains(Part.SYNTHESIS)) {
            needed.addAll(EnumSet.of(Part.PERFORMANCE, Part.GOAL, Part.PACE, Part.WORKOUT));
        }
        if (needed.contains(Part.WORKOUT)) {
            needed.addAll(EnumSet.of(Part.GOAL, Part.PACE));
        }
        if (needed.contains(Part.GOAL)) {
            needed.add(Part.PERFORMANCE);
        }
        return needed;
    }

    /** A part the focus does not need: done at once, empty. */
    private static <T> CompletableFuture<T> skipped() {
        return CompletableFuture.completedFuture(null);
    }
}
