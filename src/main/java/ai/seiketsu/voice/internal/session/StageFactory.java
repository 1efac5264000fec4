package ai.seiketsu.voice.internal.session;

import java.util.List;

import ai.seiketsu.pipeline.FrameProcessor;

/** The stages of one call's pipeline, fresh for each call (stages hold per-call state). */
@FunctionalInterface
interface StageFactory {

    List<FrameProcessor> create();
}
