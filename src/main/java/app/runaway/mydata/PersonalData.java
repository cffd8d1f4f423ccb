package app.runaway.mydata;

import java.util.List;
import java.util.Map;

/**
 * One kind of an athlete's data, as its owning capability exports and erases it: each capability implements this
 * for its own tables, so "export all my data" and "delete all my data" reach every table without reaching into
 * any. A row is flat where it can be (name to value); a nested value is written as JSON in the CSV.
 */
public interface PersonalData {

    /** The section's name in the export: {@code activities.json} and {@code activities.csv}. */
    String section();

    /** Every row of the athlete's, in a stable order. */
    List<Map<String, Object>> rows(long athleteId);

    /** Deletes all of the athlete's rows, with whatever was built on them (caches, vectors). */
    void erase(long athleteId);

    /** Erasing goes in this order, lowest first: a connection that would bring data back goes before the data. */
    default int eraseOrder() {
        return 100;
    }
}
