package app.runaway.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a first pass over a file decides for all its rows: its decimal mark and its order of day and month. */
class ExportSurveyTest {
    private static final String SPANISH = "Id. de actividad,Fecha de la actividad,Tipo de actividad,Tiempo transcurrido,"
            + "Distancia\n";
    private static final String ITALIAN = "ID attività,Data dell’attività,Tipo attività,Tempo trascorso,Distanza\n";
    private static final String LOWERCASE = "id,date,type,elapsed_time,distance\n";

    @Test
    void the_kilometres_of_a_file_tell_its_decimal_mark_whatever_its_language() throws IOException {
        var spanish = survey(SPANISH + "1,\"2 ago 2026, 12:20:32 p.m.\",Carrera,2735,9.75\n"
                + "2,\"3 ago 2026, 7:00:00 a.m.\",Natación,1800,\"1,250\"\n");
        var italian = survey(ITALIAN + "1,\"11 ago 2014, 16:27:28\",Corsa,3058,\"9,62\"\n");

        assertThat(spanish.rows()).isEqualTo(2);
        assertThat(spanish.notation().decimalMark()).isEqualTo('.');
        assertThat(italian.notation().decimalMark()).isEqualTo(',');
    }

    @Test
    void a_file_that_never_shows_a_decimal_takes_its_languages_usual_mark() throws IOException {
        var swimsOnly = survey(ITALIAN + "1,\"15 lug 2015, 07:00:00\",Nuotata,1800,1.050\n");

        assertThat(swimsOnly.notation().decimalMark()).isEqualTo(',');
    }

    @Test
    void one_telling_date_decides_the_order_of_every_slashed_date_in_the_file() throws IOException {
        var monthFirst = survey(LOWERCASE + "1,6/7/2015 11:18,Run,1800,5000\n2,6/25/2015 11:18,Run,1800,5000\n");
        var dayFirst = survey(LOWERCASE + "1,06/07/2015 11:18,Run,1800,5000\n2,25/06/2015 11:18,Run,1800,5000\n");
        var neverTells = survey(LOWERCASE + "1,06/07/2015 11:18,Run,1800,5000\n");

        assertThat(monthFirst.notation().dayFirst()).isFalse();
        assertThat(dayFirst.notation().dayFirst()).isTrue();
        assertThat(neverTells.notation().dayFirst()).isTrue();
    }

    @Test
    void a_file_whose_header_is_unknown_is_still_counted() throws IOException {
        assertThat(survey("Aktivitäts-ID,Aktivitätsdatum\n1,x\n2,y\n").rows()).isEqualTo(2);
    }

    private static ExportSurvey survey(String csv) throws IOException {
        return ExportSurvey.of(() -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
