package ai.seiketsu.listings;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The RESO Data Dictionary fields of a listing that a caller may set (protocols.md 5.1), named in JSON exactly
 * as RESO names them. Lookup values ({@code StandardStatus}, {@code PropertyType}, {@code PropertySubType}) are
 * always in RESO's display form ("Active Under Contract", "Single Family Residence"). {@code PhotoURLs} is not a
 * RESO field: it flattens RESO's {@code Media} resource to the photo addresses in display order.
 */
public record ListingDetails(
        @JsonProperty("ListingKey") String listingKey,
        @JsonProperty("ListingId") @Nullable String listingId,
        @JsonProperty("StandardStatus") String standardStatus,
        @JsonProperty("PropertyType") @Nullable String propertyType,
        @JsonProperty("PropertySubType") @Nullable String propertySubType,
        @JsonProperty("ListPrice") BigDecimal listPrice,
        @JsonProperty("OriginalListPrice") @Nullable BigDecimal originalListPrice,
        @JsonProperty("BedroomsTotal") @Nullable Integer bedroomsTotal,
        @JsonProperty("BathroomsTotalInteger") @Nullable Integer bathroomsTotalInteger,
        @JsonProperty("LivingArea") @Nullable BigDecimal livingArea,
        @JsonProperty("LotSizeSquareFeet") @Nullable BigDecimal lotSizeSquareFeet,
        @JsonProperty("YearBuilt") @Nullable Integer yearBuilt,
        @JsonProperty("UnparsedAddress") @Nullable String unparsedAddress,
        @JsonProperty("StreetNumber") @Nullable String streetNumber,
        @JsonProperty("StreetName") @Nullable String streetName,
        @JsonProperty("City") @Nullable String city,
        @JsonProperty("StateOrProvince") @Nullable String stateOrProvince,
        @JsonProperty("PostalCode") @Nullable String postalCode,
        @JsonProperty("Latitude") @Nullable BigDecimal latitude,
        @JsonProperty("Longitude") @Nullable BigDecimal longitude,
        @JsonProperty("PublicRemarks") @Nullable String publicRemarks,
        @JsonProperty("GarageSpaces") @Nullable BigDecimal garageSpaces,
        @JsonProperty("AssociationFee") @Nullable BigDecimal associationFee,
        @JsonProperty("PetsAllowed") List<String> petsAllowed,
        @JsonProperty("DaysOnMarket") @Nullable Integer daysOnMarket,
        @JsonProperty("ListAgentFullName") @Nullable String listAgentFullName,
        @JsonProperty("PhotoURLs") List<String> photoUrls) {

    public ListingDetails {
        petsAllowed = List.copyOf(petsAllowed);
        photoUrls = List.copyOf(photoUrls);
    }
}
