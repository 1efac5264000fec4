package ai.seiketsu.provisioning.web;

/** Example bodies of the provisioning endpoints for the OpenAPI document (see {@code ApiExample}). */
final class ProvisioningExamples {

    static final String REQUEST = """
            {"name": "Brightside Realty", "slug": "brightside", "plan": "STARTER", "timeZone": "America/Chicago",
             "owner": {"email": "maya@brightside.example", "name": "Maya Chen",
                       "password": "correct horse battery staple"}}""";

    static final String RESPONSE = """
            {"tenant": {"id": "3f1c2a9e-8b7d-4e21-9c3a-5d6f7e8a9b01", "slug": "brightside",
                        "name": "Brightside Realty", "plan": "STARTER", "status": "ACTIVE",
                        "timeZone": "America/Chicago",
                        "limits": {"members": 3, "voiceAgents": 1, "concurrentCalls": 2,
                                   "monthlyVoiceMinutes": 500, "apiRequestsPerSecond": 20},
                        "requireMfaForAdmins": false,
                        "createdAt": "2025-06-02T14:00:00Z", "updatedAt": "2025-06-02T14:00:00Z"},
             "owner": {"id": "7a2b9c4d-1e3f-4a5b-8c6d-9e0f1a2b3c4d", "email": "maya@brightside.example",
                       "accountId": "0c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5"},
             "apiKey": "sk_CrKg2PLdT0O4n6SWrQhr8_YVsKvr4rxzPfYmyddN_eQ",
             "voiceAgent": {"id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e", "name": "Receptionist"}}""";

    private ProvisioningExamples() {
    }
}
