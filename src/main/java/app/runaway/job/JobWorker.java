package app.runaway.job;

import app.runaway.platform.RunawayHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs queued jobs on this node. It is woken at once by jobs submitted here and polls for jobs queued by other
 * nodes; a heartbeat marks its running jobs alive, and jobs of a node that stopped beating are queued again.
 */
@Component
class JobWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

    private final JobTable table;
    private final JsonMapper json;
    private final JobSettings settings;
    private final Map<String, JobHandler> handlers;
    private final String nodePrefix;
    private final String node;
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private final Semaphore wakeUp = new Semaphore(0);
    private final Semaphore slots;
    private volatile boolean running;
    private ExecutorService jobThreads;
    private Thread loop;
    private Thread heartbeat;

    JobWorker(JobTable table, JsonMapper json, JobSettings settings, List<JobHandler> handlers, RunawayHome home) {
        this.table = table;
        this.json = json;
        this.settings = settings;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        this.nodePrefix = nodeId(home);
        // A boot id keeps two processes that share a home (or a restarted node) from mistaking each other's jobs.
        this.node = nodePrefix + ":" + UUID.randomUUID().toString().substring(0, 8);
        this.slots = new Semaphore(settings.concurrency());
    }

    /** A node keeps its id across restarts (in its home) so that it can take back what it held when it died. */
    private static String nodeId(RunawayHome home) {
        var file = home.resolve("node.id");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, UUID.randomUUID().toString());
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    void wake() {
        wakeUp.release();
    }

    /** A paused job is due: wake the claim loop at its time rather than at the next poll. */
    private void wakeAt(java.time.Instant when) {
        Thread.ofVirtual().start(() -> {
            sleep(Math.max(0, java.time.Duration.between(java.time.Instant.now(), when).toMillis()) + 5);
            wake();
        });
    }

    @Override
    public void start() {
        running = true;
        for (var recovered : table.recoverAfterRestart(nodePrefix, node, settings.heartbeat().multipliedBy(2))) {
            log.warn("Job {} ({}) was interrupted by this node's restart: now {}", recovered.id(), recovered.kind(),
                    recovered.status().code());
            endedForGood(recovered);
        }
        jobThreads = Executors.newVirtualThreadPerTaskExecutor();
        loop = Thread.ofVirtual().name("job-claims").start(this::claimLoop);
        heartbeat = Thread.ofVirtual().name("job-heartbeat").start(this::heartbeatLoop);
    }

    @Override
    public void stop() {
        running = false;
        wakeUp.release();
        loop.interrupt();
        heartbeat.interrupt();
        try {
            loop.join(Duration.ofSeconds(5)); // a claim in flight must commit before the release below
            jobThreads.shutdownNow();
            jobThreads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var released = table.release(node);
        if (released > 0) {
            log.info("Gave {} unfinished job(s) back to the queue for the next node to resume", released);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void claimLoop() {
        while (running) {
            try {
                slots.acquire();
                var claimed = table.claimNext(node);
                if (claimed.isPresent()) {
                    jobThreads.submit(() -> runAndRelease(claimed.get()));
                    continue;
                }
                slots.release();
                wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                slots.release();
                log.warn("Could not claim a job ({}); retrying", e.getMessage());
                sleep(settings.pollInterval().toMillis());
            }
        }
    }

    private void heartbeatLoop() {
        while (running) {
            try {
                Thread.sleep(settings.heartbeat().toMillis());
                table.heartbeat(node, Set.copyOf(inFlight));
                for (var recovered : table.recoverStale(settings.staleAfter())) {
                    log.warn("Job {} ({}) lost its node: now {}", recovered.id(), recovered.kind(),
                            recovered.status().code());
                    endedForGood(recovered);
                    wake();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Job heartbeat failed ({}); retrying", e.getMessage());
            }
        }
    }

    private void runAndRelease(JobTable.Claimed job) {
        inFlight.add(job.id());
        try {
            run(job);
        } catch (Throwable unexpected) {
            // An Error (a parser's StackOverflowError on a hostile file) must not leave the job running forever.
            log.error("Job {} ({}) failed unexpectedly", job.id(), job.kind(), unexpected);
            try {
                table.finish(job.id(), node, JobStatus.FAILED, null,
                        "internal error: " + unexpected.getClass().getSimpleName());
            } catch (RuntimeException databaseDown) {
                log.warn("Could not record job {}'s failure; it is recovered once its heartbeat lapses", job.id());
            }
        } finally {
            inFlight.remove(job.id());
            slots.release();
        }
    }

    private void run(JobTable.Claimed job) {
        var handler = handlers.get(job.kind());
        if (handler == null) {
            table.finish(job.id(), node, JobStatus.FAILED, null, "no handler for job kind '" + job.kind() + "'");
            return;
        }
        var context = new Context(job);
        log.info("Job {} ({}) started, attempt {}", job.id(), job.kind(), job.attempts());
        try {
            var result = handler.run(context);
            if (table.finish(job.id(), node, JobStatus.SUCCEEDED, json.writeValueAsString(result), null)) {
                log.info("Job {} ({}) succeeded", job.id(), job.kind());
                handler.ended(job.id());
            }
        } catch (InterruptedException e) {
            table.release(job.id(), node); // stopping: the job goes back to the queue for the next node
        } catch (JobPausedException e) {
            var progress = e.progress() == null ? null : json.writeValueAsString(e.progress());
            if (table.pause(job.id(), node, e.until(), progress)) {
                log.info("Job {} ({}) paused until {}: {}", job.id(), job.kind(), e.until(), e.getMessage());
                wakeAt(e.until());
            }
        } catch (JobLostException e) {
            log.warn("Job {} ({}) was taken over by another node after a heartbeat lapse; stopped here", job.id(),
                    job.kind());
        } catch (JobFailedException e) {
            log.info("Job {} ({}) failed: {}", job.id(), job.kind(), e.getMessage());
            if (table.finish(job.id(), node, JobStatus.FAILED, null, e.getMessage())) {
                handler.ended(job.id());
            }
        } catch (Exception e) {
            if (!running) {
                table.release(job.id(), node); // interrupted by the stop: queued again for the next node
                return;
            }
            log.error("Job {} ({}) failed unexpectedly", job.id(), job.kind(), e);
            if (table.finish(job.id(), node, JobStatus.FAILED, null, "internal error: " + e.getClass().getSimpleName())) {
                handler.ended(job.id());
            }
        }
    }

    private void endedForGood(JobTable.Recovered recovered) {
        if (recovered.status() == JobStatus.FAILED && handlers.containsKey(recovered.kind())) {
            handlers.get(recovered.kind()).ended(recovered.id());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** This node no longer holds the job: its heartbeat lapsed and another node took it over. */
    private static final class JobLostException extends RuntimeException {
        JobLostException() {
            super("job taken over by another node", null, false, false);
        }
    }

    private final class Context implements JobContext {
        private final JobTable.Claimed job;
        private final Map<String, Object> payload;
        private volatile Map<String, Object> checkpoint;

        Context(JobTable.Claimed job) {
            this.job = job;
            this.payload = json.readValue(job.payloadJson(), new TypeReference<Map<String, Object>>() { });
            this.checkpoint = job.checkpointJson() == null ? null
                    : json.readValue(job.checkpointJson(), new TypeReference<Map<String, Object>>() { });
        }

        @Override
        public void checkpoint(Map<String, Object> checkpoint, Object progress) {
            if (!table.checkpoint(job.id(), node, json.writeValueAsString(checkpoint),
                    json.writeValueAsString(progress))) {
                throw new JobLostException();
            }
            this.checkpoint = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(checkpoint));
        }

        @Override
        public java.util.Optional<Map<String, Object>> checkpoint() {
            return java.util.Optional.ofNullable(checkpoint);
        }

        @Override
        public UUID jobId() {
            return job.id();
        }

        @Override
        public Long athleteId() {
            return job.athleteId();
        }

        @Override
        public Map<String, Object> payload() {
            return payload;
        }

        @Override
        public void progress(Object progress) {
            if (!table.progress(job.id(), node, json.writeValueAsString(progress))) {
                throw new JobLostException();
            }
        }
    }
}
