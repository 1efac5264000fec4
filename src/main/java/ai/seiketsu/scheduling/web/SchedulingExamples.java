package ai.seiketsu.scheduling.web;

/** Example bodies of the scheduling endpoints for the OpenAPI document (see {@code ApiExample}). */
final class SchedulingExamples {

    static final String BOOKING = """
            {"leadId": "19ca37df-b50b-4baa-a2b6-d71861f50549", "listingId": "21c5e9c1-6c9d-4130-8915-b7750723d29a",
             "userId": "7a2b9c4d-1e3f-4a5b-8c6d-9e0f1a2b3c4d", "type": "SHOWING", "startsAt": "2025-06-09T15:00:00Z"}""";

    static final String APPOINTMENT = """
            {"id": "000415df-83be-439c-b6e0-0e374ae8bea9", "leadId": "19ca37df-b50b-4baa-a2b6-d71861f50549",
             "listingId": "21c5e9c1-6c9d-4130-8915-b7750723d29a", "userId": "7a2b9c4d-1e3f-4a5b-8c6d-9e0f1a2b3c4d",
             "type": "SHOWING", "startsAt": "2025-06-09T15:00:00Z", "endsAt": "2025-06-09T15:30:00Z",
             "status": "SCHEDULED", "createdAt": "2025-06-02T15:21:00Z", "updatedAt": "2025-06-02T15:21:00Z"}""";

    static final String RESCHEDULE = """
            {"startsAt": "2025-06-09T16:00:00Z"}""";

    static final String AVAILABILITY_REQUEST = """
            {"weekly": [{"day": "MONDAY", "start": "09:00", "end": "17:00"},
                        {"day": "SATURDAY", "start": "10:00", "end": "14:00"}],
             "daysOff": ["2025-07-04"], "bufferMinutes": 15}""";

    static final String AVAILABILITY = """
            {"userId": "7a2b9c4d-1e3f-4a5b-8c6d-9e0f1a2b3c4d",
             "weekly": [{"day": "MONDAY", "start": "09:00", "end": "17:00"},
                        {"day": "SATURDAY", "start": "10:00", "end": "14:00"}],
             "daysOff": ["2025-07-04"], "bufferMinutes": 15, "timeZone": "America/Chicago"}""";

    static final String FREE_SLOTS = """
            {"timeZone": "America/Chicago",
             "items": [{"userId": "7a2b9c4d-1e3f-4a5b-8c6d-9e0f1a2b3c4d", "startsAt": "2025-06-09T14:00:00Z",
                        "endsAt": "2025-06-09T14:30:00Z"},
                       {"userId": "7a2b9c4d-1e3f-4a5b-8c6d-9e0f1a2b3c4d", "startsAt": "2025-06-09T14:30:00Z",
                        "endsAt": "2025-06-09T15:00:00Z"},
                       {"userId": "7a2b9c4d-1e3f-4a5b-8c6d-9e0f1a2b3c4d", "startsAt": "2025-06-09T15:45:00Z",
                        "endsAt": "2025-06-09T16:15:00Z"}]}""";

    static final String FEED_URL = """
            {"url": "https://app.brightside.example/api/v1/calendar-feeds/cal_Zx3vQk8Lr2mN5pT0aB7cD9eF1gH4jK6lM8nP0qR2sT4.ics"}""";

    private SchedulingExamples() {
    }
}
