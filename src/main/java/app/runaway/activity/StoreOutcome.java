package app.runaway.activity;

/** What one batch did to the store: new rows, changed rows, and rows left as they were. */
public record StoreOutcome(int inserted, int updated, int unchanged) {
    public static final StoreOutcome NONE = new StoreOutcome(0, 0, 0);

    public StoreOutcome plus(StoreOutcome other) {
        return new StoreOutcome(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
    }
}
