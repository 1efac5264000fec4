package ai.seiketsu.agents.internal;

import java.util.List;

import ai.seiketsu.agents.DialogueMode;
import ai.seiketsu.agents.DialogueSettings;
import ai.seiketsu.agents.DialogueSettings.BookingRules;
import ai.seiketsu.agents.DialogueSettings.KnowledgeSnippet;
import ai.seiketsu.agents.KnowledgeTopic;
import ai.seiketsu.shared.ProblemException.FieldViolation;

/**
 * What a voice agent's dialogue settings must satisfy, field by field under {@code dialogue.}. Whether booking's team
 * members are active members is asked of the team, not here ({@code VoiceAgents}).
 */
public final class DialogueRules {

    public static final int MAX_SNIPPETS = 50;
    public static final int MAX_ANSWER = 1000;
    public static final int MAX_QUESTION = 300;
    public static final int MAX_TEAM_MEMBERS = 200;

    private DialogueRules() {
    }

    static void check(DialogueSettings dialogue, List<FieldViolation> found) {
        if (dialogue.mode() == DialogueMode.LLM) {
            found.add(new FieldViolation("dialogue.mode", "LLM is not available yet; use GUIDED"));
        }
        if (dialogue.knowledge().size() > MAX_SNIPPETS) {
            found.add(new FieldViolation("dialogue.knowledge", "must have at most " + MAX_SNIPPETS + " snippets"));
        } else {
            for (int i = 0; i < dialogue.knowledge().size(); i++) {
                snippet(dialogue.knowledge().get(i), "dialogue.knowledge[" + i + "].", found);
            }
        }
        booking(dialogue.booking(), found);
    }

    @SuppressWarnings("ConstantValue") // topic and answer are null when a request left them out
    private static void snippet(KnowledgeSnippet snippet, String prefix, List<FieldViolation> found) {
        if (snippet.topic() == null) {
            found.add(new FieldViolation(prefix + "topic", "must be one of " + List.of(KnowledgeTopic.values())));
        }
        if (snippet.answer() == null || snippet.answer().isEmpty() || snippet.answer().length() > MAX_ANSWER) {
            found.add(new FieldViolation(prefix + "answer", "must be 1-" + MAX_ANSWER + " characters"));
        }
        if (snippet.question() != null && snippet.question().length() > MAX_QUESTION) {
            found.add(new FieldViolation(prefix + "question", "must be at most " + MAX_QUESTION + " characters"));
        } else if (snippet.question() == null && snippet.topic() == KnowledgeTopic.FAQ) {
            found.add(new FieldViolation(prefix + "question", "must be given for an FAQ snippet"));
        }
    }

    private static void booking(BookingRules booking, List<FieldViolation> found) {
        if (booking.teamMemberIds().size() > MAX_TEAM_MEMBERS) {
            found.add(new FieldViolation("dialogue.booking.teamMemberIds",
                    "must list at most " + MAX_TEAM_MEMBERS + " members"));
        }
        if (booking.slotsToOffer() < 2 || booking.slotsToOffer() > 3) {
            found.add(new FieldViolation("dialogue.booking.slotsToOffer", "must be 2 or 3"));
        }
    }
}
