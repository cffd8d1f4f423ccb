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
        assertThat(ExportDates.utc(text, ExportDialect.ENGLISH, true)).contains(Instant.parse(expected));
    }

    /** Dates as the real Italian, Dutch and Spanish exports in the fixtures write them. */
    @ParameterizedTest(name = "{0}: ''{1}'' is {2}")
    @CsvSource(delimiter = '|', value = {
            "ITALIAN|11 ago 2014, 16:27:28|2014-08-11T16:27:28Z",
            "ITALIAN|29 mag 2024, 15:41:35|2024-05-29T15:41:35Z",
            "ITALIAN|27 dic 2014, 10:17:37|2014-12-27T10:17:37Z",
            "DUTCH|8 jul 2017, 15:25:34|2017-07-08T15:25:34Z",
            "DUTCH|2 mei 2025, 17:18:04|2025-05-02T17:18:04Z",
            "DUTCH|14 okt 2025, 17:52:38|2025-10-14T17:52:38Z",
            "DUTCH|23 jun. 2017 15:52:12|2017-06-23T15:52:12Z",
            "DUTCH|17 apr. 2013 15:02:15|2013-04-17T15:02:15Z",
            "DUTCH|3 mrt. 2019 10:05:00|2019-03-03T10:05:00Z",
            "SPANISH|2 ago 2026, 12:20:32\u202Fp.m.|2026-08-02T12:20:32Z",
            "SPANISH|1 ago 2026, 12:53:54\u202Fa.m.|2026-08-01T00:53:54Z",
            "SPANISH|4 oct 2025, 1:30:45\u202Fp.m.|2025-10-04T13:30:45Z",
            "SPANISH|15 ene 2026, 6:05:09\u202Fa.m.|2026-01-15T06:05:09Z"})
    void localised_dates_are_read_with_their_own_month_names(String language, String text, String expected) {
        var dialect = switch (language) {
            case "ITALIAN" -> ExportDialect.ITALIAN;
            case "DUTCH" -> ExportDialect.DUTCH;
            default -> ExportDialect.SPANISH;
        };
        assertThat(ExportDates.utc(text, dialect, true)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "''{0}'' (day first: {1}) is {2}")
    @CsvSource(delimiter = '|', value = {
            "25/06/2015 11:18|true|2015-06-25T11:18:00Z",
            "09/07/2015 16:34|true|2015-07-09T16:34:00Z",
            "9/7/2015 16:34|false|2015-09-07T16:34:00Z",
            "6/25/2015 11:18|false|2015-06-25T11:18:00Z",
            "6/25/2015 11:18:35|false|2015-06-25T11:18:35Z",
            "2015-06-25 11:18|true|2015-06-25T11:18:00Z"})
    void a_spreadsheets_short_date_follows_the_files_order(String text, boolean dayFirst, String expected) {
        assertThat(ExportDates.utc(text, ExportDialect.LOWERCASE_2018, dayFirst)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {"31 giu 2015, 10:00:00", "25/25/2015 11:18", "the day after",
            "13 ago 2014, 13:00:00 p.m."})
    void impossible_dates_are_no_dates(String text) {
        assertThat(ExportDates.utc(text, ExportDialect.ITALIAN, true)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {"2387.8|2387.8", "1,234.5|1234.5", "2,38|2.38", "-0.2|-0.2", "0|0",
            "9625.900390625|9625.900390625", "3.156|3.156"})
    void machine_written_numbers_tolerate_thousands_separators_and_decimal_commas(String text, double expected) {
        assertThat(ExportValues.number(text)).contains(expected);
    }

    @ParameterizedTest(name = "''{0}'' with decimal mark ''{1}'' is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "9.75|.|9.75", "\"1,250\"|.|1250", "800|.|800", "\"1,234.56\"|.|1234.56", "1.250|.|1.25",
            "\"9,62\"|,|9.62", "1.050|,|1050", "1.500|,|1500", "\"1.234,56\"|,|1234.56", "\"1,250\"|,|1.25",
            "9.75|,|9.75", "\"6,12\"|.|6.12"})
    void shown_numbers_follow_the_files_decimal_mark(String text, char decimalMark, double expected) {
        assertThat(ExportValues.displayNumber(text, decimalMark)).contains(expected);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {"Run|Run", "Weight Training|WeightTraining", "Nordic Ski|NordicSki",
            "Virtual Run|VirtualRun", "E-Bike Ride|EBikeRide", "Rock Climb|RockClimbing", "Golf|Golf",
            "VirtualRide|VirtualRide", "AlpineSki|AlpineSki"})
    void activity_types_become_api_sport_types(String exportType, String sportType) {
        assertThat(ExportValues.sportType(exportType)).isEqualTo(sportType);
    }

    @ParameterizedTest(name = "''{0}'' is ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "<span class=\"translation_missing\" title=\"translation missing: en-US.x\">Start Time</span>|start time",
            "\uFEFFActivity ID|activity id",
            "  Max  Heart Rate |max heart rate",
            "Data dell\u2019attività|data dell'attività"})
    void header_names_are_matched_by_what_a_person_sees(String raw, String visible) {
        assertThat(ExportHeader.visibleName(raw)).isEqualTo(visible);
    }
}
