package app.runaway.importing.recording;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Randomly damaged copies of every fixture either read or fail with {@link UnreadableRecordingException}: no
 * unchecked exception ever reaches the importer. FIT copies get a fresh CRC, so the damage reaches the decoder
 * instead of stopping at the CRC check. The seed is fixed so a failure reproduces.
 */
class DamagedRecordingTest {

    private static final int COPIES = 100;

    @ParameterizedTest
    @Timeout(60) // jpx alone ran for minutes on such a copy; a hang must fail the build, not stall it
    @ValueSource(strings = {"run-garmin-fr645m.fit", "run-stryd-developer-fields.fit",
            "run-fr70-compressed-timestamps.fit", "run-strava-export.gpx", "run-garmin-connect.gpx", "sample.tcx"})
    void a_damaged_file_reads_or_is_reported_unreadable_but_never_crashes(String fixture) {
        var original = Fixtures.bytes(fixture);
        var random = new Random(fixture.hashCode());
        for (var copy = 0; copy < COPIES; copy++) {
            var damaged = original.clone();
            for (var flips = 1 + random.nextInt(8); flips > 0; flips--) {
                var at = 14 + random.nextInt(damaged.length - 16);
                damaged[at] = (byte) random.nextInt(256);
            }
            if (fixture.endsWith(".fit")) {
                rewriteFitCrc(damaged);
            }
            var failure = catchThrowable(() -> Fixtures.read(fixture, damaged));
            if (failure != null) {
                assertThat(failure).as("damaged copy %d of %s", copy, fixture)
                        .isInstanceOf(UnreadableRecordingException.class);
            }
        }
    }

    private static void rewriteFitCrc(byte[] bytes) {
        var crc = 0;
        for (var i = 0; i < bytes.length - 2; i++) {
            crc = com.garmin.fit.CRC.get16(crc, bytes[i]);
        }
        bytes[bytes.length - 2] = (byte) crc;
        bytes[bytes.length - 1] = (byte) (crc >> 8);
    }
}
