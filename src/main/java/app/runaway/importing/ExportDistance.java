package app.runaway.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An export row's distance in metres. The first exports (2018-2019) have one column, in metres. From mid-2019 the
 * first Distance column is what Strava shows a person: kilometres with two decimals (`9.62`), except for the sports
 * Strava shows in metres, written as whole metres with a thousands separator (`"1,250"`, Italian `1.050`, Dutch
 * `1.500`). Wider exports add a second Distance column in metres as a machine writes it (`9625.900390625`), which is
 * exact and wins when it holds a value.
 */
final class ExportDistance {
    /**
     * The sports whose first Distance column is metres. In the 21 real exports found that carry both columns, every
     * Swim (English, Italian `Nuotata`, Dutch `Zwemmen`) and every Rowing row equals its metre column, read with the
     * thousands separator; every other sport is kilometres, except Sail and Windsurf, which show nautical miles with
     * one decimal (`15.9` for 29,610 m). Those two are left as kilometres: no export without a metre column shows one.
     */
    static final Set<String> SHOWN_IN_METRES = Set.of("Swim", "Rowing");

    private ExportDistance() {
    }

    /** Empty when the distance is no number; 0 when the row has none (a strength session, a manual entry). */
    static Optional<Double> metres(ExportHeader header, ExportNotation notation, List<String> cells,
                                   String sportType) {
        var columns = header.occurrences("distance");
        if (columns >= 2) {
            var exact = header.value(cells, "distance", columns - 1).flatMap(ExportValues::number);
            if (exact.isPresent()) {
                return exact;
            }
        }
        var shown = header.value(cells, "distance", 0);
        if (shown.isEmpty()) {
            return Optional.of(0.0);
        }
        if (header.dialect().distanceInMetres()) {
            return shown.flatMap(ExportValues::number);
        }
        var value = shown.flatMap(text -> ExportValues.displayNumber(text, notation.decimalMark()));
        if (SHOWN_IN_METRES.contains(sportType)) {
            return value;
        }
        // Decimal arithmetic: 8.05 km is 8050 m, not the 8050.000000000001 a double multiplication gives.
        return value.map(km -> BigDecimal.valueOf(km).movePointRight(3).doubleValue());
    }
}
