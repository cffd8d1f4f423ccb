package app.runaway.job;

import org.springframework.context.ApplicationContext;

/** Stops and starts a node's job worker in a test, as a process restart would. */
public final class JobWorkers {
    private JobWorkers() {
    }

    public static void stop(ApplicationContext context) {
        context.getBean(JobWorker.class).stop();
    }

    public static void start(ApplicationContext context) {
        context.getBean(JobWorker.class).start();
    }
}
