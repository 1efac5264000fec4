package ai.seiketsu.agents.web;

import java.net.URI;
import java.util.UUID;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.agents.VoiceAgentChange;
import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's voice agents: read with {@code agents:read}, configured with {@code agents:write}. Another tenant's
 * agent answers 404, like one that does not exist.
 */
@RestController
@RequestMapping("/api/v1/agents")
class VoiceAgentController {

    private final VoiceAgents agents;

    VoiceAgentController(VoiceAgents agents) {
        this.agents = agents;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_agents:read')")
    Page<VoiceAgent> list(@RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return agents.list(PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_agents:read')")
    VoiceAgent get(@PathVariable UUID id) {
        return agents.find(id).orElseThrow(() -> ProblemException.notFound("Voice agent"));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SCOPE_agents:write')")
    ResponseEntity<VoiceAgent> create(@RequestBody VoiceAgentChange request) {
        VoiceAgent created = agents.create(request);
        return ResponseEntity.created(URI.create("/api/v1/agents/" + created.id())).body(created);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_agents:write')")
    VoiceAgent change(@PathVariable UUID id, @RequestBody VoiceAgentChange request) {
        return agents.change(id, request);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_agents:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        agents.delete(id);
    }
}
