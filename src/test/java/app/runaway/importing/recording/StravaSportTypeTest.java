package app.runaway.importing.recording;

import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StravaSportTypeTest {

    @Test
    void FIT_sport_and_sub_sport_map_to_Strava_sport_types() {
        assertThat(StravaSportType.ofFit(Sport.RUNNING, SubSport.GENERIC)).isEqualTo("Run");
        assertThat(StravaSportType.ofFit(Sport.RUNNING, SubSport.TRAIL)).isEqualTo("TrailRun");
        assertThat(StravaSportType.ofFit(Sport.RUNNING, SubSport.VIRTUAL_ACTIVITY)).isEqualTo("VirtualRun");
        assertThat(StravaSportType.ofFit(Sport.RUNNING, null)).isEqualTo("Run");
        assertThat(StravaSportType.ofFit(Sport.CYCLING, SubSport.MOUNTAIN)).isEqualTo("MountainBikeRide");
        assertThat(StravaSportType.ofFit(Sport.CROSS_COUNTRY_SKIING, SubSport.SKATE_SKIING)).isEqualTo("NordicSki");
        assertThat(StravaSportType.ofFit(Sport.TRAINING, SubSport.STRENGTH_TRAINING)).isEqualTo("WeightTraining");
        assertThat(StravaSportType.ofFit(Sport.HIKING, null)).isEqualTo("Hike");
        assertThat(StravaSportType.ofFit(Sport.BOXING, null)).isEqualTo("Workout");
        assertThat(StravaSportType.ofFit(null, null)).isNull();
    }

    @Test
    void GPX_types_from_Garmin_Connect_words_and_Strava_codes_map_to_Strava_sport_types() {
        assertThat(StravaSportType.ofGpxType("running")).isEqualTo("Run");
        assertThat(StravaSportType.ofGpxType("trail_running")).isEqualTo("TrailRun");
        assertThat(StravaSportType.ofGpxType("road_biking")).isEqualTo("Ride");
        assertThat(StravaSportType.ofGpxType("hiking")).isEqualTo("Hike");
        assertThat(StravaSportType.ofGpxType("9")).isEqualTo("Run");
        assertThat(StravaSportType.ofGpxType("1")).isEqualTo("Ride");
        assertThat(StravaSportType.ofGpxType("77")).as("an unknown code is not guessed").isNull();
        assertThat(StravaSportType.ofGpxType(null)).isNull();
    }

    @Test
    void TCX_sports_map_to_Strava_sport_types() {
        assertThat(StravaSportType.ofTcxSport("Running")).isEqualTo("Run");
        assertThat(StravaSportType.ofTcxSport("Biking")).isEqualTo("Ride");
        assertThat(StravaSportType.ofTcxSport("Other")).isEqualTo("Workout");
    }
}
