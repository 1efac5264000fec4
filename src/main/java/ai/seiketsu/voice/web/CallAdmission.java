package ai.seiketsu.voice.web;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import ai.seiketsu.agents.VoiceAgents;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemResponseWriter;
import ai.seiketsu.tenancy.Plan;
import ai.seiketsu.tenancy.TenantContext;
import ai.seiketsu.tenancy.TenantStatus;
import ai.seiketsu.tenancy.Tenants;
import ai.seiketsu.voice.internal.CallSlots;
import ai.seiketsu.voice.internal.CallSlots.CallSlot;
import ai.seiketsu.voice.internal.VoiceTicket;
import ai.seiketsu.voice.internal.VoiceTickets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Decides, before the upgrade, whether a browser call may connect. The request is anonymous to Spring Security:
 * the ticket in the query is the credential. A missing, unknown, expired or used ticket is a 401 problem and no
 * upgrade; so is a request that is not a WebSocket upgrade (400), checked first so that it cannot use a ticket up.
 * A valid ticket of a suspended tenant is a 403; of an agent deleted since, a 404. Then the tenant's plan slot: the
 * upgrade goes ahead either way, and a call over the cap is told {@code PLAN_LIMIT} (product.md) by the handler.
 */
@Component
class CallAdmission implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(CallAdmission.class);
    /** An admission whose connection never opens (the client vanished mid-upgrade) frees its slot after this. */
    static final long UNCLAIMED_SECONDS = 30;

    private final VoiceTickets tickets;
    private final Tenants tenants;
    private final VoiceAgents agents;
    private final CallSlots slots;
    private final ProblemResponseWriter problems;
    private final BrowserCalls calls;

    CallAdmission(VoiceTickets tickets, Tenants tenants, VoiceAgents agents, CallSlots slots,
            ProblemResponseWriter problems, BrowserCalls calls) {
        this.tickets = tickets;
        this.tenants = tenants;
        this.agents = agents;
        this.slots = slots;
        this.problems = problems;
        this.calls = calls;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
            WebSocketHandler handler, Map<String, Object> attributes) throws IOException {
        HttpServletRequest servletRequest = ((ServletServerHttpRequest) request).getServletRequest();
        HttpServletResponse servletResponse = ((ServletServerHttpResponse) response).getServletResponse();
        if (!isUpgrade(servletRequest)) {
            problems.write(servletResponse, 400, ProblemCodes.MALFORMED_REQUEST,
                    "This endpoint takes a WebSocket upgrade (GET with Upgrade: websocket).");
            return false;
        }
        Optional<VoiceTicket> ticket = ticketOf(request).flatMap(tickets::redeem);
        if (ticket.isEmpty()) {
            problems.write(servletResponse, 401, ProblemCodes.UNAUTHENTICATED,
                    "The voice ticket is missing, invalid, expired or already used.");
            return false;
        }
        try {
            return admit(ticket.get(), servletRequest, servletResponse, attributes);
        } catch (RuntimeException e) {
            log.warn("Could not admit a browser call ({})", e.getClass().getSimpleName());
            problems.write(servletResponse, 503, ProblemCodes.SERVICE_UNAVAILABLE,
                    "The service is briefly unavailable; ask for a new ticket and try again.");
            return false;
        }
    }

    private boolean admit(VoiceTicket ticket, HttpServletRequest request, HttpServletResponse response,
            Map<String, Object> attributes) throws IOException {
        if (tenants.statusOf(ticket.tenant()).orElse(TenantStatus.SUSPENDED) != TenantStatus.ACTIVE) {
            problems.write(response, 403, ProblemCodes.TENANT_SUSPENDED,
                    "This agency's account is suspended. Contact the platform operator.");
            return false;
        }
        if (TenantContext.call(ticket.tenant(), () -> agents.find(ticket.agentId())).isEmpty()) {
            problems.write(response, 404, ProblemCodes.NOT_FOUND, "Voice agent not found");
            return false;
        }
        int cap = tenants.limitsOf(ticket.tenant()).orElse(Plan.STARTER.defaultLimits()).concurrentCalls();
        @Nullable CallSlot slot = slots.tryAcquire(ticket.tenant(), cap).orElse(null);
        Admission admission = new Admission(ticket, slot);
        attributes.put(Admission.ATTRIBUTE, admission);
        request.setAttribute(Admission.ATTRIBUTE, admission);
        return true;
    }

    /**
     * A handshake that did not end in an upgrade frees its slot now; one that did gets a deadline by which its
     * connection must have opened and claimed it.
     */
    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            @Nullable Exception exception) {
        HttpServletRequest servletRequest = ((ServletServerHttpRequest) request).getServletRequest();
        if (!(servletRequest.getAttribute(Admission.ATTRIBUTE) instanceof Admission admission)) {
            return;
        }
        int status = ((ServletServerHttpResponse) response).getServletResponse().getStatus();
        if (exception != null || status != HttpServletResponse.SC_SWITCHING_PROTOCOLS) {
            admission.abandon();
        } else {
            calls.schedule(admission::abandon, UNCLAIMED_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static boolean isUpgrade(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    private static Optional<String> ticketOf(ServerHttpRequest request) {
        return Optional.ofNullable(UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams()
                .getFirst("ticket"));
    }
}
