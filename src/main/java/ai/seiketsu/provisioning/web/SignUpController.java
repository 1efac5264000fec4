package ai.seiketsu.provisioning.web;

import ai.seiketsu.provisioning.ProvisionedTenant;
import ai.seiketsu.provisioning.Provisioning;
import ai.seiketsu.provisioning.ProvisioningRequest;
import ai.seiketsu.shared.PublicEndpoint;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-service sign-up ({@code POST /api/v1/signup}, public): an agency creates itself on the STARTER plan and
 * gets the same answer as operator provisioning. Limited per client address like every anonymous call.
 */
@RestController
class SignUpController {

    private final Provisioning provisioning;

    SignUpController(Provisioning provisioning) {
        this.provisioning = provisioning;
    }

    @PostMapping("/api/v1/signup")
    @PublicEndpoint("self-service sign-up; limited per client address")
    ResponseEntity<ProvisionedTenant> signUp(@RequestBody ProvisioningRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(provisioning.signUp(request));
    }
}
