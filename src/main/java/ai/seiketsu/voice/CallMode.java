package ai.seiketsu.voice;

/**
 * Who a call talks to: {@code CALLER}, a caller talking to the agency's voice agent; {@code ASSISTANT}, a signed-in
 * team member talking to their own assistant (not available yet: the staff-assistant issue adds it).
 */
public enum CallMode {
    CALLER, ASSISTANT
}
