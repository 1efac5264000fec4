package ai.seiketsu.conversations;

/** How the caller reached the voice agent: a phone call, the website's voice or typed widget, or the text API. */
public enum Channel {
    PHONE, WEB_VOICE, WEB_CHAT, API_TEXT
}
