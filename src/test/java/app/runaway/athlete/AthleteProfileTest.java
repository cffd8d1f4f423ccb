package app.runaway.athlete;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AthleteProfileTest extends IntegrationTest {

    @Test
    void a_put_changes_only_the_fields_it_sends() {
        var athlete = newAthlete("Eliud");
        api.put("/api/athlete", athlete.token(), Map.of("units", "imperial", "timezone", "Africa/Nairobi"));

        var changed = api.put("/api/athlete", athlete.token(), Map.of("max_heartrate", 188, "resting_heartrate", 42,
                "sex", "M", "birth_year", 1984));

        assertThat(changed.status()).isEqualTo(200);
        var profile = api.get("/api/athlete", athlete.token()).body();
        assertThat(profile.get("name").asString()).isEqualTo("Eliud");
        assertThat(profile.get("units").asString()).isEqualTo("imperial");
        assertThat(profile.get("timezone").asString()).isEqualTo("Africa/Nairobi");
        assertThat(profile.get("max_heartrate").asInt()).isEqualTo(188);
        assertThat(profile.get("resting_heartrate").asInt()).isEqualTo(42);
        assertThat(profile.get("sex").asString()).isEqualTo("M");
        assertThat(profile.get("birth_year").asInt()).isEqualTo(1984);
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "units|furlongs",
            "timezone|Mars/Olympus_Mons",
            "timezone|+02:00",
            "timezone|UTC+2",
            "timezone|GMT-05:00",
            "sex|X",
            "max_heartrate|400",
            "resting_heartrate|5",
            "birth_year|1850",
            "name|''",
            "unitz|metric"})
    void an_invalid_value_answers_400_naming_the_field(String field, String value) {
        var athlete = newAthlete("Paula");
        var body = new HashMap<String, Object>();
        body.put(field, field.endsWith("heartrate") || field.equals("birth_year") ? Integer.valueOf(value) : value);

        var refused = api.put("/api/athlete", athlete.token(), body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("detail").asString()).startsWith(field + ":");
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo(field);
        assertThat(api.get("/api/athlete", athlete.token()).body().get("units").asString()).isEqualTo("metric");
    }

    @Test
    void the_operator_cannot_give_an_athlete_an_offset_for_a_zone() {
        var refused = api.post("/api/admin/athletes", adminToken(), Map.of("name", "Offset", "timezone", "UTC+2"));
        var accepted = api.post("/api/admin/athletes", adminToken(), Map.of("name", "Zone", "timezone", "Asia/Tokyo"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("timezone");
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(api.get("/api/athlete", accepted.body().get("token").asString()).body().get("timezone").asString())
                .isEqualTo("Asia/Tokyo");
    }

    @Test
    void resting_heart_rate_must_stay_below_max() {
        var athlete = newAthlete("Kipchoge");
        api.put("/api/athlete", athlete.token(), Map.of("max_heartrate", 110));

        var refused = api.put("/api/athlete", athlete.token(), Map.of("resting_heartrate", 115));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("resting_heartrate");
    }

    @Test
    void a_body_that_is_not_json_answers_400() {
        var athlete = newAthlete("Joan");

        var refused = api.put("/api/athlete", athlete.token(), "not an object");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }
}
