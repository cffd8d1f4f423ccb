package app.runaway.web;

import app.runaway.security.CurrentAthlete;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard. */
@Controller
class DashboardController {

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal CurrentAthlete athlete, Model model) {
        return "dashboard";
    }
}
