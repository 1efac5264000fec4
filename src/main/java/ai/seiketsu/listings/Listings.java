package ai.seiketsu.listings;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.listings.internal.ListingFields;
import ai.seiketsu.listings.internal.ListingRepository;
import ai.seiketsu.listings.internal.ListingSearch;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.Caller;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's listings: search and read (the dashboard, and the voice agent, which must never invent a
 * listing), and changes one at a time. Fields arrive keyed by RESO name, as a request body or a file row would
 * carry them, and are validated by the same rules as an import's rows. Every change is audited
 * ({@code listing.created}, {@code listing.updated}, {@code listing.deleted}) in its own transaction.
 */
@Service
public class Listings {

    private final ListingRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Listings(ListingRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the listings that match; 400 for an invalid filter or a cursor of another search. */
    @Transactional(readOnly = true)
    public Page<Listing> search(ListingQuery query) {
        return repository.search(ListingSearch.of(query));
    }

    @Transactional(readOnly = true)
    public Optional<Listing> find(UUID id) {
        return repository.find(id);
    }

    /**
     * The places the tenant's listings name: their cities and postal codes, each once (at most 5,000 of each), so
     * that what callers say can be matched against the agency's own data.
     */
    @Transactional(readOnly = true)
    public ListingPlaces places() {
        return repository.places();
    }

    @Transactional(readOnly = true)
    public Optional<Listing> findByListingKey(String listingKey) {
        return repository.findByKey(listingKey);
    }

    /** A new listing; 409 when the tenant already has its ListingKey. */
    @Transactional
    public Listing create(Map<String, ? extends @Nullable Object> fields) {
        Instant now = clock.instant();
        Listing listing = new Listing(UUID.randomUUID(), valid(fields), now, now);
        try {
            repository.insert(TenantContext.require(), listing);
        } catch (DuplicateKeyException e) {
            throw duplicateKey();
        }
        audit("listing.created", listing.id());
        return repository.find(listing.id()).orElseThrow();
    }

    /** Replaces every RESO field (PUT): fields left out become empty. */
    @Transactional
    public Listing replace(UUID id, Map<String, ? extends @Nullable Object> fields) {
        existing(id);
        return update(id, valid(fields));
    }

    /** Changes the fields given (PATCH, JSON merge-patch style: a null clears a field), keeps the others. */
    @Transactional
    public Listing patch(UUID id, Map<String, ? extends @Nullable Object> fields) {
        Map<String, @Nullable Object> merged = ListingFields.toFields(existing(id).details());
        merged.putAll(fields);
        return update(id, valid(merged));
    }

    @Transactional
    public void delete(UUID id) {
        if (!repository.delete(id)) {
            throw notFound();
        }
        audit("listing.deleted", id);
    }

    private Listing update(UUID id, ListingDetails details) {
        try {
            repository.update(id, details, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateKey();
        }
        audit("listing.updated", id);
        return repository.find(id).orElseThrow();
    }

    private void audit(String action, UUID id) {
        events.publishEvent(Caller.current().audit(TenantContext.require(), action, "listing:" + id,
                Outcome.SUCCESS, clock.instant()));
    }

    private Listing existing(UUID id) {
        return repository.find(id).orElseThrow(Listings::notFound);
    }

    private static ListingDetails valid(Map<String, ? extends @Nullable Object> fields) {
        return switch (ListingFields.parse(fields)) {
            case ListingFields.Valid valid -> valid.details();
            case ListingFields.Invalid invalid -> throw ProblemException.invalid(invalid.violations());
        };
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Listing");
    }

    private static ProblemException duplicateKey() {
        return ProblemException.conflict("Another listing of this agency has this ListingKey.");
    }
}
