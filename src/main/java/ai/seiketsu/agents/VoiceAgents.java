package ai.seiketsu.agents;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.agents.internal.VoiceAgentRepository;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's voice agents. */
@Service
public class VoiceAgents {

    private final VoiceAgentRepository repository;
    private final Clock clock;

    VoiceAgents(VoiceAgentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The voice agent every new agency starts with: a receptionist that greets in the agency's name. */
    @Transactional
    public VoiceAgent createDefault(String agencyName) {
        Instant now = clock.instant();
        VoiceAgent agent = new VoiceAgent(UUID.randomUUID(), "Receptionist",
                "Hello, thank you for calling " + agencyName + ". How can I help you today?", "en", now, now);
        repository.insert(TenantContext.require(), agent);
        return agent;
    }

    @Transactional(readOnly = true)
    public Page<VoiceAgent> list(PageRequest page) {
        return repository.list(page);
    }

    @Transactional(readOnly = true)
    public Optional<VoiceAgent> find(UUID id) {
        return repository.find(id);
    }
}
