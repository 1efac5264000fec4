package ai.seiketsu.provisioning.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ai.seiketsu.identity.ConsumptionResult;
import ai.seiketsu.identity.RateLimit;
import ai.seiketsu.identity.RateLimitKey;
import ai.seiketsu.identity.RateLimits;
import ai.seiketsu.provisioning.ProvisionedTenant;
import ai.seiketsu.provisioning.Provisioning;
import ai.seiketsu.provisioning.ProvisioningRequest;
import ai.seiketsu.shared.ApiExample;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.PublicEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-service sign-up ({@code POST /api/v1/signup}, public): an agency creates itself on the STARTER plan and
 * gets the same answer as operator provisioning. Besides the limit of every anonymous call, one address may sign
 * up five agencies an hour: each costs a password hash and a whole agency's rows.
 */
@RestController
@Tag(name = "Sign-up")
class SignUpController {

    static final RateLimit PER_ADDRESS = new RateLimit(5, 5, Duration.ofHours(1));

    private final Provisioning provisioning;
    private final RateLimits rateLimits;

    SignUpController(Provisioning provisioning, RateLimits rateLimits) {
        this.provisioning = provisioning;
        this.rateLimits = rateLimits;
    }

    @PostMapping("/api/v1/signup")
    @PublicEndpoint("self-service sign-up; limited per client address")
    @Operation(summary = "Sign an agency up (public): tenant, owner, default voice agent, first API key")
    @ApiResponse(responseCode = "201", description = "Signed up")
    @ApiExample(request = ProvisioningExamples.REQUEST, response = ProvisioningExamples.RESPONSE, status = "201")
    ResponseEntity<ProvisionedTenant> signUp(@RequestBody ProvisioningRequest request, HttpServletRequest http) {
        if (rateLimits.tryConsume(RateLimitKey.address("sign-up", http.getRemoteAddr()), PER_ADDRESS)
                instanceof ConsumptionResult.Rejected rejected) {
            throw new ProblemException(429, ProblemCodes.RATE_LIMITED, "Too many sign-ups from this address. "
                    + "Try again later.", List.of(), Map.of("retryAfterSeconds", rejected.retryAfterSeconds()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(provisioning.signUp(request));
    }
}
