package ai.seiketsu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import ai.seiketsu.conversations.Conversations;
import ai.seiketsu.shared.PublicEndpoint;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import ai.seiketsu.support.Staff;
import ai.seiketsu.support.TestDatabaseContextCustomizerFactory;
import ai.seiketsu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Walks every registered endpoint: each declares who may call it (WebSocket handshakes included), and none that
 * takes an id lets one tenant reach another tenant's resource.
 */
@IntegrationTest
class RouteInventoryTests {

    /** Endpoints outside the API, each with the reason it needs no rule. */
    private static final Set<String> OUTSIDE_THE_API = Set.of(
            "/error", // problem documents for errors raised outside MVC
            "/v3/api-docs", "/v3/api-docs/swagger-config", "/v3/api-docs.yaml", "/v3/api-docs/{group}",
            "/v3/api-docs.yaml/{group}", "/swagger-ui.html");
    /**
     * Public endpoints whose path variable is the credential itself, not an id of a tenant's resource: whoever holds
     * it is let in whatever bearer comes along (AppointmentApiTests covers the feed's tokens).
     */
    private static final Set<String> CREDENTIAL_IN_PATH = Set.of("/api/v1/calendar-feeds/{token}.ics");
    /**
     * Request bodies that would be accepted with the tenant's own ids, for the routes that validate their body before
     * they look the resource up: an empty body would be refused as invalid (400) and prove nothing about the id.
     */
    private static final Map<String, String> VALID_BODIES = Map.of(
            "/api/v1/conversations/{id}/messages", "{\"text\": \"I want to buy a house\"}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    @Qualifier("webSocketHandlerMapping")
    AbstractUrlHandlerMapping webSockets;
    @Autowired
    Conversations conversations;
    @LocalServerPort
    int port;

    @Test
    void everyEndpointDeclaresItsAuthorizationRule() {
        List<String> undeclared = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (OUTSIDE_THE_API.contains(pattern)) {
                    continue;
                }
                if (!pattern.startsWith("/api/") || !(hasRule(method) ^ isPublic(method))) {
                    undeclared.add(info.getMethodsCondition().getMethods() + " " + pattern);
                }
            }
        });
        assertThat(undeclared).as("endpoints without exactly one of @PreAuthorize or @PublicEndpoint").isEmpty();
    }

    /**
     * A WebSocket handshake is not an MVC endpoint and a browser cannot send a bearer header with it, so each one is
     * public to Spring Security and carries its credential in the request: it must say so ({@code @PublicEndpoint}
     * on its handler), check it in a handshake interceptor, and refuse an upgrade without one.
     */
    @Test
    void everyWebSocketEndpointChecksItsOwnCredentialBeforeTheUpgrade() {
        assertThat(webSockets.getHandlerMap()).as("WebSocket endpoints").isNotEmpty();
        webSockets.getHandlerMap().forEach((path, handler) -> {
            assertThat(handler).isInstanceOf(WebSocketHttpRequestHandler.class);
            WebSocketHttpRequestHandler upgrade = (WebSocketHttpRequestHandler) handler;
            Object target = WebSocketHandlerDecorator.unwrap(upgrade.getWebSocketHandler());
            assertThat(AnnotatedElementUtils.hasAnnotation(target.getClass(), PublicEndpoint.class)).as(path).isTrue();
            assertThat(upgrade.getHandshakeInterceptors()).as(path).isNotEmpty();
            assertThat(anonymousUpgrade(path)).as(path).isEqualTo(401);
        });
    }

    private int anonymousUpgrade(String path) {
        try {
            java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(java.net.URI.create("ws://localhost:" + port + path),
                            new java.net.http.WebSocket.Listener() { })
                    .join().abort();
            return 101;
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    @Test
    void aTenantACredentialWithTenantBsIdsFindsNothing() {
        Http http = new Http(port);
        Staff a = Staff.newAgency(http, "inventory-a");
        Staff b = Staff.newAgency(http, "inventory-b");
        // one request per route and verb, faster than STARTER's 20 requests/s once the JIT is warm: raise the limit
        assertThat(http.patch("/api/v1/tenants/" + a.tenantId(), TestDatabaseContextCustomizerFactory.OPERATOR_TOKEN,
                "{\"plan\":\"ENTERPRISE\"}").status()).isEqualTo(200);
        Map<String, String> idsOfB = Map.of(
                "/api/v1/agents/", http.get("/api/v1/agents", b.accessToken()).json().at("/items/0/id").asString(),
                "/api/v1/users/", b.ownerId(),
                "/api/v1/api-keys/", http.get("/api/v1/api-keys", b.accessToken()).json().at("/items/0/id").asString(),
                "/api/v1/leads/", http.post("/api/v1/leads", b.accessToken(), Http.json(Map.of("firstName", "Bea")))
                        .json().at("/id").asString(),
                "/api/v1/listings/", http.post("/api/v1/listings", b.accessToken(),
                        "{\"ListingKey\": \"B-1\", \"ListPrice\": 1}").json().at("/id").asString(),
                "/api/v1/listings/imports/", http.send(http.request("/api/v1/listings/imports", b.accessToken())
                        .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "ListingKey,ListPrice\nB-2,1\n"))).json().at("/id").asString(),
                "/api/v1/appointments/", appointmentOf(http, b),
                "/api/v1/conversations/", conversationOf(http, b).toString());

        Set<String> checked = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/") || !pattern.contains("{") || pattern.startsWith("/api/v1/tenants/")
                        || pattern.contains("platform") || CREDENTIAL_IN_PATH.contains(pattern)) {
                    continue; // operator routes are not tenant-scoped
                }
                String prefix = pattern.substring(0, pattern.indexOf('{'));
                String id = idsOfB.get(prefix);
                if (id == null) {
                    fail("No tenant-B id known for " + pattern + ": add one to this test");
                }
                String path = pattern.replaceFirst("\\{[^}]+}", id).replaceAll("\\{[^}]+}",
                        "00000000-0000-0000-0000-000000000000");
                String body = VALID_BODIES.getOrDefault(pattern, "{}");
                for (RequestMethod verb : verbs(info)) {
                    Response response = http.send(http.request(path, a.accessToken())
                            .header("Content-Type", "application/json")
                            .method(verb.name(), java.net.http.HttpRequest.BodyPublishers.ofString(body)));
                    assertThat(response.status()).as(verb + " " + path).isEqualTo(404);
                    checked.add(verb + " " + pattern);
                }
            }
        });
        assertThat(checked).isNotEmpty().contains("POST /api/v1/conversations/{id}/messages",
                "POST /api/v1/conversations/{id}/end");
        // an id in the body reaches no further than one in the path: opening a conversation with B's agent
        Response opened = http.post("/api/v1/conversations", a.accessToken(), Http.json(Map.of(
                "agentId", b.provisioned().at("/voiceAgent/id").asString(), "channel", "API_TEXT")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(404);
    }

    /** Tenant B's owner, available every Monday, with a showing booked for a lead next week. */
    private static String appointmentOf(Http http, Staff b) {
        Response available = http.send(http.request("/api/v1/users/" + b.ownerId() + "/availability", b.accessToken())
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"weekly\":[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"17:00\"}]}")));
        assertThat(available.status()).isEqualTo(200);
        java.time.ZoneId zone = java.time.ZoneId.of("America/New_York");
        java.time.Instant monday = java.time.LocalDate.now(zone).plusWeeks(1)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY)).atTime(10, 0)
                .atZone(zone).toInstant();
        String lead = http.post("/api/v1/leads", b.accessToken(), Http.json(Map.of("firstName", "Bo"))).json()
                .at("/id").asString();
        Response booked = http.post("/api/v1/appointments", b.accessToken(), Http.json(Map.of("leadId", lead,
                "userId", b.ownerId(), "type", "SHOWING", "startsAt", monday.toString())));
        assertThat(booked.status()).isEqualTo(201);
        return booked.json().at("/id").asString();
    }

    /**
     * A text conversation of {@code agency}'s agent, opened over HTTP as an integration would, with a recording
     * stored through the Java API (recordings come from voice calls) so that the recording routes find one too.
     */
    private java.util.UUID conversationOf(Http http, Staff agency) {
        Response opened = http.post("/api/v1/conversations", agency.accessToken(), Http.json(Map.of(
                "agentId", agency.provisioned().at("/voiceAgent/id").asString(), "channel", "API_TEXT")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        java.util.UUID id = java.util.UUID.fromString(opened.json().at("/id").asString());
        TenantContext.run(TenantId.of(agency.tenantId()), () -> conversations.storeRecording(id, "audio/wav",
                new java.io.ByteArrayInputStream(new byte[] { 1 })));
        return id;
    }

    private static Set<RequestMethod> verbs(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
    }

    private static boolean hasRule(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
    }

    private static boolean isPublic(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PublicEndpoint.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PublicEndpoint.class);
    }
}
