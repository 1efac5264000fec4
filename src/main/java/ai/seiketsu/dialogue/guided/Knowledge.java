package ai.seiketsu.dialogue.guided;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import ai.seiketsu.agents.DialogueSettings.KnowledgeSnippet;
import ai.seiketsu.agents.KnowledgeTopic;
import org.jspecify.annotations.Nullable;

/**
 * Answers questions about the agency from the voice agent's knowledge snippets, in the agency's own words: office
 * hours, areas served, fees, and its frequent questions. A question none of them answers gets null; the dialogue
 * then says it does not know rather than make something up.
 */
final class Knowledge {

    private static final Pattern OFFICE_HOURS = Pattern.compile(
            "\\b(?:office|opening|business|working) hours\\b|\\byour hours\\b|\\bwhat (?:are|is) (?:the|your) hours\\b"
                    + "|\\b(?:are|is) (?:you|the office|your office) (?:open|closed)\\b|\\bwhen (?:are|is) (?:you|the office)\\b"
                    + "|\\b(?:what time|when) do you (?:open|close)\\b|\\bhours (?:are you|do you)\\b");
    private static final Pattern AREAS = Pattern.compile(
            "\\b(?:which|what) (?:areas|cities|neighbo(?:u)?rhoods|parts)\\b|\\b(?:do you|you) (?:serve|cover|work in)"
                    + "|\\bareas (?:do )?you\\b|\\bserve\\b");
    private static final Pattern FEES = Pattern.compile(
            "\\b(?:commission|your fees?|what (?:are )?(?:the |your )?fees?|(?:do|would) you charge|how much do you "
                    + "(?:charge|take)|cost to (?:sell|list))\\b");
    private static final Pattern QUESTION = Pattern.compile(
            "^(?:what|what's|whats|when|where|how|who|which|why|do|does|did|is|are|can|could|will|would|should)\\b"
                    + "|\\?\\s*$");
    private static final Set<String> STOP_WORDS = new HashSet<>(Arrays.asList("a", "an", "the", "is", "are", "do",
            "does", "you", "your", "i", "my", "me", "we", "what", "whats", "what's", "when", "where", "how", "who",
            "which", "can", "could", "would", "will", "of", "to", "for", "in", "on", "at", "it", "there", "and", "or",
            "with", "about", "any", "have", "has", "be", "that", "this", "if", "so", "please", "tell", "us"));

    private Knowledge() {
    }

    /** Whether the words are a question (a question mark, or a question word first). */
    static boolean isQuestion(String text) {
        return QUESTION.matcher(text.strip().toLowerCase(Locale.ROOT)).find();
    }

    static @Nullable String answer(List<KnowledgeSnippet> snippets, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (FEES.matcher(t).find()) {
            return first(snippets, KnowledgeTopic.FEES);
        }
        if (OFFICE_HOURS.matcher(t).find()) {
            String hours = first(snippets, KnowledgeTopic.OFFICE_HOURS);
            if (hours != null) {
                return hours;
            }
        }
        if (AREAS.matcher(t).find()) {
            String areas = first(snippets, KnowledgeTopic.AREAS_SERVED);
            if (areas != null) {
                return areas;
            }
        }
        return bestQuestion(snippets, t);
    }

    private static @Nullable String first(List<KnowledgeSnippet> snippets, KnowledgeTopic topic) {
        return snippets.stream().filter(s -> s.topic() == topic).map(KnowledgeSnippet::answer).findFirst()
                .orElse(null);
    }

    /** The snippet whose question shares most of its content words with the caller's (at least half of them). */
    private static @Nullable String bestQuestion(List<KnowledgeSnippet> snippets, String text) {
        Set<String> said = contentWords(text);
        String best = null;
        double bestShare = 0.5;
        for (KnowledgeSnippet snippet : snippets) {
            if (snippet.question() == null) {
                continue;
            }
            Set<String> asked = contentWords(snippet.question());
            if (asked.isEmpty()) {
                continue;
            }
            long shared = asked.stream().filter(said::contains).count();
            double share = (double) shared / asked.size();
            if (shared > 0 && share >= bestShare) {
                best = snippet.answer();
                bestShare = share + 1e-9;
            }
        }
        return best;
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word);
            }
        }
        return words;
    }
}
