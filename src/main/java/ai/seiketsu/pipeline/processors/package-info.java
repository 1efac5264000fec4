/**
 * The stages of a voice call, in the order a call uses them: voice activity, speech recognition, turn taking
 * (end of turn and barge-in), the responder, speech synthesis and the output pacer.
 */
@NullMarked
package ai.seiketsu.pipeline.processors;

import org.jspecify.annotations.NullMarked;
