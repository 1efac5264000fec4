package ai.seiketsu.dialogue.guided;

import java.util.List;

/**
 * What the agent says to one caller turn, sentence by sentence, and whether the conversation ends after it.
 */
public record Reply(List<String> sentences, boolean ended) {

    public Reply {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return String.join(" ", sentences);
    }
}
