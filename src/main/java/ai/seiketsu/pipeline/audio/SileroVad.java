package ai.seiketsu.pipeline.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.jspecify.annotations.Nullable;

/**
 * Silero VAD v5 on ONNX Runtime: a small recurrent network trained on thousands of hours of speech and noise, which
 * tells speech from noise that is as loud as speech (music, traffic, a pink-noise burst) where {@link EnergyVad}
 * cannot. It costs a fraction of a millisecond per 32 ms frame on one core; {@link GatedVad} spares even that on
 * silent frames.
 *
 * <p><b>The model.</b> {@code /vad/silero_vad_v5.onnx} on the class path (see THIRD_PARTY_NOTICES). Its inputs are
 * {@code input} (float {@code [1, 576]}: the last 64 samples of the previous frame, then the 512 new ones, scaled to
 * [-1, 1)), {@code state} (float {@code [2, 1, 128]}, the recurrent state, zero at the start) and {@code sr} (int64
 * scalar, 16000); its outputs are {@code output} (float {@code [1, 1]}, the speech probability) and {@code stateN}
 * (the state for the next frame). The 64 samples of context let the network see an onset that straddles two frames.
 *
 * <p><b>Threads.</b> The model is loaded once per process into one {@link OrtSession}, shared by every instance and
 * kept until the JVM exits; ONNX Runtime's {@code run} is safe to call from many threads at once, and the session
 * is set to use one thread per call, which suits many small concurrent streams on few cores. Each instance holds
 * its own state, context and tensors, so one instance serves one stream, on one thread at a time.
 *
 * <p>Each instance holds native memory for its tensors: {@link #close()} it when the stream ends.
 */
public final class SileroVad implements VoiceActivityDetector {

    private static final String MODEL_RESOURCE = "/vad/silero_vad_v5.onnx";

    private static final int CONTEXT_SAMPLES = 64;
    private static final int INPUT_SAMPLES = CONTEXT_SAMPLES + FRAME_SAMPLES;
    private static final int STATE_FLOATS = 2 * 128;
    private static final Set<String> INPUT_NAMES = Set.of("input", "state", "sr");

    private static volatile @Nullable OrtSession shared;

    private final OrtSession session;
    /** Context and frame; direct, so that the input tensor reads it in place on every run. */
    private final FloatBuffer input = directFloats(INPUT_SAMPLES);
    /** The recurrent state, overwritten in place with {@code stateN} after every run. */
    private final FloatBuffer state = directFloats(STATE_FLOATS);
    private final OnnxTensor inputTensor;
    private final OnnxTensor stateTensor;
    private final OnnxTensor rateTensor;
    private final Map<String, OnnxTensor> inputs;
    private boolean closed;

    /**
     * A detector for one stream; loads the shared model on first use.
     *
     * @throws IllegalStateException if ONNX Runtime or the model cannot be loaded (no native library for this
     *                               platform, model missing from the class path): fall back to {@link EnergyVad}
     */
    public SileroVad() {
        session = session();
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try {
            inputTensor = OnnxTensor.createTensor(environment, input, new long[] { 1, INPUT_SAMPLES });
            stateTensor = OnnxTensor.createTensor(environment, state, new long[] { 2, 1, 128 });
            rateTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[] { SAMPLE_RATE }),
                    new long[0]);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot create the Silero VAD tensors", e);
        }
        inputs = Map.of("input", inputTensor, "state", stateTensor, "sr", rateTensor);
    }

    @Override
    public float speechProbability(short[] frame) {
        VoiceActivityDetector.requireFrame(frame);
        if (closed) {
            throw new IllegalStateException("this SileroVad is closed");
        }
        for (int i = 0; i < FRAME_SAMPLES; i++) {
            input.put(CONTEXT_SAMPLES + i, frame[i] / Pcm16.FULL_SCALE);
        }
        float probability;
        try (OrtSession.Result result = session.run(inputs)) {
            probability = output(result, "output").get(0);
            state.clear();
            state.put(output(result, "stateN"));
        } catch (OrtException e) {
            throw new IllegalStateException("Silero VAD inference failed", e);
        }
        input.put(0, input, FRAME_SAMPLES, CONTEXT_SAMPLES); // this frame's tail is the next one's context
        return probability;
    }

    @Override
    public void reset() {
        for (int i = 0; i < STATE_FLOATS; i++) {
            state.put(i, 0f);
        }
        for (int i = 0; i < CONTEXT_SAMPLES; i++) {
            input.put(i, 0f);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            inputTensor.close();
            stateTensor.close();
            rateTensor.close();
        }
    }

    private static FloatBuffer output(OrtSession.Result result, String name) throws OrtException {
        return ((OnnxTensor) result.get(name).orElseThrow()).getFloatBuffer();
    }

    /** The process-wide session, loaded on first use; a failed load is retried by the next caller. */
    private static OrtSession session() {
        OrtSession session = shared;
        if (session == null) {
            synchronized (SileroVad.class) {
                session = shared;
                if (session == null) {
                    session = load();
                    shared = session;
                }
            }
        }
        return session;
    }

    private static OrtSession load() {
        try (InputStream model = SileroVad.class.getResourceAsStream(MODEL_RESOURCE);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (model == null) {
                throw new IllegalStateException("Silero VAD model " + MODEL_RESOURCE + " is not on the class path");
            }
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = OrtEnvironment.getEnvironment().createSession(model.readAllBytes(), options);
            Set<String> inputNames = session.getInputNames();
            if (!inputNames.equals(INPUT_NAMES)) {
                session.close();
                throw new IllegalStateException("not a Silero VAD v5 model: inputs " + inputNames);
            }
            return session;
        } catch (OrtException | IOException | LinkageError e) { // LinkageError: no native library for this platform
            throw new IllegalStateException("cannot load the Silero VAD model", e);
        }
    }

    private static FloatBuffer directFloats(int count) {
        return ByteBuffer.allocateDirect(count * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }
}
