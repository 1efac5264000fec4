package ai.seiketsu.listings;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A property the agency markets: our {@code id} beside the RESO fields, which appear at the top level of the
 * JSON as RESO names them. The timestamps use RESO's names too: {@code OriginalEntryTimestamp} (created here)
 * and {@code ModificationTimestamp} (last changed here).
 */
public record Listing(
        @JsonProperty("id") UUID id,
        @JsonUnwrapped ListingDetails details,
        @JsonProperty("OriginalEntryTimestamp") Instant createdAt,
        @JsonProperty("ModificationTimestamp") Instant updatedAt) {
}
