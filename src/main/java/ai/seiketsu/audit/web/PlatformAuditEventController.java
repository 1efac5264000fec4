package ai.seiketsu.audit.web;

import ai.seiketsu.audit.AuditEvent;
import ai.seiketsu.audit.AuditFilter;
import ai.seiketsu.audit.AuditLog;
import ai.seiketsu.audit.ChainVerification;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The platform chain (operator actions, facts without a tenant), for the operator only. */
@RestController
@RequestMapping("/api/v1/platform/audit-events")
@PreAuthorize("hasRole('OPERATOR')")
class PlatformAuditEventController {

    private final AuditLog auditLog;

    PlatformAuditEventController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    Page<AuditEvent> list(@RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable Outcome outcome) {
        return auditLog.platformEvents(new AuditFilter(action, outcome), limit, cursor);
    }

    @PostMapping("/verify")
    ChainVerification verify() {
        return auditLog.verifyPlatformChain();
    }
}
