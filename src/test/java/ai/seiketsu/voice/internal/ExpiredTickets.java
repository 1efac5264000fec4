package ai.seiketsu.voice.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;

import ai.seiketsu.shared.TenantId;
import ai.seiketsu.voice.CallMode;
import org.springframework.context.ApplicationContext;

/**
 * Tickets that expired a moment ago, in the running application's own ticket store, for the tests of the upgrade:
 * issued like any other, with a time to live of one millisecond.
 */
public final class ExpiredTickets {

    private ExpiredTickets() {
    }

    public static String issue(ApplicationContext application, TenantId tenant, UUID agentId) {
        VoiceTickets shortLived = new VoiceTickets(application.getBean(VoiceConfiguration.Storage.class).tickets(),
                application.getBean(Clock.class), Duration.ofMillis(1));
        VoiceTickets.Issued issued = shortLived.issue(tenant, agentId, CallMode.CALLER);
        Clock clock = application.getBean(Clock.class);
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(2))
                .until(() -> clock.instant().isAfter(issued.expiresAt()));
        return issued.ticket();
    }
}
