package ai.seiketsu.agents;

/**
 * How a voice agent's dialogue is driven. {@code GUIDED}: the built-in guided dialogue (qualify, inform from the
 * agency's data, book). {@code LLM}: a language model leads the conversation; it is part of the API already but
 * refused until that dialogue exists.
 */
public enum DialogueMode {
    GUIDED, LLM
}
