package ai.seiketsu.identity;

/** A team member's role in one tenant. */
public enum Role {
    OWNER, ADMIN, AGENT, VIEWER
}
