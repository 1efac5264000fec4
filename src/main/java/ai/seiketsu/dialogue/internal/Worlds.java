package ai.seiketsu.dialogue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.conversations.Channel;
import ai.seiketsu.dialogue.guided.World;
import ai.seiketsu.dialogue.understanding.Gazetteer;
import ai.seiketsu.dialogue.understanding.Place;
import ai.seiketsu.identity.Team;
import ai.seiketsu.leads.LeadTasks;
import ai.seiketsu.leads.Leads;
import ai.seiketsu.listings.ListingPlaces;
import ai.seiketsu.listings.Listings;
import ai.seiketsu.listings.ListingsImported;
import ai.seiketsu.scheduling.Scheduling;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the current tenant's {@link World} for a turn. The places its listings name (what callers' words are matched
 * against) are read once and kept for a minute, or until an import lands.
 */
@Component
public class Worlds {

    private static final Duration PLACES_TTL = Duration.ofMinutes(1);

    private final Listings listings;
    private final Scheduling scheduling;
    private final TenantWorld.Services services;
    private final Cache<TenantId, Gazetteer> places = Caffeine.newBuilder().expireAfterWrite(PLACES_TTL)
            .maximumSize(10_000).build();

    Worlds(Listings listings, Scheduling scheduling, Leads leads, LeadTasks tasks, Team team,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.listings = listings;
        this.scheduling = scheduling;
        TransactionTemplate nested = new TransactionTemplate(transactionManager);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.services = new TenantWorld.Services(listings, scheduling, leads, tasks, team, nested, clock);
    }

    /** The world of {@code agent} on {@code channel}, for the current tenant. */
    public World of(VoiceAgent agent, Channel channel) {
        return new TenantWorld(agent, channel, gazetteer(), zone(), services);
    }

    /** The agency's time zone: availability, dates callers say and times the agent says are in it. */
    public ZoneId zone() {
        return ZoneId.of(scheduling.timeZoneOfAgency());
    }

    private Gazetteer gazetteer() {
        return places.get(TenantContext.require(), tenant -> {
            ListingPlaces named = listings.places();
            List<Place> all = new ArrayList<>();
            named.cities().forEach(city -> all.add(Place.city(city)));
            named.postalCodes().forEach(code -> all.add(Place.postalCode(code)));
            return Gazetteer.of(all);
        });
    }

    /** New listings may name new places. */
    @ApplicationModuleListener
    void on(ListingsImported imported) {
        places.invalidate(imported.tenantId());
    }
}
