package ai.seiketsu.pipeline.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.PipelineHarness;
import ai.seiketsu.pipeline.Responder;
import ai.seiketsu.pipeline.TurnTiming;

class ResponderProcessorTests {

    final List<String> heard = new CopyOnWriteArrayList<>();

    final Responder responder = new Responder() {
        @Override
        public void greet(Sentences out) throws InterruptedException {
            out.sentence("Hi, this is Ava from Lakeside Realty.");
            out.sentence("How can I help?");
        }

        @Override
        public void respond(String callerText, Sentences out) throws InterruptedException {
            out.sentence("You said " + callerText + ".");
            out.sentence("  ");
            out.endCall();
        }

        @Override
        public void interrupted(String heardText) {
            heard.add(heardText);
        }
    };

    @Test
    void each_sentence_goes_out_as_produced_with_the_turn_timing_stamped_once() {
        TurnTiming timing = TurnTiming.ofCallerTurn(100, 200, 300);
        PipelineHarness.Result result = PipelineHarness.run(new ResponderProcessor(responder),
                List.of(new Frame.Greet(), new Frame.UserTurn("goodbye", timing)));

        assertThat(result.downstream(Frame.AgentSentence.class)).extracting(Frame.AgentSentence::text)
                .containsExactly("Hi, this is Ava from Lakeside Realty.", "How can I help?", "You said goodbye.");
        assertThat(result.downstream(Frame.AgentSentence.class)).extracting(Frame.AgentSentence::index)
                .containsExactly(0, 1, 0);
        Frame.AgentSentence reply = result.downstream(Frame.AgentSentence.class).get(2);
        assertThat(reply.timing().lastVoicedNanos()).isEqualTo(100);
        assertThat(reply.timing().firstSentenceNanos()).isGreaterThan(0);
        assertThat(result.downstream(Frame.ResponseEnd.class)).extracting(Frame.ResponseEnd::endCall)
                .containsExactly(false, true);
    }

    @Test
    void the_responder_learns_what_the_caller_heard_when_cut_off() {
        try (PipelineHarness harness = PipelineHarness.start(new ResponderProcessor(responder))) {
            harness.sendUpstream(new Frame.BotInterrupted("Hi, this is"));
            harness.awaitUpstream(Frame.BotInterrupted.class);
            assertThat(heard).containsExactly("Hi, this is");
        }
    }
}
