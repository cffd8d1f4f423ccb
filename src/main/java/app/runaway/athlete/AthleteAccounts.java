package app.runaway.athlete;

import app.runaway.security.AccessTokens;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates athletes together with their first bearer token. */
@Service
public class AthleteAccounts {
    private final Athletes athletes;
    private final AccessTokens tokens;

    AthleteAccounts(Athletes athletes, AccessTokens tokens) {
        this.athletes = athletes;
        this.tokens = tokens;
    }

    /** The new athlete's id and its token; the token is shown once and stored only as a hash. */
    public record NewAccount(long athleteId, String token) {
    }

    @Transactional
    public NewAccount create(String name, ZoneId timezone) {
        var id = athletes.create(name, timezone, false, false);
        return new NewAccount(id, tokens.issueForAthlete(id, "created by the operator"));
    }

    @Transactional
    public NewAccount createDemo(String name, ZoneId timezone) {
        var id = athletes.create(name, timezone, false, true);
        return new NewAccount(id, tokens.issueForAthlete(id, "demo"));
    }

    /** An athlete who signed up by connecting Strava (RUNAWAY_STRAVA_SIGNUP), with its first token. */
    @Transactional
    public NewAccount signUp(String name) {
        var id = athletes.create(name, ZoneId.of("UTC"), false, false);
        return new NewAccount(id, tokens.issueForAthlete(id, "signed up with Strava"));
    }

    /** A new token for an athlete who signed in again through a provider that proved who they are. */
    public String issueToken(long athleteId, String label) {
        return tokens.issueForAthlete(athleteId, label);
    }

    public Optional<Long> demoAthlete() {
        return athletes.demo();
    }

    public void registerToken(long athleteId, String token, String label) {
        tokens.register(token, athleteId, label);
    }
}
