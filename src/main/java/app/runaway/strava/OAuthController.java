package app.runaway.strava;

import app.runaway.athlete.AthleteAccounts;
import app.runaway.platform.ConflictException;
import app.runaway.platform.InvalidInputException;
import app.runaway.security.BrowserSessions;
import app.runaway.security.CurrentAthlete;
import app.runaway.strava.client.StravaApiException;
import app.runaway.strava.client.StravaClient;
import app.runaway.strava.client.TokenGrant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Connecting Strava. {@code /api/oauth/authorize} answers the URL of Strava's consent page with a signed, single-use
 * state bound to the athlete; Strava sends the browser back to {@code /api/oauth/callback}, which checks the state
 * and the granted scope before anything is stored, exchanges the code, stores the connection and queues a full sync.
 * With {@code RUNAWAY_STRAVA_SIGNUP=true} a browser without a token may connect too: the callback creates an athlete
 * (or signs in the one already connected to that Strava athlete) and answers its token once. The web app starts the
 * same flow for the browser ({@link StravaInBrowser}); its callback redirects back to the web app instead.
 */
@RestController
class OAuthController {
    private static final Set<String> ACTIVITY_SCOPES = Set.of("activity:read", "activity:read_all");

    private final StravaSettings settings;
    private final OAuthStates states;
    private final StravaClient client;
    private final StravaConnections connections;
    private final AthleteAccounts accounts;
    private final SyncQueue syncs;
    private final TransactionTemplate transaction;
    private final StravaInBrowser browser;
    private final BrowserSessions sessions;

    OAuthController(StravaSettings settings, OAuthStates states, StravaClient client, StravaConnections connections,
                    AthleteAccounts accounts, SyncQueue syncs, TransactionTemplate transaction,
                    StravaInBrowser browser, BrowserSessions sessions) {
        this.settings = settings;
        this.states = states;
        this.client = client;
        this.connections = connections;
        this.accounts = accounts;
        this.syncs = syncs;
        this.transaction = transaction;
        this.browser = browser;
        this.sessions = sessions;
    }

    record Authorize(String authorizeUrl, String redirectUri, String scope, long stateExpiresInS, boolean signUp) {
    }

