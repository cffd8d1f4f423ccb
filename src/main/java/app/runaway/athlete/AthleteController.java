package app.runaway.athlete;

import app.runaway.security.CurrentAthlete;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in athlete's own profile. */
@RestController
@RequestMapping("/api/athlete")
class AthleteController {
    private final AthleteProfiles profiles;

    AthleteController(AthleteProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    AthleteView get(@AuthenticationPrincipal CurrentAthlete athlete) {
        return AthleteView.of(profiles.get(athlete.id()));
    }

    @PutMapping
    AthleteView put(@AuthenticationPrincipal CurrentAthlete athlete, @RequestBody Map<String, Object> changes) {
        return AthleteView.of(profiles.change(athlete.id(), changes));
    }

    record AthleteView(long id, String name, String units, String timezone, Integer birthYear, String sex,
                       Integer maxHeartrate, Integer restingHeartrate) {
        static AthleteView of(AthleteProfile profile) {
            return new AthleteView(profile.id(), profile.name(), profile.units().code(), profile.timezone().getId(),
                    profile.birthYear(), profile.sex(), profile.maxHeartrate(), profile.restingHeartrate());
        }
    }
}
