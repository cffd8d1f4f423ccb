package app.runaway.job;

public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public String code() {
        return name().toLowerCase();
    }
}
