package ai.seiketsu.agents.web;

/** Example bodies of the voice-agent endpoints for the OpenAPI document (see {@code ApiExample}). */
final class VoiceAgentExamples {

    static final String CREATE = """
            {"name": "Front desk", "persona": "Receptionist of Brightside Realty, an Austin agency for buyers and sellers.",
             "tone": "warm and professional", "language": "en",
             "greeting": "Hello, thank you for calling Brightside Realty. How can I help you today?",
             "recordingEnabled": true, "recordingDisclosure": "This call is recorded.",
             "voice": {"engine": "EMBEDDED", "voiceId": "default", "speed": 1.0},
             "endOfTurnSilenceMs": 700, "interruptionSensitivity": "MEDIUM",
             "businessHours": {"MONDAY": [{"open": "09:00", "close": "18:00"}],
                               "SATURDAY": [{"open": "10:00", "close": "14:00"}]},
             "timeZone": "America/Chicago", "afterHoursMessage": "We are closed now; leave your number and we call back.",
             "transferNumber": "+15125550100", "phoneNumber": "+15125550199"}""";

    static final String CHANGE = """
            {"tone": "calm", "transferNumber": "", "businessHours": {}}""";

    static final String AGENT = """
            {"id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e", "name": "Front desk",
             "persona": "Receptionist of Brightside Realty, an Austin agency for buyers and sellers.",
             "tone": "warm and professional", "language": "en",
             "greeting": "Hello, thank you for calling Brightside Realty. How can I help you today?",
             "recordingEnabled": true, "recordingDisclosure": "This call is recorded.",
             "voice": {"engine": "EMBEDDED", "voiceId": "default", "speed": 1.0},
             "endOfTurnSilenceMs": 700, "interruptionSensitivity": "MEDIUM",
             "businessHours": {"MONDAY": [{"open": "09:00", "close": "18:00"}],
                               "SATURDAY": [{"open": "10:00", "close": "14:00"}]},
             "timeZone": "America/Chicago", "afterHoursMessage": "We are closed now; leave your number and we call back.",
             "transferNumber": "+15125550100", "phoneNumber": "+15125550199",
             "createdAt": "2025-06-02T14:00:00Z", "updatedAt": "2025-06-02T14:00:00Z"}""";

    private VoiceAgentExamples() {
    }
}
