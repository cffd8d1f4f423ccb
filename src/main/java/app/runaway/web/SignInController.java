package app.runaway.web;

import app.runaway.security.BrowserSessions;
import app.runaway.security.CurrentAthlete;
import app.runaway.strava.StravaInBrowser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing a browser in: the athlete's token once, a session cookie after (sign-out is the security chain's); or,
 * where the operator turned Strava sign-up on, through Strava's consent page (the callback signs the browser in).
 */
@Controller
class SignInController {
    private final BrowserSessions sessions;
    private final StravaInBrowser strava;

    SignInController(BrowserSessions sessions, StravaInBrowser strava) {
        this.sessions = sessions;
        this.strava = strava;
    }

    @ModelAttribute
    void offerStrava(Model model) {
        model.addAttribute("stravaSignIn", strava.signUpOffered());
    }

    @GetMapping("/signin")
    String form(@AuthenticationPrincipal CurrentAthlete athlete) {
        return athlete != null ? "redirect:/" : "signin";
    }

    /** To Strava's consent page, with a state for a sign-up or sign-in, kept in this browser's (new) session. */
    @GetMapping("/signin/strava")
    String withStrava(HttpServletRequest request) {
        return "redirect:" + strava.start(null, request);
    }

    @PostMapping("/signin")
    String signIn(@RequestParam(required = false) String token, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        return switch (sessions.signIn(token, request, response)) {
            case BrowserSessions.SignIn.SignedIn signedIn -> "redirect:/";
            case BrowserSessions.SignIn.Refused refused -> "redirect:/signin?error";
            case BrowserSessions.SignIn.TooManyFailures tooMany -> {
                var seconds = tooMany.retryAfterSeconds();
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                model.addAttribute("retryMinutes", (seconds + 59) / 60);
                yield "signin";
            }
        };
    }
}
