package ai.seiketsu.conversations.web;

/** Example bodies of the conversation endpoints for the OpenAPI document (see {@code ApiExample}). */
final class ConversationExamples {

    private static final String FIELDS = """
            "id": "a4904f9c-20b3-47ff-ac75-941071e33df5", "agentId": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
            "channel": "PHONE", "status": "ENDED", "outcome": "APPOINTMENT_BOOKED",
            "leadId": "19ca37df-b50b-4baa-a2b6-d71861f50549",
            "appointmentIds": ["000415df-83be-439c-b6e0-0e374ae8bea9"],
            "summary": "Maria wants a 3+ bedroom house in Austin under $500k; showing of BR-1042 booked for Monday.",
            "startedAt": "2025-06-02T15:04:05Z", "endedAt": "2025-06-02T15:07:41Z",
            "recording": {"contentType": "audio/wav", "sizeBytes": 6912044, "durationMs": 216000}""";

    static final String PAGE = "{\"items\": [{" + FIELDS + "}], \"nextCursor\": null}";

    static final String DETAIL = "{" + FIELDS + """
            , "turns": [
              {"role": "AGENT", "text": "Hello, thank you for calling Brightside Realty. This call is recorded. How can I help you today?",
               "startedAt": "2025-06-02T15:04:05Z", "interrupted": false, "cacheHit": true, "endpointMs": null,
               "sttMs": null, "thinkMs": null, "ttsFirstAudioMs": null, "responseMs": null},
              {"role": "CALLER", "text": "Hi, I'm looking for a three-bedroom house in Austin under 500k.",
               "startedAt": "2025-06-02T15:04:09Z", "interrupted": false, "cacheHit": false, "endpointMs": null,
               "sttMs": null, "thinkMs": null, "ttsFirstAudioMs": null, "responseMs": null},
              {"role": "AGENT", "text": "I have a four-bedroom bungalow on Bouldin Avenue at 485,000. Would you like to see it?",
               "startedAt": "2025-06-02T15:04:14Z", "interrupted": false, "cacheHit": false, "endpointMs": 640,
               "sttMs": 210, "thinkMs": 380, "ttsFirstAudioMs": 95, "responseMs": 1115}]}""";

    private ConversationExamples() {
    }
}
