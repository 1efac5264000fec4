package ai.seiketsu.agents.web;

import java.util.UUID;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the tenant's voice agents. Another tenant's agent answers 404, like one that does not exist. */
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
}
