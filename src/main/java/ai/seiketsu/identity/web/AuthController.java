package ai.seiketsu.identity.web;

import java.util.UUID;

import ai.seiketsu.identity.Role;
import ai.seiketsu.identity.internal.SignIn;
import ai.seiketsu.shared.PublicEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff sign-in, token refresh and sign-out. Public endpoints: the credentials are in the body. {@code totp} is the
 * second factor (a 6-digit code or a recovery code) of an account with MFA on.
 */
@RestController
@Tag(name = "Sign-in")
@RequestMapping("/api/v1/auth")
class AuthController {

    private final SignIn signIn;

    AuthController(SignIn signIn) {
        this.signIn = signIn;
    }

    record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password,
            @Nullable @Size(max = 64) String totp, @Nullable String tenant) {
    }

    record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {
    }

    record TenantSummary(UUID id, String slug, String name) {
    }

    record UserSummary(UUID id, UUID accountId, String email, String name, Role role) {
    }

    /** {@code mfaEnrolmentRequired}: the access token may only enrol in MFA (the agency requires it). */
    record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
            TenantSummary tenant, UserSummary user, boolean mfaEnrolmentRequired) {

        static TokenResponse of(SignIn.Session session) {
            return new TokenResponse(session.accessToken(), "Bearer", session.expiresIn(), session.refreshToken(),
                    new TenantSummary(session.tenant().id().value(), session.tenant().slug(), session.tenant().name()),
                    new UserSummary(session.user().id(), session.user().accountId(), session.user().email(),
                            session.user().name(), session.user().role()), session.mfaEnrolmentRequired());
        }
    }

    @PostMapping("/login")
    @PublicEndpoint("the credentials are in the body")
    @Operation(summary = "Sign in (access and refresh tokens)")
    ResponseEntity<TokenResponse> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        SignIn.Session session = signIn.signIn(request.email(), request.password(), request.totp(), request.tenant(),
                http.getRemoteAddr());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(TokenResponse.of(session));
    }

    @PostMapping("/refresh")
    @PublicEndpoint("the refresh token in the body is the credential")
    @Operation(summary = "Exchange a refresh token for new tokens")
    ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(TokenResponse.of(signIn.refresh(request.refreshToken())));
    }

    @PostMapping("/logout")
    @PublicEndpoint("the refresh token in the body is the credential")
    @Operation(summary = "Sign out (revoke the refresh token)")
    @ApiResponse(responseCode = "204", description = "Signed out")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request) {
        signIn.signOut(request.refreshToken());
        return ResponseEntity.noContent().build();
    }
}
