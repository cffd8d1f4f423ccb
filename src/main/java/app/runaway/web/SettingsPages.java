package app.runaway.web;

import app.runaway.athlete.AthleteProfile;
import app.runaway.athlete.AthleteProfiles;
import app.runaway.mydata.MyData;
import app.runaway.platform.InvalidInputException;
import app.runaway.security.CurrentAthlete;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Settings (units, time zone, heart rate, birth year: the profile the API's {@code PUT /api/athlete} changes) and
 * my data (the zip of {@code GET /api/my-data}, the deletion of {@code DELETE /api/my-data}), and the Strava
 * connection ({@link StravaPages} does its actions).
 */
@Controller
class SettingsPages {
    private final AthleteProfiles profiles;
    private final MyData data;
    private final StravaSection strava;

    SettingsPages(AthleteProfiles profiles, MyData data, StravaSection strava) {
        this.profiles = profiles;
        this.data = data;
        this.strava = strava;
    }

    /** The profile form's fields as typed (or as stored), so that a refused value stays in its box. */
    record ProfileForm(String units, String timezone, String maxHeartrate, String restingHeartrate,
                       String birthYear) {
        static ProfileForm of(AthleteProfile profile) {
            return new ProfileForm(profile.units().code(), profile.timezone().getId(), text(profile.maxHeartrate()),
                    text(profile.restingHeartrate()), text(profile.birthYear()));
        }

        static ProfileForm of(Map<String, String> typed, AthleteProfile profile) {
            var stored = of(profile);
            return new ProfileForm(typed.getOrDefault("units", stored.units()),
                    typed.getOrDefault("timezone", stored.timezone()),
                    typed.getOrDefault("max_heartrate", stored.maxHeartrate()),
                    typed.getOrDefault("resting_heartrate", stored.restingHeartrate()),
                    typed.getOrDefault("birth_year", stored.birthYear()));
        }

        private static String text(Integer value) {
            return value == null ? "" : value.toString();
        }
    }

    @GetMapping("/settings")
    String page(@AuthenticationPrincipal CurrentAthlete athlete, @RequestParam(required = false) String sync,
                Model model) {
        model.addAttribute("confirmation", MyData.CONFIRMATION);
        model.addAttribute("form", ProfileForm.of(profiles.get(athlete.id())));
        strava.addTo(athlete.id(), sync, model);
        return "settings";
    }

    @PostMapping("/settings")
    String save(@AuthenticationPrincipal CurrentAthlete athlete, @RequestParam Map<String, String> form,
                Model model) {
        var changes = new HashMap<String, Object>();
        for (var field : new String[] {"units", "timezone", "max_heartrate", "resting_heartrate", "birth_year"}) {
            if (form.containsKey(field)) {
                changes.put(field, value(form.get(field)));
            }
        }
        model.addAttribute("confirmation", MyData.CONFIRMATION);
        try {
            var changed = profiles.change(athlete.id(), changes);
            model.addAttribute("me", changed);
            model.addAttribute("fmt", new Figures(changed.units(), changed.timezone()));
            model.addAttribute("saved", true);
            model.addAttribute("form", ProfileForm.of(changed));
        } catch (InvalidInputException e) {
            // shown beside the form, which keeps what was typed
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("form", ProfileForm.of(form, profiles.get(athlete.id())));
        }
        strava.addTo(athlete.id(), null, model);
        return "settings";
    }

    @GetMapping("/settings/my-data.zip")
    void export(@AuthenticationPrincipal CurrentAthlete athlete, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + data.fileName() + "\"");
        data.export(athlete.id(), response.getOutputStream());
    }

    @PostMapping("/settings/delete-my-data")
    String delete(@AuthenticationPrincipal CurrentAthlete athlete,
                  @RequestParam(defaultValue = "") String confirmation, Model model) {
        model.addAttribute("confirmation", MyData.CONFIRMATION);
        model.addAttribute("form", ProfileForm.of(profiles.get(athlete.id())));
        if (!MyData.CONFIRMATION.equals(confirmation.strip())) {
            model.addAttribute("deleteProblem", "Nothing was deleted: type \"" + MyData.CONFIRMATION
                    + "\" exactly to confirm.");
        } else {
            model.addAttribute("deleted", data.delete(athlete.id()).rows());
        }
        strava.addTo(athlete.id(), null, model);
        return "settings";
    }

    /** A form's text as the profile change takes it: blank clears, a whole number is a number. */
    private static Object value(String text) {
        var value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.matches("-?\\d{1,9}")) {
            return Integer.parseInt(value);
        }
        return value;
    }
}
