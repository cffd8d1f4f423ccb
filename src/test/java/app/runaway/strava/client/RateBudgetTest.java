package app.runaway.strava.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.runaway.support.IntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** When a 429 says to try again, for a request that reached Strava in a later window than it was reserved in. */
class RateBudgetTest extends IntegrationTest {
    @Autowired
    RateBudget budget;

    @Test
    void a_429_answered_in_the_window_after_the_reservation_waits_for_the_end_of_that_later_window()
            throws InterruptedException {
        var window = STRAVA_WINDOW.toMillis();
        // reserve early in a window, then let the "request" take until the next window (a loaded machine, a slow net)
        Thread.sleep(window - System.currentTimeMillis() % window + 50);
        var reservation = budget.reserve();
        Thread.sleep(window - System.currentTimeMillis() % window + 50);
        var answeredIn = Instant.ofEpochMilli(System.currentTimeMillis() / window * window);

        var until = budget.exhausted(reservation, new RateBudget.Reported(null, null, null, null, null, null, null,
                null));

        assertThat(answeredIn).isAfter(reservation.shortWindow());
        assertThat(until).as("the end of the window Strava refused in, not of the one reserved in")
                .isEqualTo(answeredIn.plusMillis(window));
        // and every job sees that window spent, through the shared budget
        assertThatThrownBy(budget::reserve).isInstanceOfSatisfying(StravaApiException.RateLimited.class,
                limited -> assertThat(limited.until()).isEqualTo(until));
    }
}
