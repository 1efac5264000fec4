package ai.seiketsu.conversations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A conversation with its turns in order: what staff read on the conversation's page. */
public record ConversationDetail(@JsonUnwrapped Conversation conversation, List<Turn> turns) {

    public ConversationDetail {
        turns = List.copyOf(turns);
    }
}
