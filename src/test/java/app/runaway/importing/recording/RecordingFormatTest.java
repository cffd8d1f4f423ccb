package app.runaway.importing.recording;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordingFormatTest {

    @Test
    void the_format_comes_from_the_file_name_with_or_without_gz_and_in_any_case() throws Exception {
        assertThat(RecordingFormat.ofFileName("activities/4012345678.fit.gz")).isEqualTo(RecordingFormat.FIT);
        assertThat(RecordingFormat.ofFileName("Morning_Run.GPX")).isEqualTo(RecordingFormat.GPX);
        assertThat(RecordingFormat.ofFileName("C:\\exports\\ride.tcx.gz")).isEqualTo(RecordingFormat.TCX);
    }

    @Test
    void a_gzipped_file_of_an_unknown_type_is_refused_by_its_inner_extension() {
        assertThatThrownBy(() -> RecordingFormat.ofFileName("activities/123.kml.gz"))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessageStartingWith("unsupported file type '.kml'");
    }

    @Test
    void a_file_without_an_extension_is_refused() {
        assertThatThrownBy(() -> RecordingFormat.ofFileName("activities/123"))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessageStartingWith("unsupported file type: '123' has no extension");
    }
}
