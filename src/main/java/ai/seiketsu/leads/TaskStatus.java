package ai.seiketsu.leads;

/** Whether a task still needs doing. */
public enum TaskStatus {
    OPEN, DONE
}
