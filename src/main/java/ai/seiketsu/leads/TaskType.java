package ai.seiketsu.leads;

/** What a task asks staff to do: call the lead back (they asked for it) or follow up. */
public enum TaskType {
    CALLBACK, FOLLOW_UP
}
