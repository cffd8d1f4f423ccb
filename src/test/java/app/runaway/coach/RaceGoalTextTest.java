package app.runaway.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RaceGoalTextTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Marathon under 4:00 on 2027-04-18            | 42195    | 14400 | 2027-04-18 | A",
            "sub-20 5k                                     | 5000     | 1200  | -          | A",
            "Half marathon in 1:45:00 on 2027-05-02 (B)    | 21097.5  | 6300  | 2027-05-02 | B",
            "half 1:52 2027-09-12 C race                   | 21097.5  | 6720  | 2027-09-12 | C",
            "10k in 45:30                                  | 10000    | 2730  | -          | A",
            "10 miles 1:15                                 | 16093.44 | 4500  | -          | A",
            "sub 3 marathon                                | 42195    | 10800 | -          | A",
            "finish a marathon on 2027-10-10               | 42195    | -     | 2027-10-10 | A",
            "parkrun under 25:00                           | 5000     | 1500  | -          | A",
            "run 30 km in 2:45 on 2027-03-01               | 30000    | 9900  | 2027-03-01 | A"})
    void a_goal_is_read_as_a_runner_writes_it(String text, double distanceM, Integer targetS, LocalDate date,
                                              RaceGoal.Priority priority) {
        var goal = RaceGoalText.parse(text).orElseThrow();

        assertThat(goal.distanceM()).isEqualTo(distanceM);
        assertThat(goal.targetTimeS()).isEqualTo(targetS);
        assertThat(goal.raceDate()).isEqualTo(date);
        assertThat(goal.priority()).isEqualTo(priority);
    }

    @Test
    void text_without_a_race_distance_is_no_goal() {
        assertThat(RaceGoalText.parse("get faster")).isEmpty();
        assertThat(RaceGoalText.parse("marathon on 2027-02-30")).isEmpty();
        assertThat(RaceGoalText.parse("")).isEmpty();
    }
}
