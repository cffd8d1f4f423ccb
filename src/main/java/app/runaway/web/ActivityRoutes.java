package app.runaway.web;

import app.runaway.activity.TrackSummary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A track's route as a plain SVG outline: positions projected onto a square (equirectangular, longitude scaled by
 * the cosine of the mid latitude, so a route keeps its shape away from the equator); no map tiles, nothing fetched.
 */
@Component
class ActivityRoutes {
    static final double SIZE = 400;
    private static final double MARGIN = 12;

    /** The SVG polyline's points and the start and end, in the outline's coordinates. */
    record Outline(String points, double startX, double startY, double endX, double endY) {
    }

    Optional<Outline> outline(TrackSummary track) {
        if (track == null || track.route() == null || track.route().size() < 2) {
            return Optional.empty();
        }
        List<List<Double>> route = track.route();
        double minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE, minLon = Double.MAX_VALUE,
                maxLon = -Double.MAX_VALUE;
        for (var point : route) {
            minLat = Math.min(minLat, point.get(0));
            maxLat = Math.max(maxLat, point.get(0));
            minLon = Math.min(minLon, point.get(1));
            maxLon = Math.max(maxLon, point.get(1));
        }
        var xScale = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        var width = Math.max((maxLon - minLon) * xScale, 1e-9);
        var height = Math.max(maxLat - minLat, 1e-9);
        var scale = (SIZE - 2 * MARGIN) / Math.max(width, height);
        var offsetX = (SIZE - width * scale) / 2;
        var offsetY = (SIZE - height * scale) / 2;
        var points = new java.util.ArrayList<double[]>();
        for (var p : route) {
            points.add(new double[] {offsetX + (p.get(1) - minLon) * xScale * scale,
                    offsetY + (maxLat - p.get(0)) * scale});
        }
        var text = points.stream().map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]))
                .collect(Collectors.joining(" "));
        return Optional.of(new Outline(text, points.getFirst()[0], points.getFirst()[1], points.getLast()[0],
                points.getLast()[1]));
    }
}
