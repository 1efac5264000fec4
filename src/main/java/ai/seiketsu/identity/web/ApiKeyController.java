package ai.seiketsu.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ai.seiketsu.identity.internal.ApiKeyManagement.CreatedKey;
import ai.seiketsu.identity.internal.ApiKeyManagement;
import ai.seiketsu.identity.internal.ApiKeyRepository.ApiKeyView;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's {@code sk_} keys. Managing keys is for the agency's OWNERs and ADMINs only: no key can mint or
 * revoke keys, so a leaked key cannot entrench itself.
 */
@RestController
@Tag(name = "API keys")
@RequestMapping("/api/v1/api-keys")
@PreAuthorize("hasAnyRole('OWNER', 'ADMIN')")
class ApiKeyController {

    private final ApiKeyManagement keys;

    ApiKeyController(ApiKeyManagement keys) {
        this.keys = keys;
    }

    record ApiKeyRequest(@Nullable String name, @Nullable List<String> scopes, @Nullable Instant expiresAt) {
    }

    /** The created key with its secret, which is never shown again. */
    record CreatedApiKey(UUID id, String name, String prefix, List<String> scopes, @Nullable UUID createdBy,
            Instant createdAt, @Nullable Instant expiresAt, String secret) {

        static CreatedApiKey of(CreatedKey created) {
            ApiKeyView key = created.key();
            return new CreatedApiKey(key.id(), key.name(), key.prefix(), key.scopes(), key.createdBy(),
                    key.createdAt(), key.expiresAt(), created.secret());
        }
    }

    @GetMapping
    @Operation(summary = "List the agency's sk_ API keys")
    Page<ApiKeyView> list(@RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return keys.list(PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an API key (never its secret)")
    ApiKeyView get(@PathVariable UUID id) {
        return keys.find(id).orElseThrow(() -> ProblemException.notFound("API key"));
    }

    @PostMapping
    @Operation(summary = "Create an API key (its secret is shown once)")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<CreatedApiKey> create(@RequestBody ApiKeyRequest request) {
        CreatedKey created = keys.create(request.name(), request.scopes(), request.expiresAt());
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(CreatedApiKey.of(created));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an API key at once")
    void revoke(@PathVariable UUID id) {
        keys.revoke(id);
    }
}
