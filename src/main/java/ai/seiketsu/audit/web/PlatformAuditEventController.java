package ai.seiketsu.audit.web;

import ai.seiketsu.audit.AuditEvent;
import ai.seiketsu.audit.AuditFilter;
import ai.seiketsu.audit.AuditLog;
import ai.seiketsu.audit.ChainVerification;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The platform chain (operator actions, facts without a tenant), for the operator only. */
@RestController
@Tag(name = "Operator: audit log")
@RequestMapping("/api/v1/platform/audit-events")
@PreAuthorize("hasRole('OPERATOR')")
class PlatformAuditEventController {

    private final AuditLog auditLog;

    PlatformAuditEventController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    @Operation(summary = "Read the platform's audit log, newest first (operator)")
    Page<AuditEvent> list(@RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable Outcome outcome) {
        return auditLog.platformEvents(new AuditFilter(action, outcome), limit, cursor);
    }

    @PostMapping("/verify")
    @Operation(summary = "Verify the platform's audit hash chain (operator)")
    ChainVerification verify() {
        return auditLog.verifyPlatformChain();
    }
}
