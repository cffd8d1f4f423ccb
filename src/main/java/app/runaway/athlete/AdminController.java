package app.runaway.athlete;

import app.runaway.platform.InvalidInputException;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operator endpoints (the token in `$RUNAWAY_HOME/admin.token`). */
@RestController
class AdminController {
    private final AthleteAccounts accounts;
    private final Athletes athletes;

    AdminController(AthleteAccounts accounts, Athletes athletes) {
        this.accounts = accounts;
        this.athletes = athletes;
    }

    record NewAthleteRequest(String name, String timezone) {
    }

    record NewAthleteResponse(long id, long athleteId, String name, String token) {
    }

    @PostMapping("/api/admin/athletes")
    @ResponseStatus(HttpStatus.CREATED)
    NewAthleteResponse create(@RequestBody NewAthleteRequest request) {
        if (request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            throw new InvalidInputException("name", "must be a non-empty text of at most 100 characters");
        }
        var zone = request.timezone() == null ? ZoneId.of("UTC")
                : AthleteZones.parse("timezone", request.timezone(), athletes::databaseKnowsZone);
        var account = accounts.create(request.name().strip(), zone);
        return new NewAthleteResponse(account.athleteId(), account.athleteId(), request.name().strip(), account.token());
    }
}
