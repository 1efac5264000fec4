package ai.seiketsu.listings;

/**
 * What kind of property a caller wants, in the vocabulary of a lead ({@code propertyType} of product.md).
 * Search maps it to RESO: {@code SINGLE_FAMILY} is PropertySubType Single Family Residence, {@code CONDO}
 * Condominium, {@code TOWNHOUSE} Townhouse, {@code MULTI_FAMILY} Duplex, Triplex, Quadruplex or Multi Family,
 * {@code LAND} PropertyType Land, and {@code OTHER} everything else.
 */
public enum PropertyCategory {
    SINGLE_FAMILY, CONDO, TOWNHOUSE, MULTI_FAMILY, LAND, OTHER
}
