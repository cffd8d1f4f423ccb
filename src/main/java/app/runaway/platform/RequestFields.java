package app.runaway.platform;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A JSON body may carry only the fields an endpoint knows: a misspelt one answers 400 instead of being ignored. */
public final class RequestFields {
    private RequestFields() {
    }

    public static void requireKnown(Map<String, Object> body, Set<String> known) {
        for (var field : body.keySet()) {
            if (!known.contains(field)) {
                throw new InvalidInputException(field, "unknown field; send " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }
}
