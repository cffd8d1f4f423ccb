package app.runaway.web;

import app.runaway.security.BrowserSessions;
import app.runaway.security.CurrentAthlete;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing a browser in: the athlete's token once, a session cookie after (sign-out is the security chain's). */
@Controller
class SignInController {
    private final BrowserSessions sessions;

    SignInController(BrowserSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/signin")
    String form(@AuthenticationPrincipal CurrentAthlete athlete) {
        return athlete != null ? "redirect:/" : "signin";
    }

    @PostMapping("/signin")
    String signIn(@RequestParam(required = false) String token, HttpServletRequest request,
                  HttpServletResponse response) {
        return sessions.signIn(token, request, response).isPresent() ? "redirect:/" : "redirect:/signin?error";
    }
}
