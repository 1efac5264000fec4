package ai.seiketsu.agents;

/** What a knowledge snippet of a voice agent is about. */
public enum KnowledgeTopic {
    OFFICE_HOURS, AREAS_SERVED, FEES, FAQ, OTHER
}
