package ai.seiketsu.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import ai.seiketsu.pipeline.FrameProcessor.Direction;

class FrameProcessorTests {

    /** Passes everything on; holds each sentence until released, to stand for slow work. */
    static final class Gate extends FrameProcessor {

        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch busy = new CountDownLatch(1);

        Gate() {
        }

        Gate(int capacity) {
            super(capacity);
        }

        @Override
        protected void process(Frame frame, Direction direction) throws InterruptedException {
            if (frame instanceof Frame.AgentSentence) {
                busy.countDown();
                release.await();
            }
            push(frame, direction);
        }
    }

    static Frame.AgentSentence sentence(int index) {
        return new Frame.AgentSentence("sentence " + index, index, TurnTiming.NONE);
    }

    @Test
    void system_frames_overtake_data_frames_held_up_by_slow_work() throws Exception {
        Gate gate = new Gate();
        try (PipelineHarness harness = PipelineHarness.start(gate)) {
            harness.send(sentence(0)).send(sentence(1));
            assertThat(gate.busy.await(5, TimeUnit.SECONDS)).isTrue();
            harness.send(new Frame.UserStartedSpeaking(1));

            harness.awaitDownstream(Frame.UserStartedSpeaking.class);
            assertThat(harness.downstream(Frame.AgentSentence.class)).isEmpty();

            gate.release.countDown();
            harness.awaitDownstream(Frame.AgentSentence.class, s -> s.index() == 1);
            assertThat(harness.downstream(Frame.AgentSentence.class)).extracting(Frame.AgentSentence::index)
                    .containsExactly(0, 1);
        }
    }

    @Test
    void an_interruption_drops_queued_data_and_the_output_of_work_in_progress_but_keeps_the_end() throws Exception {
        Gate gate = new Gate();
        try (PipelineHarness harness = PipelineHarness.start(gate)) {
            harness.send(sentence(0)).send(sentence(1)).send(new Frame.ResponseEnd(false));
            assertThat(gate.busy.await(5, TimeUnit.SECONDS)).isTrue();
            harness.pipeline().end("caller hung up");
            harness.send(new Frame.Interruption());
            harness.awaitDownstream(Frame.Interruption.class);

            harness.awaitEnd();
            assertThat(harness.downstream()).containsExactly(new Frame.Interruption());
        }
    }

    @Test
    void frames_sent_after_an_interruption_flow_again() {
        Gate gate = new Gate();
        gate.release.countDown();
        try (PipelineHarness harness = PipelineHarness.start(gate)) {
            harness.send(new Frame.Interruption()).send(sentence(7));
            harness.awaitDownstream(Frame.AgentSentence.class);
            assertThat(harness.downstream()).containsExactly(new Frame.Interruption(), sentence(7));
        }
    }

    @Test
    void a_failing_stage_reports_upstream_and_keeps_working() {
        FrameProcessor picky = new FrameProcessor() {
            @Override
            protected void process(Frame frame, Direction direction) {
                if (frame instanceof Frame.AgentSentence s && s.index() == 0) {
                    throw new IllegalStateException("cannot say that");
                }
                push(frame, direction);
            }
        };
        PipelineHarness.Result result = PipelineHarness.run(picky, List.of(sentence(0), sentence(1)));

        assertThat(result.downstream()).containsExactly(sentence(1));
        assertThat(result.upstream(Frame.Error.class)).singleElement().satisfies(error -> {
            assertThat(error.fatal()).isFalse();
            assertThat(error.message()).contains("cannot say that");
        });
    }

    @Test
    void a_stage_that_cannot_keep_up_ends_the_pipeline_with_a_fatal_error_instead_of_growing() throws Exception {
        Gate gate = new Gate(8);
        try (PipelineHarness harness = PipelineHarness.start(gate)) {
            harness.send(sentence(0));
            assertThat(gate.busy.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 1; i <= 20; i++) {
                harness.send(sentence(i));
            }
            harness.awaitEnd();
            assertThat(harness.upstream(Frame.Error.class)).singleElement()
                    .satisfies(error -> assertThat(error.fatal()).isTrue());
            assertThat(gate.queued()).isZero();
        }
    }

    @Test
    void stages_pass_frames_in_line_and_the_observer_sees_every_push() {
        FrameProcessor upper = new FrameProcessor() {
            @Override
            protected void process(Frame frame, Direction direction) {
                push(frame instanceof Frame.AgentSentence s
                        ? new Frame.AgentSentence(s.text().toUpperCase(), s.index(), s.timing())
                        : frame, direction);
            }
        };
        Gate open = new Gate();
        open.release.countDown();
        try (PipelineHarness harness = PipelineHarness.start(upper, open)) {
            harness.send(sentence(3));
            harness.awaitDownstream(Frame.AgentSentence.class);
            assertThat(harness.downstream(Frame.AgentSentence.class)).extracting(Frame.AgentSentence::text)
                    .containsExactly("SENTENCE 3");
            Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                    harness.observed().stream().filter(Frame.AgentSentence.class::isInstance).count())
                    .isEqualTo(2));
        }
    }
}
