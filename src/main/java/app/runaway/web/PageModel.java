package app.runaway.web;

import app.runaway.athlete.AthleteProfile;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.security.CurrentAthlete;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: the signed-in athlete's profile (name, units, zone). */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {
    private final AthleteProfiles profiles;

    PageModel(AthleteProfiles profiles) {
        this.profiles = profiles;
    }

    @ModelAttribute("me")
    AthleteProfile me(@AuthenticationPrincipal CurrentAthlete athlete) {
        return athlete == null ? null : profiles.get(athlete.id());
    }
}
