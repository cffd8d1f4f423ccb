package app.runaway.strava.client;

import java.util.concurrent.atomic.AtomicInteger;

/** Requests a job has sent to Strava's API (retries included): what the job spent of the shared budget. */
public final class ApiCalls {
    private final AtomicInteger spent;

    public ApiCalls(int alreadySpent) {
        this.spent = new AtomicInteger(alreadySpent);
    }

    void add() {
        spent.incrementAndGet();
    }

    public int spent() {
        return spent.get();
    }
}
