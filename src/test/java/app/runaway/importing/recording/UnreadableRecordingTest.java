package app.runaway.importing.recording;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Broken, hostile and unsupported files fail with a reason a runner or operator can act on, never with a crash. */
class UnreadableRecordingTest {

    @TempDir
    Path temp;

    @Test
    void a_truncated_FIT_file_is_reported_as_truncated() throws Exception {
        var whole = Fixtures.bytes("run-garmin-fr645m.fit");
        var cut = copyToTemp("cut.fit", Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> readFile(cut))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessageStartingWith("FIT file is truncated");
    }

    @Test
    void a_FIT_file_with_a_flipped_byte_fails_its_CRC_check() throws Exception {
        var bytes = Fixtures.bytes("run-stryd-developer-fields.fit");
        bytes[bytes.length / 2] ^= 0x5a;
        var damaged = copyToTemp("damaged.fit", bytes);

        assertThatThrownBy(() -> readFile(damaged))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessage("FIT file is corrupt: CRC check failed");
    }

    @Test
    void a_FIT_file_cut_mid_message_but_with_a_matching_CRC_is_reported_corrupt_not_crashed() {
        // Harder than truncation: header size and CRC agree with the cut, so only decoding can notice.
        var whole = Fixtures.bytes("run-garmin-fr645m.fit");
        var headerSize = whole[0];
        var cutDataSize = 1001;
        var bytes = Arrays.copyOf(whole, headerSize + cutDataSize + 2);
        writeLittleEndianInt(bytes, 4, cutDataSize);
        if (headerSize == 14) {
            bytes[12] = 0; // a header CRC of zero means "not computed"
            bytes[13] = 0;
        }
        var crc = fitCrc(bytes, bytes.length - 2);
        bytes[bytes.length - 2] = (byte) crc;
        bytes[bytes.length - 1] = (byte) (crc >> 8);

        assertThatThrownBy(() -> Fixtures.read("cut.fit", bytes))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessageStartingWith("FIT file is corrupt");
    }

