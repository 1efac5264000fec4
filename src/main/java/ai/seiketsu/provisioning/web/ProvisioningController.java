package ai.seiketsu.provisioning.web;

import ai.seiketsu.provisioning.ProvisionedTenant;
import ai.seiketsu.provisioning.Provisioning;
import ai.seiketsu.provisioning.ProvisioningRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The operator provisions an agency: {@code POST /api/v1/tenants}. */
@RestController
class ProvisioningController {

    private final Provisioning provisioning;

    ProvisioningController(Provisioning provisioning) {
        this.provisioning = provisioning;
    }

    @PostMapping("/api/v1/tenants")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<ProvisionedTenant> provision(@RequestBody ProvisioningRequest request) {
        ProvisionedTenant provisioned = provisioning.provision(request);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(provisioned.tenant().id().value()).toUri();
        return ResponseEntity.status(HttpStatus.CREATED).location(location)
                .header("Cache-Control", "no-store")
                .body(provisioned);
    }
}
