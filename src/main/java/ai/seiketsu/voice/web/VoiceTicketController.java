package ai.seiketsu.voice.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.identity.PublishableKeyPrincipal;
import ai.seiketsu.shared.ApiExample;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.voice.CallMode;
import ai.seiketsu.voice.internal.VoiceTickets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Voice tickets (product.md, "Browser voice"): signed-in staff, a {@code conversations:write} key, or a voice
 * agent's own {@code pk_} key (for that agent only: another agent is 403) get a ticket for one browser call with an
 * agent of their tenant (another tenant's agent is 404, like one that does not exist). {@code mode} defaults to
 * {@code CALLER}; {@code ASSISTANT} is refused until the staff assistant exists. The answer's {@code url} is
 * absolute, built from {@code SEIKETSU_PUBLIC_URL} ({@code https} becomes {@code wss}), because the page that opens
 * it is usually the agency's own website, where a relative URL would point at the wrong host.
 */
@RestController
@Tag(name = "Voice")
class VoiceTicketController {

    private static final String TICKET_REQUEST = """
            {"agentId": "0b7f5a52-3c1e-4a51-9a3e-6f1f2b8f4c10", "mode": "CALLER"}""";

    private static final String TICKET = """
            {"ticket": "vt_Q2hvb3NlIGEgcmFuZG9tIHRpY2tldCBldmVyeSB0aW1l", "expiresAt": "2026-11-26T15:01:00Z",
             "url": "wss://voice.example.com/ws/v1/voice?ticket=vt_Q2hvb3NlIGEgcmFuZG9tIHRpY2tldCBldmVyeSB0aW1l"}""";

    private final VoiceTickets tickets;
    private final VoiceAgents agents;
    private final String webSocketUrl;

    VoiceTicketController(VoiceTickets tickets, VoiceAgents agents, @Value("${seiketsu.public-url}") String publicUrl) {
        this.tickets = tickets;
        this.agents = agents;
        this.webSocketUrl = webSocketUrl(publicUrl);
    }

    record TicketRequest(@Nullable UUID agentId, @Nullable CallMode mode) {
    }

    record TicketResponse(String ticket, Instant expiresAt, String url) {
    }

    @PostMapping("/api/v1/voice/tickets")
    @Operation(summary = "Get a single-use, 60-second ticket that opens a browser call with a voice agent")
    @ApiResponse(responseCode = "201", description = "Issued")
    @ApiExample(request = TICKET_REQUEST, response = TICKET, status = "201")
    @PreAuthorize("hasAnyRole('OWNER', 'ADMIN', 'AGENT', 'VIEWER') or hasAuthority('SCOPE_conversations:write')"
            + " or hasAuthority('PUBLISHABLE_KEY')")
    ResponseEntity<TicketResponse> issue(@RequestBody TicketRequest request) {
        UUID agentId = request.agentId();
        if (agentId == null) {
            throw ProblemException.invalid("agentId", "is required");
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller != null && caller.getPrincipal() instanceof PublishableKeyPrincipal website
                && !website.agentId().equals(agentId)) {
            throw new ProblemException(403, ProblemCodes.FORBIDDEN, "This key is for another voice agent.");
        }
        CallMode mode = request.mode() == null ? CallMode.CALLER : request.mode();
        if (mode == CallMode.ASSISTANT) {
            throw ProblemException.invalid("mode", "ASSISTANT is not available yet; use CALLER");
        }
        if (agents.find(agentId).isEmpty()) {
            throw ProblemException.notFound("Voice agent");
        }
        VoiceTickets.Issued issued = tickets.issue(TenantContext.require(), agentId, mode);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new TicketResponse(issued.ticket(), issued.expiresAt(),
                        webSocketUrl + "?ticket=" + issued.ticket()));
    }

    /** {@code http://host/base} → {@code ws://host/base/ws/v1/voice}; {@code https} → {@code wss}. */
    static String webSocketUrl(String publicUrl) {
        URI base = URI.create(publicUrl.strip());
        String scheme = "https".equalsIgnoreCase(base.getScheme()) ? "wss" : "ws";
        String path = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + base.getRawAuthority() + path + VoiceWebSocketConfiguration.PATH;
    }
}
