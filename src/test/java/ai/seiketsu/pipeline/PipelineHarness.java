package ai.seiketsu.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

import ai.seiketsu.pipeline.FrameProcessor.Direction;

/**
 * Runs stages in a pipeline of their own, feeds them frames and collects what comes out at either end, on the
 * model of Pipecat's {@code run_test}. {@link #run} is the one-shot form: send frames, then an {@link Frame.End},
 * wait until it has passed, and return what left downstream and upstream (without the start and end frames).
 */
public final class PipelineHarness implements AutoCloseable {

    private final Pipeline pipeline;
    private final List<Frame> downstream = new CopyOnWriteArrayList<>();
    private final List<Frame> upstream = new CopyOnWriteArrayList<>();
    private final List<Frame> observed = new CopyOnWriteArrayList<>();

    private PipelineHarness(List<FrameProcessor> stages) {
        this.pipeline = Pipeline.of(stages, (from, frame, direction) -> observed.add(frame), (frame, direction) -> {
            if (direction == Direction.DOWNSTREAM) {
                downstream.add(frame);
            }
            else {
                upstream.add(frame);
            }
        });
    }

    /** Starts the stages (sending {@link Frame.Start} through). */
    public static PipelineHarness start(FrameProcessor... stages) {
        PipelineHarness harness = new PipelineHarness(Arrays.asList(stages));
        harness.pipeline.start();
        return harness;
    }

    /** Sends {@code frames}, then an end, and returns what came out once the end has passed. */
    public static Result run(FrameProcessor stage, List<? extends Frame> frames) {
        try (PipelineHarness harness = start(stage)) {
            frames.forEach(harness::send);
            harness.pipeline.end("test over");
            harness.awaitEnd();
            return new Result(withoutLifecycle(harness.downstream), withoutLifecycle(harness.upstream));
        }
    }

    public PipelineHarness send(Frame frame) {
        pipeline.send(frame);
        return this;
    }

    /** Sends a frame upstream into the last stage, as the transport at the far end would. */
    public PipelineHarness sendUpstream(Frame frame) {
        pipeline.sendUpstreamFromEnd(frame);
        return this;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public List<Frame> downstream() {
        return withoutLifecycle(downstream);
    }

    public List<Frame> upstream() {
        return withoutLifecycle(upstream);
    }

    /** Every frame any stage pushed, in push order. */
    public List<Frame> observed() {
        return List.copyOf(observed);
    }

    public <T extends Frame> List<T> downstream(Class<T> type) {
        return downstream.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends Frame> List<T> upstream(Class<T> type) {
        return upstream.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Waits (at most 10 s) until a frame of {@code type} matching {@code test} has left downstream. */
    public <T extends Frame> T awaitDownstream(Class<T> type, Predicate<T> test) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(2))
                .until(() -> downstream(type).stream().filter(test).findFirst().orElse(null), found -> found != null);
    }

    public <T extends Frame> T awaitDownstream(Class<T> type) {
        return awaitDownstream(type, frame -> true);
    }

    public <T extends Frame> T awaitUpstream(Class<T> type) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(2))
                .until(() -> upstream(type).stream().findFirst().orElse(null), found -> found != null);
    }

    public void awaitEnd() {
        try {
            if (!pipeline.awaitEnd(Duration.ofSeconds(10))) {
                throw new AssertionError("the pipeline did not end within 10 s");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    private static List<Frame> withoutLifecycle(List<Frame> frames) {
        List<Frame> kept = new ArrayList<>();
        for (Frame frame : frames) {
            if (!(frame instanceof Frame.Start) && !(frame instanceof Frame.End)) {
                kept.add(frame);
            }
        }
        return kept;
    }

    /** What left a one-shot run. */
    public record Result(List<Frame> downstream, List<Frame> upstream) {

        public <T extends Frame> List<T> downstream(Class<T> type) {
            return downstream.stream().filter(type::isInstance).map(type::cast).toList();
        }

        public <T extends Frame> List<T> upstream(Class<T> type) {
            return upstream.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
