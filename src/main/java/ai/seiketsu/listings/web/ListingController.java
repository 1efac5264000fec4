package ai.seiketsu.listings.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.listings.Listing;
import ai.seiketsu.listings.ListingQuery.Sort;
import ai.seiketsu.listings.ListingQuery;
import ai.seiketsu.listings.Listings;
import ai.seiketsu.listings.PropertyCategory;
import ai.seiketsu.shared.ApiExample;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Listings one at a time, and search. Bodies are RESO fields by RESO name; they are read as a plain map and
 * validated by the same rules as an import's rows, so a bad field is a field error, never a parse failure. Another
 * tenant's listing answers 404, like one that does not exist, and is looked up before the body is validated.
 */
@RestController
@Tag(name = "Listings")
@RequestMapping("/api/v1/listings")
class ListingController {

    private final Listings listings;

    ListingController(Listings listings) {
        this.listings = listings;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_listings:read')")
    @Operation(summary = "Search listings (filters, full text, sort, keyset pages)")
    @ApiExample(response = ListingExamples.PAGE)
    Page<Listing> search(@RequestParam(required = false) @Nullable String city,
            @RequestParam(required = false) @Nullable String postalCode,
            @RequestParam(required = false) @Nullable BigDecimal minPrice,
            @RequestParam(required = false) @Nullable BigDecimal maxPrice,
            @RequestParam(required = false) @Nullable Integer minBeds,
            @RequestParam(required = false) @Nullable Integer minBaths,
            @RequestParam(required = false) @Nullable PropertyCategory propertyType,
            @RequestParam(required = false) @Nullable String resoPropertyType,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return listings.search(new ListingQuery(city, postalCode, minPrice, maxPrice, minBeds, minBaths, propertyType,
                resoPropertyType, status, q, sort(sort), limit == null ? PageRequest.DEFAULT_LIMIT : limit, cursor));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_listings:read')")
    @Operation(summary = "Read a listing")
    @ApiExample(response = ListingExamples.ONE)
    Listing get(@PathVariable UUID id) {
        return listings.find(id).orElseThrow(() -> ProblemException.notFound("Listing"));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SCOPE_listings:write')")
    @Operation(summary = "Create a listing from RESO fields")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiExample(request = ListingExamples.FIELDS, response = ListingExamples.ONE, status = "201")
    ResponseEntity<Listing> create(@RequestBody Map<String, @Nullable Object> body) {
        Listing created = listings.create(body);
        return ResponseEntity.created(URI.create("/api/v1/listings/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_listings:write')")
    @Operation(summary = "Replace every RESO field of a listing")
    @ApiExample(request = ListingExamples.FIELDS, response = ListingExamples.ONE)
    Listing replace(@PathVariable UUID id, @RequestBody Map<String, @Nullable Object> body) {
        return listings.replace(id, body);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_listings:write')")
    @Operation(summary = "Change some RESO fields of a listing (merge patch)")
    Listing patch(@PathVariable UUID id, @RequestBody Map<String, @Nullable Object> body) {
        return listings.patch(id, body);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_listings:write')")
    @Operation(summary = "Delete a listing")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        listings.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** {@code newest} (default), {@code price_asc}, {@code price_desc}; any case, dash or underscore. */
    private static Sort sort(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Sort.NEWEST;
        }
        try {
            return Sort.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("sort", "must be newest, price_asc or price_desc");
        }
    }
}
