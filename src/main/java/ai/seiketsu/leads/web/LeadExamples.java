package ai.seiketsu.leads.web;

/** Example bodies of the lead endpoints for the OpenAPI document (see {@code ApiExample}). */
final class LeadExamples {

    static final String CREATE = """
            {"firstName": "Maria", "lastName": "Lopez", "phone": "+15125550142", "email": "maria.lopez@example.com",
             "intent": "BUY", "areas": ["Austin", "Round Rock"], "propertyType": "SINGLE_FAMILY", "budgetMax": 500000,
             "bedroomsMin": 3, "timeline": "ONE_TO_THREE_MONTHS", "financing": "PRE_APPROVED",
             "motivation": "Relocating for a new job", "source": "PHONE"}""";

    private static final String LEAD_FIELDS = """
            "id": "19ca37df-b50b-4baa-a2b6-d71861f50549", "firstName": "Maria", "lastName": "Lopez",
            "phone": "+15125550142", "email": "maria.lopez@example.com", "intent": "BUY",
            "areas": ["Austin", "Round Rock"], "propertyType": "SINGLE_FAMILY", "budgetMin": null, "budgetMax": 500000,
            "bedroomsMin": 3, "bathroomsMin": null, "timeline": "ONE_TO_THREE_MONTHS", "financing": "PRE_APPROVED",
            "motivation": "Relocating for a new job", "mustHaves": [], "timeZone": "America/Chicago",
            "score": 94, "scoreReasons": [{"factor": "BUDGET", "points": 25}, {"factor": "TIMELINE", "points": 14},
                {"factor": "LOCATION", "points": 15}, {"factor": "MOTIVATION", "points": 15},
                {"factor": "PROPERTY_TYPE", "points": 10}, {"factor": "FINANCING", "points": 10},
                {"factor": "CONTACT", "points": 5}],
            "hot": true, "doNotCall": false, "source": "PHONE", "assignedUserId": null, "conversationIds": [],
            "createdAt": "2025-06-02T15:06:00Z\"""";

    /** Created: a score of 94 reaches 70, so the system moved it to QUALIFIED at once. */
    static final String CREATED = "{" + LEAD_FIELDS + ", \"updatedAt\": \"2025-06-02T15:06:00Z\", "
            + "\"stage\": \"QUALIFIED\", \"merged\": false}";

    static final String STAGE = """
            {"stage": "APPOINTMENT_SET"}""";

    static final String MOVED = "{" + LEAD_FIELDS + ", \"updatedAt\": \"2025-06-02T15:20:00Z\", "
            + "\"stage\": \"APPOINTMENT_SET\"}";

    private LeadExamples() {
    }
}
