package ai.seiketsu.pipeline;

/**
 * Sees every frame a stage pushes, on the pushing thread, before the next stage gets it. This is how a call
 * session learns about transcripts, speech and timings without a stage of its own, and without waiting behind
 * queued audio. Must be quick and must not block.
 */
@FunctionalInterface
public interface PipelineObserver {

    void pushed(FrameProcessor from, Frame frame, FrameProcessor.Direction direction);

    PipelineObserver NONE = (from, frame, direction) -> {
    };
}