    @RequestMapping(path = "/api/oauth/authorize", method = {RequestMethod.GET, RequestMethod.POST})
    Authorize authorize(@AuthenticationPrincipal CurrentAthlete athlete, HttpServletRequest request) {
        requireConfigured();
        if (athlete == null && (!settings.signup() || request.getHeader("Authorization") != null)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                    "a valid 'Authorization: Bearer <token>' header is required");
        }
        var state = transaction.execute(status -> states.issue(athlete == null ? null : athlete.id()));
        var url = settings.authorizeUrl(state);
        return new Authorize(url, settings.redirectUri(), StravaSettings.SCOPE, OAuthStates.LIFETIME.toSeconds(),
                athlete == null);
    }

    /** The callback's answer; {@code token} only for an athlete just signed up or signed in, shown this once. */
    record Connected(long athleteId, long stravaAthleteId, String scope, boolean signedUp, String token,
                     SyncQueue.SyncJob sync) {
    }

    /**
     * The JSON flow answers {@link Connected}; a browser flow (a state issued by {@link StravaInBrowser}, and held by
     * this browser's session) redirects to the web app: signed in on the dashboard after a sign-up or sign-in, on the
     * settings page after connecting from there, and to the page it came from saying why when it was refused.
     */
    @GetMapping("/api/oauth/callback")
    ResponseEntity<Connected> callback(@RequestParam(required = false) String code,
                                       @RequestParam(required = false) String state,
                                       @RequestParam(required = false) String scope,
                                       @RequestParam(required = false) String error,
                                       HttpServletRequest request, HttpServletResponse response) {
        requireConfigured();
        if (state == null || state.isBlank()) {
            throw new InvalidInputException("state", "is missing: start again at /api/oauth/authorize");
        }
        var check = transaction.execute(status -> states.consume(state));
        if (check.browser() && !browser.claim(request, state)) {
            throw new InvalidInputException("state", "was issued to another browser session (or this browser's "
                    + "session has ended): start again from the web app");
        }
        if (check instanceof OAuthStates.Check.Refused refused) {
            if (refused.browser() && refused.expired()) {
                return backToWebApp(refused.athleteId(), "refused&reason=expired");
            }
            throw new InvalidInputException("state", refused.reason());
        }
        var accepted = (OAuthStates.Check.Accepted) check;
        if (!accepted.browser()) {
            return ResponseEntity.ok(connect(accepted.athleteId(), code, scope, error, false));
        }
        Connected connected;
        try {
            connected = connect(accepted.athleteId(), code, scope, error, true);
        } catch (InvalidInputException e) {
            return backToWebApp(accepted.athleteId(), "refused&reason=" + switch (e.field()) {
                case "error" -> "denied";
                case "scope" -> "scope";
                default -> "code";
            });
        } catch (ConflictException e) {
            return backToWebApp(accepted.athleteId(), "refused&reason=taken");
        }
        if (accepted.athleteId() == null) {
            sessions.signInAthlete(connected.athleteId(), request, response);
            if (connected.token() != null) {
                browser.keepNewToken(request, connected.token());
            }
        }
        return backToWebApp(accepted.athleteId(), "connected&sync=" + connected.sync().jobId());
    }

    /** The settings page for an athlete who connected from there, the dashboard or sign-in page for a sign-in. */
    private static ResponseEntity<Connected> backToWebApp(Long boundAthlete, String outcome) {
        var signIn = boundAthlete == null;
        var page = outcome.startsWith("connected") ? (signIn ? "/" : "/settings")
                : (signIn ? "/signin" : "/settings");
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(page + "?strava=" + outcome)).build();
    }

    private Connected connect(Long athleteId, String code, String scope, String error, boolean inBrowser) {
        if (error != null) {
            throw new InvalidInputException("error", "Strava's authorization was not granted (" + error + ")");
        }
        if (!grantsActivities(scope)) {
            throw new InvalidInputException("scope", "Runaway needs to read your activities, and the authorization "
                    + "granted '" + (scope == null ? "" : scope) + "': connect again and keep 'View data about your "
                    + "activities' checked (activity:read or activity:read_all)");
        }
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "is missing");
        }
        TokenGrant grant;
        try {
            grant = client.exchange(code);
        } catch (StravaApiException.GrantRefused e) {
            throw new InvalidInputException("code", "Strava refused the authorization code (used or expired): "
                    + "connect again");
        }
        if (grant.athlete() == null) {
            throw new StravaApiException.Unavailable("Strava's token answer named no athlete");
        }
        return transaction.execute(status -> store(athleteId, scope, grant, inBrowser));
    }

    /**
     * Stores the connection for the bound athlete, or signs up (a new athlete and its token) or signs in (the athlete
     * already connected to that Strava athlete: a new token for the JSON flow; the browser needs none, its session
     * is the sign-in).
     */
    private Connected store(Long boundAthlete, String scope, TokenGrant grant, boolean inBrowser) {
        var stravaAthlete = grant.athlete().id();
        var connectedTo = connections.athleteOf(stravaAthlete);
        long athleteId;
        String token = null;
        var signedUp = false;
        if (boundAthlete != null) {
            if (connectedTo.isPresent() && connectedTo.get() != boundAthlete.longValue()) {
                throw new ConflictException("this Strava athlete is already connected to another Runaway athlete");
            }
            athleteId = boundAthlete;
        } else if (connectedTo.isPresent()) {
            athleteId = connectedTo.get();
            token = inBrowser ? null : accounts.issueToken(athleteId, "signed in with Strava");
        } else {
            var account = accounts.signUp(grant.athlete().name() == null ? "Strava athlete " + stravaAthlete
                    : grant.athlete().name());
            athleteId = account.athleteId();
            token = account.token();
            signedUp = true;
        }
        connections.save(athleteId, scope, grant);
        return new Connected(athleteId, stravaAthlete, scope, signedUp, token, syncs.submit(athleteId, SyncMode.FULL));
    }

    private static boolean grantsActivities(String scope) {
        return scope != null && Arrays.stream(scope.split(",")).map(String::strip).anyMatch(ACTIVITY_SCOPES::contains);
    }

    private void requireConfigured() {
        if (!settings.configured()) {
            throw new StravaNotConfiguredException();
        }
    }
}
