package app.runaway.platform;

/** Whether this node runs on the embedded PostgreSQL or on an external server (for health and logs). */
public interface DatabaseMode {
    boolean embedded();
}
