package ai.seiketsu.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scripted caller conversation, read from a text file in {@code src/test/resources/dialogue/conversations}:
 *
 * <pre>
 * # What the conversation is about (any number of comment lines)
 * &#64; channel WEB_CHAT                 settings before it starts: channel, facts (required facts), slots
 * &gt; I'm looking to buy in Austin      what the caller types
 * &lt; bedrooms                          the agent's reply to it contains this (case does not matter); may repeat
 * &lt;! Maple                            ... and does not contain this
 * ! hang up                           the caller leaves (POST /end) instead of finishing
 * = lead.areas Austin                 after the conversation: a lead field (lists joined by ", "),
 * = lead.score 85..100                a score band,
 * = appointment SHOWING               the appointment booked (or: none),
 * = task CALLBACK                     a task on the lead,
 * = outcome APPOINTMENT_BOOKED        the conversation's outcome,
 * = ended true                        whether the agent ended the conversation itself
 * </pre>
 */
record ConversationScript(String name, List<String> description, Map<String, String> settings, List<Step> steps,
        List<Expectation> expectations) {

    /** A caller's message and what its reply must (and must not) contain. */
    record Step(String said, List<String> replyContains, List<String> replyLacks) {
    }

    record Expectation(String what, String value) {
    }

    static ConversationScript parse(String name, String text) {
        List<String> description = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        List<Expectation> expectations = new ArrayList<>();
        int number = 0;
        for (String raw : text.split("\n")) {
            number++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String rest = line.length() > 1 ? line.substring(line.startsWith("<!") ? 2 : 1).strip() : "";
            switch (line.startsWith("<!") ? '~' : line.charAt(0)) {
                case '#' -> description.add(rest);
                case '@' -> {
                    String[] kv = rest.split("\\s+", 2);
                    settings.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
                case '>' -> steps.add(new Step(rest, new ArrayList<>(), new ArrayList<>()));
                case '<' -> last(steps, name, number).replyContains().add(rest);
                case '~' -> last(steps, name, number).replyLacks().add(rest);
                case '!' -> steps.add(new Step("!" + rest, List.of(), List.of()));
                case '=' -> {
                    String[] kv = rest.split("\\s+", 2);
                    expectations.add(new Expectation(kv[0], kv.length > 1 ? kv[1] : ""));
                }
                default -> throw new IllegalArgumentException(name + ":" + number + ": cannot read '" + line + "'");
            }
        }
        return new ConversationScript(name, description, settings, steps, expectations);
    }

    private static Step last(List<Step> steps, String name, int number) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(name + ":" + number + ": an expected reply needs a message before it");
        }
        return steps.getLast();
    }
}
