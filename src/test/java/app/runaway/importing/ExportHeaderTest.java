package app.runaway.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.runaway.importing.StravaExportReader.Parsed;
import app.runaway.job.JobFailedException;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** Which kind of export a header is, from header lines and rows as real exports have them. */
class ExportHeaderTest {
    /**
     * The 2020 Dutch layout (72 columns): its header and two of its rows as they are in
     * CasperHogenboom/Strave_regression, data/activities.csv at commit 4e4db2c24d (no licence stated): `Forenzenrit` and `Hoogteverschil` where today's
     * Dutch export says `Woon-werkverkeer` and `Totale stijging`, and dates with no comma before the time.
     */
    private static final String DUTCH_2020 = ""
            + "Activiteits-ID,Datum van activiteit,Naam activiteit,Activiteitstype,"
            + "Beschrijving van activiteit,Verstreken tijd,Afstand,Vergelijkbare poging,Forenzenrit,"
            + "Uitrusting voor activiteit,Bestandsnaam,Gewicht sporter,Gewicht fiets,Verstreken tijd,"
            + "Beweegtijd,Afstand,Max. snelheid,Gemiddelde snelheid,Hoogteverschil,Hoogteverlies,"
            + "Kleinste hoogte,Grootste hoogte,Max. stijgingspercentage,Gemiddeld stijgingspercentage,"
            + "Gemiddeld positief stijgingspercentage,Gemiddeld negatief stijgingspercentage,"
            + "Gemiddelde cadans,Max. cadans,Max. hartslag,Gemiddelde hartslag,Maximaal wattage,"
            + "Gemiddeld wattage,Calorieën,Maximale temperatuur,Gemiddelde temperatuur,"
            + "Vergelijkbare poging,Totale arbeid,Aantal hardloopsessies,Tijd bergop,Tijd bergaf,"
            + "Andere tijd,Ervaren inspanning,Gewogen gemiddeld vermogen,Aantal vermogensgegevens,"
            + "Voorkeur voor ervaren inspanning,Ervaren vergelijkbare poging,Forenzenrit,"
            + "Totaal geheven gewicht,Van upload,Aan stijgingspercentage aangepaste afstand,Tijd weerbeeld,"
            + "Weersomstandigheden,Buitentemperatuur,Gevoelstemperatuur,Dauwpunt,Vochtigheid,Luchtdruk,"
            + "Windsnelheid,Windstoot,Windrichting,Neerslagintensiteit,Tijd zonsopgang,Tijd zonsondergang,"
            + "Maanstand,Fiets,Uitrusting,Kans op neerslag,Type neerslag,Bewolking,Zicht,UV-index,"
            + "Ozonwaarde\n"
            + "1050466088,23 jun. 2017 15:52:12,Middagloop,Hardloopsessie,,1459,\"4,73\",,false,,"
            + "activities/1050466088.gpx,0.0,,1459.0,1451.0,4731.5,4.900000095367432,,28.78860092163086,,"
            + "16.0,24.0,23.399999618530273,0.0,,,,,,,,,,,,,,,,,,,,,,,0.0,,,,,,,,,,,,,,,,,,,,,,,,,\n"
            + "1273565079,6 mei 2013 15:39:08,Middagloop,Hardloopsessie,\"\",1975,\"5,71\",,false,,"
            + "activities/1380243105.gpx.gz,0.0,,1975.0,1975.0,5712.10009765625,4.300000190734863,,"
            + "115.10700225830078,,53.0,106.80000305175781,30.200000762939453,-0.0035013400483876467,,,,,,,"
            + ",,,,,,,,,,,,,,,,0.0,,,,,,,,,,,,,,,,,,,,,,,,,\n";

    @Test
    void the_2020_dutch_layout_is_read_with_its_own_names_and_dates() throws IOException, JobFailedException {
        var records = CSVFormat.RFC4180.parse(new StringReader(DUTCH_2020)).getRecords();
        var header = ExportHeader.of(records.getFirst().toList());

        assertThat(header.dialect()).isEqualTo(ExportDialect.DUTCH);
        assertThat(header.occurrences("distance")).isEqualTo(2);
        assertThat(header.has("moving time")).isTrue();
        var notation = new ExportNotation(',', true);
        var first = (Parsed) StravaExportReader.row(header, notation, 1, records.get(1).toList());
        assertThat(first.activity().startDate()).isEqualTo(Instant.parse("2017-06-23T15:52:12Z"));
        assertThat(first.activity().sportType()).isEqualTo("Run");
        assertThat(first.activity().distanceM()).isEqualTo(4731.5);
        assertThat(first.activity().movingTimeS()).isEqualTo(1451);
        assertThat(first.activity().elevationGainM()).isEqualTo(28.78860092163086);
        assertThat(first.fileName()).isEqualTo("activities/1050466088.gpx");
        var second = (Parsed) StravaExportReader.row(header, notation, 2, records.get(2).toList());
        assertThat(second.activity().startDate()).isEqualTo(Instant.parse("2013-05-06T15:39:08Z"));
    }

    @Test
    void each_dialect_is_told_by_its_header() throws JobFailedException {
        assertThat(ExportHeader.of(List.of("id", "date", "name", "type", "description", "elapsed_time", "distance",
                "commute", "gear", "filename")).dialect()).isEqualTo(ExportDialect.LOWERCASE_2018);
        assertThat(ExportHeader.of(List.of("Activity ID", "Activity Date", "Activity Name", "Activity Type",
                "Elapsed Time", "Distance")).dialect()).isEqualTo(ExportDialect.ENGLISH);
        assertThat(ExportHeader.of(List.of("ID attivit\u00e0", "Data dell\u2019attivit\u00e0", "Tipo attivit\u00e0",
                "Tempo trascorso", "Distanza")).dialect()).isEqualTo(ExportDialect.ITALIAN);
        assertThat(ExportHeader.of(List.of("Id. de actividad", "Fecha de la actividad", "Tipo de actividad",
                "Tiempo transcurrido", "Distancia")).dialect()).isEqualTo(ExportDialect.SPANISH);
    }

    @Test
    void a_header_of_no_known_dialect_is_refused_naming_what_was_expected_and_what_was_seen() {
        assertThatThrownBy(() -> ExportHeader.of(List.of("Aktivit\u00e4ts-ID", "Aktivit\u00e4tsdatum",
                "Aktivit\u00e4tsart", "Verstrichene Zeit", "Distanz")))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("lacks the column(s) Activity ID, Activity Date, Activity Type, Distance, "
                        + "Elapsed Time")
                .hasMessageContaining("in Italian: id attivit\u00e0, data dell'attivit\u00e0, tipo attivit\u00e0, "
                        + "distanza")
                .hasMessageContaining("its header begins 'Aktivit\u00e4ts-ID', 'Aktivit\u00e4tsdatum'");
    }
}
