package ai.seiketsu.voice.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.pipeline.Responder;

/**
 * The dialogue until the guided brain arrives: it greets (with the recording disclosure, when the agent records,
 * before its first question), acknowledges what the caller says and asks the next of a few qualifying questions,
 * then thanks them and ends the call. It never states a fact about listings, prices or free slots, so it cannot invent one. Caller goodbyes end
 * the call at once.
 */
final class ScriptedResponder implements Responder {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern GOODBYE = Pattern.compile("\\b(bye|goodbye|that's all|that is all|hang up)\\b");
    private static final List<String> QUESTIONS = List.of(
            "Are you looking to buy, sell or rent?",
            "Which area are you interested in?",
            "What budget do you have in mind?",
            "How many bedrooms do you need?",
            "What is the best number to reach you?");
    private static final List<String> ACKNOWLEDGEMENTS = List.of("Thank you.", "Got it.", "Great.", "Okay.");
    static final String CLOSING = "Thank you, a member of our team will follow up with you shortly. Goodbye.";

    private final VoiceAgent agent;
    private int asked;

    ScriptedResponder(VoiceAgent agent) {
        this.agent = agent;
    }

    @Override
    public void greet(Sentences out) throws InterruptedException {
        List<String> greeting = new ArrayList<>(List.of(SENTENCE_END.split(agent.greeting().strip())));
        String question = greeting.getLast().endsWith("?") ? greeting.removeLast() : "How can I help you today?";
        for (String sentence : greeting) {
            out.sentence(sentence);
        }
        if (agent.recordingEnabled() && !agent.recordingDisclosure().isBlank()) {
            speak(agent.recordingDisclosure(), out); // said before the caller is asked anything
        }
        out.sentence(question);
    }

    @Override
    public void respond(String callerText, Sentences out) throws InterruptedException {
        if (GOODBYE.matcher(callerText.toLowerCase(Locale.ROOT)).find()) {
            out.sentence("Thank you for calling " + agent.name() + ". Goodbye.");
            out.endCall();
            return;
        }
        if (asked < QUESTIONS.size()) {
            out.sentence(ACKNOWLEDGEMENTS.get(asked % ACKNOWLEDGEMENTS.size()));
            out.sentence(QUESTIONS.get(asked++));
            return;
        }
        speak(CLOSING, out);
        out.endCall();
    }

    /** A question the caller did not hear to the end is asked again next time. */
    @Override
    public void interrupted(String heardText) {
        if (asked > 0 && asked <= QUESTIONS.size() && !heardText.contains(QUESTIONS.get(asked - 1))) {
            asked--;
        }
    }

    static void speak(String text, Sentences out) throws InterruptedException {
        for (String sentence : SENTENCE_END.split(text.strip())) {
            out.sentence(sentence);
        }
    }
}
