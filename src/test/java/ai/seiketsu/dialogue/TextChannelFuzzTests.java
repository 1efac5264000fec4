package ai.seiketsu.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.seiketsu.support.Http;
import ai.seiketsu.support.Http.Response;
import ai.seiketsu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Callers say anything: seeded random messages made of real-estate fragments, numbers, dates, punctuation and noise,
 * thrown at the text channel. Every message gets a reply (200) until the agent ends the conversation, then 409;
 * never a 500, never an empty reply.
 */
@IntegrationTest
class TextChannelFuzzTests {

    private static final String[] FRAGMENTS = { "I want to buy", "sell my house", "rent", "invest", "in Austin",
            "Round Rock", "78701", "under 500k", "between four and five hundred", "half a million", "2200 a month",
            "three bed two bath", "0 bedrooms", "99 bathrooms", "a condo", "townhouse", "asap", "next month",
            "in the spring", "pre-approved", "cash", "need a lender", "relocating for work", "my name is Maria Lopez",
            "512 867 5399", "five one two double five oh one two three four", "maria dot lopez at gmail dot com",
            "yes", "no", "no, I said four hundred", "actually make it Sunday", "Saturday at two", "tomorrow morning",
            "the second one", "does it have a garage", "what's the HOA", "none of those work", "is it safe",
            "what kind of people live there", "what are your hours", "can I talk to a person", "not sure", "skip",
            "1204 Maple Street", "on Oak Lane", "?", "!!!", "", "   ", "ümlaut ñ 東京", "<script>alert(1)</script>",
            "'; drop table lead; --", "99999999999999999999", "-5", "0", "1e9", "between 900 and 100",
            "from 9 million to 1", "February 30th at 25 o'clock", "the 99th one", "null", "\\u0000" };

    @LocalServerPort
    int port;

    @Test
    void randomMessagesAreAlwaysAnsweredNeverAFiveHundred() {
        Http http = new Http(port);
        DialogueAgency agency = DialogueAgency.create(http, "fuzz");
        Random random = new Random(20261126L);
        int answered = 0;
        for (int conversation = 0; conversation < 25; conversation++) {
            Response opened = http.post("/api/v1/conversations", agency.apiKey(),
                    Http.json(Map.of("agentId", agency.agentId(), "channel", "API_TEXT")));
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            String id = opened.json().at("/id").asString();
            boolean ended = false;
            for (int turn = 0; turn < 14; turn++) {
                String text = message(random);
                Response reply = http.post("/api/v1/conversations/" + id + "/messages", agency.apiKey(),
                        Http.json(Map.of("text", text)));
                if (text.isBlank()) {
                    assertThat(reply.status()).as("blank: " + reply.body()).isEqualTo(400);
                    continue;
                }
                if (ended) {
                    assertThat(reply.status()).as("after the end: " + text).isEqualTo(409);
                    continue;
                }
                assertThat(reply.status()).as("'" + text + "' → " + reply.body()).isEqualTo(200);
                assertThat(reply.json().at("/reply").asString()).as("reply to '" + text + "'").isNotBlank();
                ended = reply.json().at("/ended").asBoolean();
                answered++;
            }
            if (!ended) {
                assertThat(http.post("/api/v1/conversations/" + id + "/end", agency.apiKey(), "{}").status())
                        .isEqualTo(200);
            }
        }
        assertThat(answered).as("messages answered").isGreaterThan(100);
    }

    private static String message(Random random) {
        int parts = 1 + random.nextInt(3);
        List<String> said = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            said.add(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return String.join(random.nextBoolean() ? ", " : " ", said);
    }
}
