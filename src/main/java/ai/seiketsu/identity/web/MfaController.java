package ai.seiketsu.identity.web;

import java.util.List;

import ai.seiketsu.identity.StaffPrincipal;
import ai.seiketsu.identity.internal.MultiFactor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in member's own multi-factor authentication: enrol (password again), confirm with a code, turn off
 * (password and a code). Answers that carry secrets are never cached.
 */
@RestController
@Tag(name = "Multi-factor authentication")
@RequestMapping("/api/v1/auth/mfa")
class MfaController {

    private final MultiFactor multiFactor;

    MfaController(MultiFactor multiFactor) {
        this.multiFactor = multiFactor;
    }

    record EnrolmentRequest(@NotBlank @Size(max = 1024) String password) {
    }

    record ConfirmRequest(@NotBlank @Size(max = 64) String code) {
    }

    record RecoveryCodesResponse(List<String> recoveryCodes) {
    }

    record DisableRequest(@NotBlank @Size(max = 1024) String password, @NotBlank @Size(max = 64) String code) {
    }

    @PostMapping("/enrolment")
    @PreAuthorize("hasAnyRole('OWNER','ADMIN','AGENT','VIEWER')")
    @Operation(summary = "Start MFA enrolment (TOTP secret and QR code)")
    ResponseEntity<MultiFactor.Enrolment> enrol(@AuthenticationPrincipal StaffPrincipal principal,
            @Valid @RequestBody EnrolmentRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(multiFactor.begin(principal, request.password()));
    }

    @PostMapping("/enrolment/confirm")
    @PreAuthorize("hasAnyRole('OWNER','ADMIN','AGENT','VIEWER')")
    @Operation(summary = "Confirm MFA enrolment with a code (answers recovery codes)")
    ResponseEntity<RecoveryCodesResponse> confirm(@AuthenticationPrincipal StaffPrincipal principal,
            @Valid @RequestBody ConfirmRequest request, HttpServletRequest http) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new RecoveryCodesResponse(
                multiFactor.confirm(principal, request.code(), http.getRemoteAddr())));
    }

    @DeleteMapping
    @PreAuthorize("hasAnyRole('OWNER','ADMIN','AGENT','VIEWER')")
    @Operation(summary = "Turn MFA off (password and a code)")
    @ApiResponse(responseCode = "204", description = "Turned off")
    ResponseEntity<Void> disable(@AuthenticationPrincipal StaffPrincipal principal,
            @Valid @RequestBody DisableRequest request, HttpServletRequest http) {
        multiFactor.disable(principal, request.password(), request.code(), http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }
}