    @Test
    void a_text_file_named_fit_is_not_taken_for_a_FIT_file() {
        assertThatThrownBy(() -> Fixtures.read("notes.fit", "just some notes".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessage("FIT file is corrupt: it does not start with a FIT header");
    }

    @Test
    void a_GPX_cut_in_the_middle_is_reported_as_not_well_formed() throws Exception {
        var whole = Fixtures.bytes("run-garmin-connect.gpx");
        var cut = copyToTemp("cut.gpx", Arrays.copyOf(whole, whole.length / 3));

        assertThatThrownBy(() -> readFile(cut))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessageStartingWith("GPX file is not well-formed XML");
    }

    @Test
    @Timeout(10)
    void a_GPX_with_a_stray_control_character_in_an_extension_is_refused_quickly() {
        // jpx 3.2.1 alone ran for minutes on this; the well-formedness check stops it first
        var gpx = Fixtures.text("run-garmin-connect.gpx").replaceFirst("<ns3:atemp>27.0", "<ns3:atemp>27\u00100");

        assertThatThrownBy(() -> Fixtures.read("stray.gpx", gpx.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessageStartingWith("GPX file is not well-formed XML: line 22, column")
                .hasMessageContaining("invalid XML character (Unicode: 0x10)");
    }

    @Test
    void a_GPX_without_timed_track_points_is_refused() {
        var route = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="planner" xmlns="http://www.topografix.com/GPX/1/1">
                  <trk><name>planned</name><trkseg>
                    <trkpt lat="49.48" lon="8.47"><ele>83</ele></trkpt>
                    <trkpt lat="49.49" lon="8.48"><ele>84</ele></trkpt>
                  </trkseg></trk>
                </gpx>
                """;

        assertThatThrownBy(() -> Fixtures.read("route.gpx", route.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessage("GPX file has no track points with a time");
    }

    @Test
    void a_GPX_declaring_an_external_entity_is_refused_without_reading_the_entity() throws Exception {
        var secret = copyToTemp("secret.txt", "TOP-SECRET".getBytes(StandardCharsets.UTF_8));
        var xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE gpx [<!ENTITY xxe SYSTEM "%s">]>
                <gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">
                  <trk><name>&xxe;</name><trkseg>
                    <trkpt lat="49.48" lon="8.47"><time>2019-11-16T08:58:30Z</time></trkpt>
                  </trkseg></trk>
                </gpx>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> Fixtures.read("xxe.gpx", xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessage("GPX file declares a DOCTYPE, which activity files never need; refused for safety")
                .message().doesNotContain("TOP-SECRET");
    }

    @Test
    void a_TCX_cut_in_the_middle_is_reported_as_not_well_formed() throws Exception {
        var whole = Fixtures.bytes("sample.tcx");
        var cut = copyToTemp("cut.tcx", Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> readFile(cut))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessageStartingWith("TCX file is not well-formed XML");
    }

    @Test
    void a_TCX_declaring_an_entity_expansion_is_refused() {
        var laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE TrainingCenterDatabase [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
                <TrainingCenterDatabase><Activities><Activity Sport="Running"><Id>&lol2;</Id></Activity></Activities>
                </TrainingCenterDatabase>
                """;

        assertThatThrownBy(() -> Fixtures.read("laughs.tcx", laughs.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessage("TCX file declares a DOCTYPE, which activity files never need; refused for safety");
    }

    @Test
    void a_TCX_with_a_non_numeric_distance_names_the_bad_value() {
        var tcx = Fixtures.text("sample.tcx").replaceFirst("<DistanceMeters>5.316478", "<DistanceMeters>five");

        assertThatThrownBy(() -> Fixtures.read("bad.tcx", tcx.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessage("TCX file has 'five' where DistanceMeters should be a number");
    }

    @Test
    void a_TCX_course_without_an_activity_is_refused() {
        var course = """
                <?xml version="1.0"?>
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
                  <Courses><Course><Name>Loop</Name></Course></Courses>
                </TrainingCenterDatabase>
                """;

        assertThatThrownBy(() -> Fixtures.read("course.tcx", course.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessageStartingWith("TCX file has no activity");
    }

    @Test
    void an_empty_file_is_refused_as_empty() throws Exception {
        var empty = copyToTemp("empty.gpx", new byte[0]);

        assertThatThrownBy(() -> readFile(empty))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessage("the file is empty");
    }

    @Test
    void a_file_of_an_unknown_type_is_refused_by_its_extension() {
        assertThatThrownBy(() -> Fixtures.read("export/track.kml", "<kml/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessage("unsupported file type '.kml' (expected .fit, .gpx or .tcx, optionally gzipped)");
    }

    @Test
    void a_gzip_bomb_is_stopped_at_the_size_limit() throws Exception {
        var bomb = gzippedZeros(200L * 1024 * 1024);
        assertThat(bomb.length).as("a small upload").isLessThan(1024 * 1024);

        assertThatThrownBy(() -> Fixtures.read("bomb.fit.gz", bomb))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessage("the file expands to more than 10 MB when decompressed, over the limit for a recording");
    }

    @Test
    void a_plain_file_over_the_size_limit_is_refused() {
        var reader = new RecordingReader(1024);

        assertThatThrownBy(() -> reader.read("big.gpx", new ByteArrayInputStream(new byte[4096])))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessage("the file is larger than 1024 bytes, over the limit for a recording");
    }

    @Test
    void a_cut_off_gzip_download_is_reported_as_truncated_gzip() throws Exception {
        var whole = Fixtures.bytes("4012345678.fit.gz");
        var cut = copyToTemp("4012345678.fit.gz", Arrays.copyOf(whole, whole.length - 100));

        assertThatThrownBy(() -> readFile(cut))
                .isInstanceOf(UnreadableRecordingException.class)
                .hasMessageStartingWith("gzip data is corrupt or truncated");
    }

    @Test
    void gzip_is_recognised_by_its_magic_bytes_even_without_a_gz_name() throws Exception {
        var recording = Fixtures.read("run.fit", Fixtures.bytes("4012345678.fit.gz"));

        assertThat(recording.track().distanceM()).isEqualTo(Fixtures.read("run-garmin-fr645m.fit").track().distanceM());
    }

    private Path copyToTemp(String name, byte[] content) throws IOException {
        return Files.write(temp.resolve(name), content);
    }

    private static Recording readFile(Path file) throws IOException, UnreadableRecordingException {
        try (var in = Files.newInputStream(file)) {
            return Fixtures.read(file.getFileName().toString(), in);
        }
    }

    /** Streams zeros through gzip in chunks: only the compressed bytes (about 200 KB) are ever held. */
    private static byte[] gzippedZeros(long size) throws IOException {
        var compressed = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(compressed)) {
            var chunk = new byte[64 * 1024];
            for (long written = 0; written < size; written += chunk.length) {
                gzip.write(chunk);
            }
        }
        return compressed.toByteArray();
    }

    private static void writeLittleEndianInt(byte[] bytes, int offset, int value) {
        for (var i = 0; i < 4; i++) {
            bytes[offset + i] = (byte) (value >> (8 * i));
        }
    }

    private static int fitCrc(byte[] bytes, int length) {
        var crc = 0;
        for (var i = 0; i < length; i++) {
            crc = com.garmin.fit.CRC.get16(crc, bytes[i]);
        }
        return crc;
    }
}
