package app.runaway.web;

import app.runaway.athlete.AthleteProfile;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.security.CurrentAthlete;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page shows: the signed-in athlete's profile (name, units, zone) and figures in their units. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {
    private final AthleteProfiles profiles;

    PageModel(AthleteProfiles profiles) {
        this.profiles = profiles;
    }

    @ModelAttribute
    void addAthlete(@AuthenticationPrincipal CurrentAthlete athlete, org.springframework.ui.Model model) {
        if (athlete != null) {
            AthleteProfile me = profiles.get(athlete.id());
            model.addAttribute("me", me);
            model.addAttribute("fmt", new Figures(me.units(), me.timezone()));
        }
    }
}
