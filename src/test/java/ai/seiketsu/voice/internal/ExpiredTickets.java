package ai.seiketsu.voice.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

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
        String ticket = shortLived.issue(tenant, agentId, CallMode.CALLER).ticket();
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ticket;
    }
}
