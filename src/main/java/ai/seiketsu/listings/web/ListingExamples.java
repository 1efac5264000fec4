package ai.seiketsu.listings.web;

/** Example bodies of the listing endpoints for the OpenAPI document (see {@code ApiExample}). */
final class ListingExamples {

    static final String FIELDS = """
            {"ListingKey": "BR-1042", "ListPrice": 485000, "StandardStatus": "Active", "PropertyType": "Residential",
             "PropertySubType": "Single Family Residence", "BedroomsTotal": 4, "BathroomsTotalInteger": 3,
             "LivingArea": 2350, "UnparsedAddress": "1208 Bouldin Ave", "City": "Austin", "StateOrProvince": "TX",
             "PostalCode": "78704", "GarageSpaces": 2, "PetsAllowed": ["Cats OK", "Dogs OK"],
             "PublicRemarks": "Updated bungalow with a big shaded yard, two-car garage, walk to South Congress.",
             "PhotoURLs": ["https://photos.example/br-1042/1.jpg"]}""";

    private static final String LISTING = """
            {"id": "21c5e9c1-6c9d-4130-8915-b7750723d29a", "ListingKey": "BR-1042", "ListingId": null,
             "StandardStatus": "Active", "PropertyType": "Residential", "PropertySubType": "Single Family Residence",
             "ListPrice": 485000.00, "OriginalListPrice": null, "BedroomsTotal": 4, "BathroomsTotalInteger": 3,
             "LivingArea": 2350.00, "LotSizeSquareFeet": null, "YearBuilt": null,
             "UnparsedAddress": "1208 Bouldin Ave", "StreetNumber": null, "StreetName": null, "City": "Austin",
             "StateOrProvince": "TX", "PostalCode": "78704", "Latitude": null, "Longitude": null,
             "PublicRemarks": "Updated bungalow with a big shaded yard, two-car garage, walk to South Congress.",
             "GarageSpaces": 2.00, "AssociationFee": null, "PetsAllowed": ["Cats OK", "Dogs OK"], "DaysOnMarket": null,
             "ListAgentFullName": null, "PhotoURLs": ["https://photos.example/br-1042/1.jpg"],
             "OriginalEntryTimestamp": "2025-06-02T14:05:00Z", "ModificationTimestamp": "2025-06-02T14:05:00Z"}""";

    static final String ONE = LISTING;

    static final String PAGE = "{\"items\": [" + LISTING + "], \"nextCursor\": \"eyJwIjo0ODUwMDAsImlkIjoiMjFjNSJ9\"}";

    static final String CSV = """
            ListingKey,ListPrice,StandardStatus,PropertyType,PropertySubType,BedroomsTotal,BathroomsTotalInteger,City,StateOrProvince,PostalCode,UnparsedAddress,PublicRemarks,PetsAllowed,PhotoURLs
            BR-1042,485000,Active,Residential,SingleFamilyResidence,4,3,Austin,TX,78704,1208 Bouldin Ave,Big shaded yard,"Cats OK,Dogs OK",https://photos.example/br-1042/1.jpg
            BR-1043,329000,Active,Residential,Condominium,2,2,Austin,TX,78701,300 Bowie St #1204,Downtown views,,
            """;

    static final String RESO_JSON = """
            {"value": [{"ListingKey": "BR-1042", "ListPrice": 485000, "StandardStatus": "Active",
                        "PropertyType": "Residential", "PropertySubType": "SingleFamilyResidence", "BedroomsTotal": 4,
                        "BathroomsTotalInteger": 3, "City": "Austin", "StateOrProvince": "TX", "PostalCode": "78704",
                        "Media": [{"MediaURL": "https://photos.example/br-1042/1.jpg"}]}]}""";

    static final String IMPORT = """
            {"id": "1ef4b336-e49b-43da-85e5-10b04a950b0d", "status": "QUEUED", "format": "CSV", "rowsTotal": null,
             "rowsDone": 0, "rowsImported": 0, "rowsFailed": 0, "errors": [], "errorsTruncated": false,
             "createdBy": "user:7a2b9c4d-1e3f-4a5b-8c6d-9e0f1a2b3c4d", "createdAt": "2025-06-02T14:10:00Z",
             "updatedAt": "2025-06-02T14:10:00Z", "startedAt": null, "finishedAt": null}""";

    static final String IMPORT_DONE = """
            {"id": "1ef4b336-e49b-43da-85e5-10b04a950b0d", "status": "COMPLETED", "format": "CSV", "rowsTotal": 3,
             "rowsDone": 3, "rowsImported": 2, "rowsFailed": 1,
             "errors": [{"row": 2, "listingKey": "BR-1044", "field": "ListPrice", "message": "must be a number"}],
             "errorsTruncated": false, "createdBy": "user:7a2b9c4d-1e3f-4a5b-8c6d-9e0f1a2b3c4d",
             "createdAt": "2025-06-02T14:10:00Z", "updatedAt": "2025-06-02T14:10:04Z",
             "startedAt": "2025-06-02T14:10:02Z", "finishedAt": "2025-06-02T14:10:04Z"}""";

    private ListingExamples() {
    }
}
