package ai.seiketsu.provisioning.web;

import ai.seiketsu.provisioning.ProvisionedTenant;
import ai.seiketsu.provisioning.Provisioning;
import ai.seiketsu.provisioning.ProvisioningRequest;
import ai.seiketsu.shared.ApiExample;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The operator provisions an agency: {@code POST /api/v1/tenants}. */
@RestController
@Tag(name = "Operator: tenants")
class ProvisioningController {

    private final Provisioning provisioning;

    ProvisioningController(Provisioning provisioning) {
        this.provisioning = provisioning;
    }

    @PostMapping("/api/v1/tenants")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Provision an agency: tenant, owner, default voice agent, first API key (operator)")
    @ApiResponse(responseCode = "201", description = "Provisioned")
    @ApiExample(request = ProvisioningExamples.REQUEST, response = ProvisioningExamples.RESPONSE, status = "201")
    ResponseEntity<ProvisionedTenant> provision(@RequestBody ProvisioningRequest request) {
        ProvisionedTenant provisioned = provisioning.provision(request);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(provisioned.tenant().id().value()).toUri();
        return ResponseEntity.status(HttpStatus.CREATED).location(location)
                .header("Cache-Control", "no-store")
                .body(provisioned);
    }
}
