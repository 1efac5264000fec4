package ai.seiketsu.agents.web;

import java.net.URI;
import java.util.UUID;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.agents.VoiceAgentChange;
import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.shared.ApiExample;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Voice agents")
@RequestMapping("/api/v1/agents")
class VoiceAgentController {

    private final VoiceAgents agents;

    VoiceAgentController(VoiceAgents agents) {
        this.agents = agents;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_agents:read')")
    @Operation(summary = "List the agency's voice agents")
    Page<VoiceAgent> list(@RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return agents.list(PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_agents:read')")
    @Operation(summary = "Read a voice agent")
    @ApiExample(response = VoiceAgentExamples.AGENT)
    VoiceAgent get(@PathVariable UUID id) {
        return agents.find(id).orElseThrow(() -> ProblemException.notFound("Voice agent"));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SCOPE_agents:write')")
    @Operation(summary = "Create a voice agent (within the plan)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiExample(request = VoiceAgentExamples.CREATE, response = VoiceAgentExamples.AGENT, status = "201")
    ResponseEntity<VoiceAgent> create(@RequestBody VoiceAgentChange request) {
        VoiceAgent created = agents.create(request);
        return ResponseEntity.created(URI.create("/api/v1/agents/" + created.id())).body(created);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_agents:write')")
    @Operation(summary = "Change some settings of a voice agent")
    @ApiExample(request = VoiceAgentExamples.CHANGE)
    VoiceAgent change(@PathVariable UUID id, @RequestBody VoiceAgentChange request) {
        return agents.change(id, request);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_agents:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a voice agent (its phone number is freed, its website keys revoked)")
    void delete(@PathVariable UUID id) {
        agents.delete(id);
    }
}
