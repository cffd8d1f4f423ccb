package app.runaway.security;

import app.runaway.platform.InvalidInputException;
import app.runaway.platform.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * `GET /api/tokens`, `DELETE /api/tokens/{id}`: an athlete lists and revokes its own tokens; the operator lists and
 * revokes any athlete's with `?athlete_id=`, and its own without. A token is never shown again after it was issued:
 * a listing names it by id, label and dates. A revoked token fails from the next request on, on every node.
 */
@RestController
@RequestMapping("/api/tokens")
class TokenController {
    private final AccessTokens tokens;

    TokenController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** @param current whether the request came with this token */
    record TokenView(long id, String label, String role, Long athleteId, Instant createdAt, Instant lastUsedAt,
                     boolean current) {
    }

    record TokenList(List<TokenView> tokens) {
    }

    @GetMapping
    TokenList list(Authentication authentication,
                   @RequestParam(name = "athlete_id", required = false) String athleteId) {
        var inUse = authentication.getDetails() instanceof BearerTokenFilter.TokenInUse token ? token.tokenId() : -1;
        return new TokenList(tokens.list(owner(authentication, athleteId)).stream()
                .map(t -> new TokenView(t.id(), t.label(), t.role(), t.athleteId(), t.createdAt(), t.lastUsedAt(),
                        t.id() == inUse))
                .toList());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(Authentication authentication, @PathVariable long id,
                                @RequestParam(name = "athlete_id", required = false) String athleteId) {
        if (!tokens.revoke(owner(authentication, athleteId), id)) {
            throw new NotFoundException("token " + id);
        }
        return ResponseEntity.noContent().build();
    }

    /** Whose tokens the request may see: the athlete's own, or for the operator the one named (else its own). */
    private static Long owner(Authentication authentication, String athleteId) {
        if (authentication.getPrincipal() instanceof CurrentAthlete athlete) {
            athlete.requireSame(athleteId);
            return athlete.id();
        }
        if (athleteId == null || athleteId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(athleteId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("athlete_id", "must be an athlete's id");
        }
    }
}
