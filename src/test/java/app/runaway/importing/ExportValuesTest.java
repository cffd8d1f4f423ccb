package app.runaway.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportValuesTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "Aug 15, 2022, 3:09:27 PM|2022-08-15T15:09:27Z",
            "Aug 15, 2022, 3:09:27\u202FPM|2022-08-15T15:09:27Z",
            "aug 15, 2022, 3:09:27 pm|2022-08-15T15:09:27Z",
            "Aug 15, 2022 3:09:27 AM|2022-08-15T03:09:27Z",
            "Dec 31, 2022, 12:30:00 AM|2022-12-31T00:30:00Z",
            "15 Aug 2022, 15:09:27|2022-08-15T15:09:27Z",
            "15 Sep 2022, 15:09:27|2022-09-15T15:09:27Z",
            "15 Sept 2022, 15:09:27|2022-09-15T15:09:27Z",
            "Sep 15, 2022, 3:09:27 PM|2022-09-15T15:09:27Z",
            "2014-05-04 08:10:00|2014-05-04T08:10:00Z",
            "2014-05-04T08:10:00Z|2014-05-04T08:10:00Z",
            "8/15/2022 3:09:27 PM|2022-08-15T15:09:27Z"})
    void export_dates_in_the_forms_strava_has_written_are_utc(String text, String expected) {
        assertThat(ExportValues.utcDate(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {"2387.8|2387.8", "1,234.5|1234.5", "2,38|2.38", "-0.2|-0.2", "0|0"})
    void numbers_tolerate_thousands_separators_and_decimal_commas(String text, double expected) {
        assertThat(ExportValues.number(text)).contains(expected);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {"Run|Run", "Weight Training|WeightTraining", "Nordic Ski|NordicSki",
            "Virtual Run|VirtualRun", "E-Bike Ride|EBikeRide", "Rock Climb|RockClimbing", "Golf|Golf"})
    void activity_types_become_api_sport_types(String exportType, String sportType) {
        assertThat(ExportValues.sportType(exportType)).isEqualTo(sportType);
    }

    @ParameterizedTest(name = "''{0}'' is ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "<span class=\"translation_missing\" title=\"translation missing: en-US.x\">Start Time</span>|start time",
            "\uFEFFActivity ID|activity id",
            "  Max  Heart Rate |max heart rate"})
    void header_names_are_matched_by_what_a_person_sees(String raw, String visible) {
        assertThat(ExportHeader.visibleName(raw)).isEqualTo(visible);
    }
}
