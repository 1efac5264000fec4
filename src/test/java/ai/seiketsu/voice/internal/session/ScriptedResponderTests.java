package ai.seiketsu.voice.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.pipeline.Responder;

class ScriptedResponderTests {

    static VoiceAgent agent(String greeting, boolean recording) {
        return new VoiceAgent(UUID.randomUUID(), "Harbor Homes", "receptionist", "warm", "en", greeting, recording,
                "This call is recorded.", new VoiceAgent.Voice("EMBEDDED", "kevin16", 1.0), 500, "MEDIUM", null,
                "America/Chicago", "We are closed.", null, null, Instant.EPOCH, Instant.EPOCH);
    }

    static final class Reply implements Responder.Sentences {
        final List<String> sentences = new ArrayList<>();
        boolean ended;

        @Override
        public void sentence(String text) {
            sentences.add(text);
        }

        @Override
        public void endCall() {
            ended = true;
        }
    }

    @Test
    void greets_sentence_by_sentence_with_the_recording_disclosure_and_an_opening_question() throws Exception {
        Reply reply = new Reply();
        new ScriptedResponder(agent("Hi, thanks for calling Harbor Homes. This is Ava.", true)).greet(reply);
        assertThat(reply.sentences).containsExactly("Hi, thanks for calling Harbor Homes.", "This is Ava.",
                "This call is recorded.", "How can I help you today?");
    }

    @Test
    void the_disclosure_comes_before_the_greeting_asks_anything() throws Exception {
        Reply reply = new Reply();
        new ScriptedResponder(agent("Thanks for calling Harbor Homes. How can I help you today?", true)).greet(reply);
        assertThat(reply.sentences).containsExactly("Thanks for calling Harbor Homes.", "This call is recorded.",
                "How can I help you today?");
    }

    @Test
    void acknowledges_and_asks_one_question_at_a_time_then_closes_the_call() throws Exception {
        ScriptedResponder responder = new ScriptedResponder(agent("Hello, how can I help?", false));
        Reply greeting = new Reply();
        responder.greet(greeting);
        assertThat(greeting.sentences).containsExactly("Hello, how can I help?");
        List<String> questions = new ArrayList<>();
        Reply reply;
        do {
            reply = new Reply();
            responder.respond("some answer", reply);
            questions.add(reply.sentences.getLast());
        } while (!reply.ended);
        assertThat(questions).hasSize(6).doesNotHaveDuplicates();
        assertThat(questions.getLast()).endsWith("Goodbye.");
    }

    @Test
    void a_goodbye_ends_the_call_and_a_question_cut_off_is_asked_again() throws Exception {
        ScriptedResponder responder = new ScriptedResponder(agent("Hello?", false));
        Reply first = new Reply();
        responder.respond("hi there", first);
        responder.interrupted(first.sentences.getFirst() + " Are you");
        Reply again = new Reply();
        responder.respond("sorry, go on", again);
        assertThat(again.sentences.getLast()).isEqualTo(first.sentences.getLast());

        Reply bye = new Reply();
        responder.respond("okay bye", bye);
        assertThat(bye.ended).isTrue();
        assertThat(bye.sentences.getFirst()).contains("Harbor Homes");
    }
}
