package app.runaway.search;

/** How much of an athlete's history is searchable by meaning: embedded activities, and those still waiting. */
public record EmbeddingStatus(long embedded, long pending) {

    public boolean complete() {
        return pending == 0;
    }
}
