package ai.seiketsu.tenancy.web;

import java.util.UUID;

import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.Tenant;
import ai.seiketsu.tenancy.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operator's view of tenants: list, read, and change (suspend, resume, plan, limits). */
@RestController
@Tag(name = "Operator: tenants")
@RequestMapping("/api/v1/tenants")
@PreAuthorize("hasRole('OPERATOR')")
class TenantController {

    private final Tenants tenants;

    TenantController(Tenants tenants) {
        this.tenants = tenants;
    }

    @GetMapping
    @Operation(summary = "List tenants (operator)")
    Page<Tenant> list(@RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return tenants.list(PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a tenant (operator)")
    Tenant get(@PathVariable UUID id) {
        return tenants.find(new TenantId(id))
                .orElseThrow(() -> ProblemException.notFound("Tenant"));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Suspend or resume a tenant, or change its plan and limits (operator)")
    Tenant change(@PathVariable UUID id, @Valid @RequestBody TenantPatch patch) {
        return tenants.change(new TenantId(id), patch.toChange());
    }
}
