package ai.seiketsu.agents.web;

/** Example bodies of the voice-agent endpoints for the OpenAPI document (see {@code ApiExample}). */
final class VoiceAgentExamples {

    /** The dialogue settings of the created agent, in the request and in the answer. */
    private static final String DIALOGUE = """
            "dialogue": {"mode": "GUIDED",
                         "requiredFacts": ["INTENT", "AREA", "BUDGET", "BEDROOMS", "TIMELINE", "FINANCING", "NAME",
                                           "CALLBACK_NUMBER"],
                         "knowledge": [{"topic": "OFFICE_HOURS", "question": null,
                                        "answer": "We are open Monday to Friday 9 to 6 and Saturday 10 to 2."},
                                       {"topic": "FAQ", "question": "Do you charge buyers a fee?",
                                        "answer": "No, buyers pay no fee: the seller pays the commission."}],
                         "booking": {"appointmentType": "SHOWING",
                                     "teamMemberIds": ["0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b"],
                                     "slotsToOffer": 3}}""";

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
             "transferNumber": "+15125550100", "phoneNumber": "+15125550199",
            """ + DIALOGUE + "}";

    static final String CHANGE = """
            {"tone": "calm", "transferNumber": "", "businessHours": {},
             "dialogue": {"requiredFacts": ["INTENT", "AREA", "BUDGET", "NAME", "CALLBACK_NUMBER", "EMAIL"],
                          "booking": {"teamMemberIds": [], "slotsToOffer": 2}}}""";

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
            """ + DIALOGUE + """
            , "createdAt": "2025-06-02T14:00:00Z", "updatedAt": "2025-06-02T14:00:00Z"}""";

    private VoiceAgentExamples() {
    }
}
