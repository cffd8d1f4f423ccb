package app.runaway.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one kind of Strava export names its columns and writes its values: the lowercase layout of 2018-2019, and the
 * current layout in English, Italian, Dutch and Spanish. Every name here was read in a real export (the fixtures'
 * README names them); a language Strava also writes but no real file showed is not guessed at.
 *
 * @param name                  how a runner would call it, for messages
 * @param columns               each column's visible name, lower case, mapped to the English name the reader asks for
 * @param months                the month names its dates use, lower case, January first; "sep|sept" gives variants
 * @param activityTypes         its activity type names, lower case, mapped to the API's sport types
 * @param decimalMark           the decimal mark of its kilometre figures when a file holds none to tell (a file's own
 *                              figures decide, see {@link ExportSurvey})
 * @param distanceInMetres      the lowercase layout's one distance column is metres; later layouts write kilometres
 */
record ExportDialect(String name, Map<String, String> columns, List<String> months,
                     Map<String, String> activityTypes, char decimalMark, boolean distanceInMetres) {

    /** The names the reader asks for, which every dialect must map: without them no row can be read. */
    static final List<String> REQUIRED = List.of(ExportHeader.ID, ExportHeader.DATE, ExportHeader.TYPE);

    private static final List<String> ENGLISH_MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep|sept", "oct", "nov", "dec");

    /** Exports made up to June 2019: `id,date,name,type,description,elapsed_time,distance,commute,gear,filename`. */
    static final ExportDialect LOWERCASE_2018 = new ExportDialect("the lowercase layout of 2018-2019", Map.of(
            "id", ExportHeader.ID,
            "date", ExportHeader.DATE,
            "name", "activity name",
            "type", ExportHeader.TYPE,
            "description", "activity description",
            "elapsed_time", "elapsed time",
            "gear", "activity gear"),
            ENGLISH_MONTHS, Map.of(), '.', true);

    static final ExportDialect ENGLISH = new ExportDialect("English", Map.of(), ENGLISH_MONTHS, Map.of(), '.', false);

    static final ExportDialect ITALIAN = new ExportDialect("Italian", Map.ofEntries(
            Map.entry("id attività", ExportHeader.ID),
            Map.entry("data dell'attività", ExportHeader.DATE),
            Map.entry("nome attività", "activity name"),
            Map.entry("tipo attività", ExportHeader.TYPE),
            Map.entry("descrizione dell'attività", "activity description"),
            Map.entry("tempo trascorso", "elapsed time"),
            Map.entry("tempo in movimento", "moving time"),
            Map.entry("distanza", "distance"),
            Map.entry("frequenza cardiaca massima", "max heart rate"),
            Map.entry("frequenza cardiaca media", "average heart rate"),
            Map.entry("calorie", "calories"),
            Map.entry("sforzo relativo", "relative effort"),
            Map.entry("tragitto pendolare", "commute"),
            Map.entry("attrezzatura attività", "activity gear"),
            Map.entry("nome del file", "filename"),
            Map.entry("velocità massima", "max speed"),
            Map.entry("velocità media", "average speed"),
            Map.entry("dislivello positivo", "elevation gain"),
            Map.entry("cadenza media", "average cadence"),
            Map.entry("da caricamento", "from upload")),
            List.of("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
            Map.of("corsa", "Run",
                    "ciclismo", "Ride",
                    "camminata", "Walk",
                    "escursione", "Hike",
                    "nuotata", "Swim",
                    "sci nordico", "NordicSki",
                    "sci alpino", "AlpineSki"),
            ',', false);

    /** Two layouts: 2020's 72 columns (`Forenzenrit`, `Hoogteverschil`) and today's 99 (`Woon-werkverkeer`, ...). */
    static final ExportDialect DUTCH = new ExportDialect("Dutch", Map.ofEntries(
            Map.entry("activiteits-id", ExportHeader.ID),
            Map.entry("datum van activiteit", ExportHeader.DATE),
            Map.entry("naam activiteit", "activity name"),
            Map.entry("activiteitstype", ExportHeader.TYPE),
            Map.entry("beschrijving van activiteit", "activity description"),
            Map.entry("verstreken tijd", "elapsed time"),
            Map.entry("beweegtijd", "moving time"),
            Map.entry("afstand", "distance"),
            Map.entry("max. hartslag", "max heart rate"),
            Map.entry("gemiddelde hartslag", "average heart rate"),
            Map.entry("calorieën", "calories"),
            Map.entry("vergelijkbare poging", "relative effort"),
            Map.entry("woon-werkverkeer", "commute"),
            Map.entry("forenzenrit", "commute"),
            Map.entry("uitrusting voor activiteit", "activity gear"),
            Map.entry("bestandsnaam", "filename"),
            Map.entry("max. snelheid", "max speed"),
            Map.entry("gemiddelde snelheid", "average speed"),
            Map.entry("totale stijging", "elevation gain"),
            Map.entry("hoogteverschil", "elevation gain"),
            Map.entry("gemiddelde cadans", "average cadence"),
            Map.entry("van upload", "from upload"),
            Map.entry("wedstrijd", "competition"),
            Map.entry("lange loop", "long run")),
            List.of("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep|sept", "okt", "nov", "dec"),
            Map.of("hardloopsessie", "Run",
                    "fietsrit", "Ride",
                    "wandeling", "Walk",
                    "zwemmen", "Swim",
                    "kayakken", "Kayaking",
                    "kitesurfen", "Kitesurf",
                    "training", "Workout"),
            ',', false);

    /** The one real Spanish export is Latin American: `p.m.` after a narrow no-break space, a decimal point. */
    static final ExportDialect SPANISH = new ExportDialect("Spanish", Map.ofEntries(
            Map.entry("id. de actividad", ExportHeader.ID),
            Map.entry("fecha de la actividad", ExportHeader.DATE),
            Map.entry("nombre de la actividad", "activity name"),
            Map.entry("tipo de actividad", ExportHeader.TYPE),
            Map.entry("descripción de la actividad", "activity description"),
            Map.entry("tiempo transcurrido", "elapsed time"),
            Map.entry("tiempo en movimiento", "moving time"),
            Map.entry("distancia", "distance"),
            Map.entry("ritmo cardíaco máx.", "max heart rate"),
            Map.entry("ritmo cardíaco promedio", "average heart rate"),
            Map.entry("calorías", "calories"),
            Map.entry("esfuerzo relativo", "relative effort"),
            Map.entry("viaje al trabajo", "commute"),
            Map.entry("equipamiento de la actividad", "activity gear"),
            Map.entry("nombre de archivo", "filename"),
            Map.entry("velocidad máxima", "max speed"),
            Map.entry("velocidad promedio", "average speed"),
            Map.entry("desnivel positivo", "elevation gain"),
            Map.entry("cadencia promedio", "average cadence"),
            Map.entry("de carga", "from upload"),
            Map.entry("competencia", "competition"),
            Map.entry("carrera larga", "long run")),
            List.of("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep|sept", "oct", "nov", "dic"),
            Map.of("carrera", "Run",
                    "caminata", "Walk",
                    "vuelta ciclista", "Ride",
                    "entrenamiento", "Workout",
                    "entrenamiento con pesas", "WeightTraining",
                    "yoga", "Yoga"),
            '.', false);

    /** Tried in this order; the lowercase layout first, since its names are plain words. */
    static final List<ExportDialect> ALL = List.of(LOWERCASE_2018, ENGLISH, ITALIAN, DUTCH, SPANISH);

    /** The dialect whose names for the id, date and type columns are all among these visible names. */
    static Optional<ExportDialect> recognising(Set<String> visibleNames) {
        return ALL.stream().filter(dialect -> REQUIRED.stream().allMatch(
                required -> visibleNames.contains(dialect.localName(required)))).findFirst();
    }

    /** The English name for a visible column name of this dialect (names it does not translate stay as they are). */
    String englishName(String visibleName) {
        return columns.getOrDefault(visibleName, visibleName);
    }

    /** This dialect's visible name for an English column name, e.g. "activity id" is "id attività" in Italian. */
    String localName(String englishName) {
        return columns.entrySet().stream().filter(e -> e.getValue().equals(englishName)).map(Map.Entry::getKey)
                .sorted().findFirst().orElse(englishName);
    }

    /** January is 1; empty when the word is no month of this dialect. */
    Optional<Integer> month(String word) {
        var key = word.toLowerCase(Locale.ROOT);
        for (var i = 0; i < months.size(); i++) {
            for (var variant : months.get(i).split("\\|")) {
                if (variant.equals(key)) {
                    return Optional.of(i + 1);
                }
            }
        }
        return Optional.empty();
    }

    /** The sport type of an activity type name in this dialect, or empty when it has no translation of it. */
    Optional<String> sportType(String activityType) {
        return Optional.ofNullable(activityTypes.get(activityType.strip().toLowerCase(Locale.ROOT)));
    }
}
