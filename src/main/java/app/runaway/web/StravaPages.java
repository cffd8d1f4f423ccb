package app.runaway.web;

import app.runaway.platform.NotFoundException;
import app.runaway.security.CurrentAthlete;
import app.runaway.strava.StravaInBrowser;
import app.runaway.strava.StravaLink;
import app.runaway.strava.StravaRefusal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Strava from the settings page: connect (or reconnect) through Strava's consent page, sync now, disconnect. The
 * same link as the JSON API's {@code /api/strava} and {@code /api/sync}; each action lands back on the settings
 * page (a flash attribute says what happened, so a reload repeats nothing).
 */
@Controller
class StravaPages {
    private final StravaLink link;
    private final StravaInBrowser browser;
    private final StravaSection section;

    StravaPages(StravaLink link, StravaInBrowser browser, StravaSection section) {
        this.link = link;
        this.browser = browser;
        this.section = section;
    }

    /** To Strava's consent page, with a state bound to this athlete and to this browser's session. */
    @GetMapping("/settings/strava/connect")
    String connect(@AuthenticationPrincipal CurrentAthlete athlete, HttpServletRequest request) {
        return "redirect:" + browser.start(athlete.id(), request);
    }

    /** A refusal (disconnected in another window, access revoked on Strava) is said on the settings page. */
    @PostMapping("/settings/strava/sync")
    String sync(@AuthenticationPrincipal CurrentAthlete athlete, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("syncJob", link.syncNow(athlete.id()).toString());
        } catch (StravaRefusal e) {
            flash.addFlashAttribute("stravaProblem", "Not synced: " + e.forRunner());
        }
        return "redirect:/settings#strava";
    }

    @PostMapping("/settings/strava/disconnect")
    String disconnect(@AuthenticationPrincipal CurrentAthlete athlete, RedirectAttributes flash) {
        try {
            var disconnected = link.disconnect(athlete.id());
            flash.addFlashAttribute("stravaRevoked", disconnected.revoked());
            flash.addFlashAttribute("stravaDeleted", disconnected.activitiesDeleted());
            flash.addFlashAttribute("stravaKept", disconnected.activitiesKept());
        } catch (StravaRefusal e) {
            flash.addFlashAttribute("stravaProblem", "Nothing to disconnect: " + e.forRunner());
        }
        return "redirect:/settings#strava";
    }

    /** A sync's panel, which htmx polls every second until the sync has ended. */
    @GetMapping("/settings/strava/sync/{id}")
    String syncJob(@AuthenticationPrincipal CurrentAthlete athlete, @PathVariable UUID id, Model model) {
        model.addAttribute("stravaSync", section.sync(athlete.id(), id)
                .orElseThrow(() -> new NotFoundException("sync " + id)));
        return "strava-sync :: job";
    }
}
