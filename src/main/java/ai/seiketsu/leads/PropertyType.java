package ai.seiketsu.leads;

/** The kind of property a lead looks for (mapped to RESO values by listing search). */
public enum PropertyType {
    SINGLE_FAMILY, CONDO, TOWNHOUSE, MULTI_FAMILY, LAND, OTHER
}
