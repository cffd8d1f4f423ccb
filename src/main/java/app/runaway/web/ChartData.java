package app.runaway.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Chart.js chart as the page carries it: JSON in a {@code <script type="application/json">} beside the canvas,
 * drawn by app.js (no inline script runs under the page's Content-Security-Policy).
 */
final class ChartData {
    private final String type;
    private final List<String> labels;
    private final List<Map<String, Object>> datasets = new ArrayList<>();
    private final Map<String, Object> options = new LinkedHashMap<>();

    private ChartData(String type, List<String> labels) {
        this.type = type;
        this.labels = List.copyOf(labels);
    }

    static ChartData bar(List<String> labels) {
        return new ChartData("bar", labels);
    }

    static ChartData line(List<String> labels) {
        return new ChartData("line", labels);
    }

    ChartData series(String label, List<? extends Number> values, String colour) {
        var dataset = new LinkedHashMap<String, Object>();
        dataset.put("label", label);
        dataset.put("data", values);
        if (colour != null) {
            dataset.put("colour", colour);
        }
        if (type.equals("line")) {
            dataset.put("pointRadius", values.size() > 60 ? 0 : 3);
            dataset.put("borderWidth", 2);
        }
        datasets.add(dataset);
        return this;
    }

    /** The y axis's title; {@code pace} shows its ticks as minutes:seconds, faster at the top. */
    ChartData yAxis(String title, boolean pace) {
        var y = new LinkedHashMap<String, Object>();
        y.put("title", Map.of("display", true, "text", title));
        if (pace) {
            y.put("reverse", true);
            y.put("pace", true);
        } else {
            y.put("beginAtZero", true);
        }
        options.put("scales", Map.of("y", y, "x", Map.of("ticks", Map.of("maxRotation", 0, "autoSkip", true))));
        return this;
    }

    String json(JsonMapper json) {
        var spec = Map.of("type", type, "data", Map.of("labels", labels, "datasets", datasets), "options", options);
        // the JSON sits inside a script element: no "</script>" may end it early
        return json.writeValueAsString(spec).replace("<", "\\u003c");
    }
}
