package ai.seiketsu.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ai.seiketsu.identity.internal.PublishableKeyRepository.PublishableKeyView;
import ai.seiketsu.identity.internal.PublishableKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A voice agent's {@code pk_} keys for the agency's website: for those who may change voice agents. */
@RestController
@Tag(name = "Voice agents")
@RequestMapping("/api/v1/agents/{agentId}/publishable-keys")
@PreAuthorize("hasAuthority('SCOPE_agents:write')")
class PublishableKeyController {

    private final PublishableKeys keys;

    PublishableKeyController(PublishableKeys keys) {
        this.keys = keys;
    }

    record PublishableKeyRequest(@Nullable String name) {
    }

    record CreatedPublishableKey(UUID id, UUID agentId, String name, String prefix, Instant createdAt, String key) {
    }

    @GetMapping
    @Operation(summary = "List a voice agent's publishable (pk_) website keys")
    List<PublishableKeyView> list(@PathVariable UUID agentId) {
        return keys.list(agentId);
    }

    @PostMapping
    @Operation(summary = "Create a publishable website key (shown once)")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<CreatedPublishableKey> create(@PathVariable UUID agentId, @RequestBody(required = false)
            @Nullable PublishableKeyRequest request) {
        PublishableKeys.Created created = keys.create(agentId, request == null ? null : request.name());
        PublishableKeyView key = created.key();
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new CreatedPublishableKey(key.id(), key.agentId(), key.name(), key.prefix(), key.createdAt(),
                        created.secret()));
    }

    @DeleteMapping("/{keyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a publishable website key")
    void revoke(@PathVariable UUID agentId, @PathVariable UUID keyId) {
        keys.revoke(agentId, keyId);
    }
}
