package ai.seiketsu.leads.internal;

import java.time.Instant;
import java.util.UUID;

import ai.seiketsu.identity.Actor;
import ai.seiketsu.leads.TimelineEntry;
import ai.seiketsu.leads.TimelineEntry.Kind;
import ai.seiketsu.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Writes a lead's timeline: one entry per change, with who and when. Runs in the caller's transaction. */
@Component
public class LeadHistory {

    private final TimelineRepository timeline;

    LeadHistory(TimelineRepository timeline) {
        this.timeline = timeline;
    }

    public void record(UUID leadId, Actor actor, Instant at, Kind kind, @Nullable String from, @Nullable String to,
            @Nullable String note) {
        timeline.insert(TenantContext.require(), new TimelineEntry(UUID.randomUUID(), leadId, at, actor.type(),
                actor.id(), kind, from, to, note));
    }
}
