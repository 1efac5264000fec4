package ai.seiketsu.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

import ai.seiketsu.pipeline.FrameProcessor.Direction;

/**
 * Stages linked in a line, read like the call flows: {@code Pipeline.of(vad, stt, turns, responder, tts, pacer)}.
 * Frames enter at either end through {@link #send(Frame)} (downstream, at the first stage) and leave at either end
 * to the {@code exits} callback: downstream frames after the last stage, upstream frames (errors) before the first.
 * <p>
 * The pipeline ends when an {@link Frame.End} has passed every stage, on {@link #cancel}, or on a fatal error
 * (a stage's queue overflowed), which leaves as a fatal {@link Frame.Error} upstream.
 */
public final class Pipeline implements AutoCloseable {

    private final List<FrameProcessor> stages;
    private final PipelineObserver observer;
    private final BiConsumer<Frame, Direction> exits;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private Pipeline(List<FrameProcessor> stages, PipelineObserver observer, BiConsumer<Frame, Direction> exits) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a pipeline needs at least one stage");
        }
        this.stages = List.copyOf(stages);
        this.observer = observer;
        this.exits = exits;
        for (int i = 0; i < this.stages.size(); i++) {
            this.stages.get(i).link(this, i == 0 ? null : this.stages.get(i - 1),
                    i == this.stages.size() - 1 ? null : this.stages.get(i + 1));
        }
    }

    public static Pipeline of(List<FrameProcessor> stages, PipelineObserver observer,
            BiConsumer<Frame, Direction> exits) {
        return new Pipeline(stages, observer, exits);
    }

    /** Starts every stage's threads and sends {@link Frame.Start} through. */
    public Pipeline start() {
        if (started.compareAndSet(false, true)) {
            stages.forEach(FrameProcessor::startThreads);
            send(new Frame.Start());
        }
        return this;
    }

    /** Sends a frame downstream into the first stage. */
    public void send(Frame frame) {
        if (!stopped.get()) {
            stages.getFirst().queue(frame, Direction.DOWNSTREAM);
        }
    }

    /** Sends a frame upstream into the last stage (for example the client's playback report). */
    public void sendUpstreamFromEnd(Frame frame) {
        if (!stopped.get()) {
            stages.getLast().queue(frame, Direction.UPSTREAM);
        }
    }

    /** Asks the pipeline to finish what is queued and stop. */
    public void end(String reason) {
        send(new Frame.End(reason));
    }

    /** Stops every stage at once, dropping what is queued. */
    public void cancel(String reason) {
        stop();
    }

    /** Waits until the pipeline has stopped. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isStopped() {
        return stopped.get();
    }

    public List<FrameProcessor> stages() {
        return stages;
    }

    @Override
    public void close() {
        stop();
    }

    void observe(FrameProcessor from, Frame frame, Direction direction) {
        observer.pushed(from, frame, direction);
    }

    void leave(Frame frame, Direction direction) {
        if (stopped.get()) {
            return;
        }
        exits.accept(frame, direction);
        if (frame instanceof Frame.End && direction == Direction.DOWNSTREAM) {
            stop();
        }
    }

    void overflow(FrameProcessor stage) {
        if (!stopped.get()) {
            exits.accept(new Frame.Error(stage.name() + " cannot keep up: its queue is full", null, true),
                    Direction.UPSTREAM);
            stop();
        }
    }

    private void stop() {
        if (stopped.compareAndSet(false, true)) {
            stages.forEach(FrameProcessor::stop);
            ended.countDown();
        }
    }
}
