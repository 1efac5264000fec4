package ai.seiketsu.benchmarks;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.FrameProcessor.Direction;
import ai.seiketsu.pipeline.Pipeline;
import ai.seiketsu.pipeline.Responder;
import ai.seiketsu.pipeline.audio.GatedVad;
import ai.seiketsu.pipeline.audio.VadAnalyzer;
import ai.seiketsu.pipeline.audio.Wav;
import ai.seiketsu.pipeline.fakes.ScriptedSpeechToText;
import ai.seiketsu.pipeline.fakes.ToneTextToSpeech;
import ai.seiketsu.pipeline.processors.OutputPacer;
import ai.seiketsu.pipeline.processors.ResponderProcessor;
import ai.seiketsu.pipeline.processors.SttProcessor;
import ai.seiketsu.pipeline.processors.TtsProcessor;
import ai.seiketsu.pipeline.processors.TurnTaking;
import ai.seiketsu.pipeline.processors.VadProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many calls on one node: {@code calls} pipelines (default 1,000), each with its own Silero voice-activity detector
 * behind the energy gate, fed 20 ms of caller audio every 20 ms in real time: mostly quiet line noise, with a short
 * recorded utterance every ~10 s, answered by a short spoken reply (instant fake recognition and synthesis, the
 * real pacer). Reports CPU and heap per call, how late the feed fell behind real time, and the turns answered with
 * their processing time. Run: {@code ./mvnw verify -Pbenchmark -Dtest=ConcurrentCallsBenchmark}
 * ({@code -Dcalls=200 -Dseconds=30} to change the load).
 */
@Tag("benchmark")
class ConcurrentCallsBenchmark {

    @Test
    void callsOnOneNode() throws Exception {
        int calls = Integer.getInteger("calls", 1_000);
        int seconds = Integer.getInteger("seconds", 60);
        short[] recording;
        try (InputStream in = getClass().getResourceAsStream("/audio/goforward.wav")) {
            recording = Wav.read(Objects.requireNonNull(in)).samples();
        }
        short[] utterance = java.util.Arrays.copyOfRange(recording, 16 * 1_300, 16 * 3_400);
        short[] line = new short[16 * 10_000];
        Random random = new Random(7);
        for (int i = 0; i < line.length; i++) {
            line[i] = (short) (random.nextGaussian() * 25);
        }
        // each call's loop: 10 s of line noise with the utterance mixed in at the start
        short[] loop = line.clone();
        for (int i = 0; i < utterance.length; i++) {
            loop[16 * 500 + i] += utterance[i];
        }

        Runtime runtime = Runtime.getRuntime();
        long heapBefore = usedHeapAfterGc();
        long rssBefore = residentKilobytes();
        AtomicLong turns = new AtomicLong();
        ConcurrentLinkedQueue<Long> processing = new ConcurrentLinkedQueue<>();
        List<Pipeline> pipelines = new ArrayList<>();
        for (int c = 0; c < calls; c++) {
            pipelines.add(Pipeline.of(List.of(
                    new VadProcessor(GatedVad.withSilero(), VadAnalyzer.Settings.DEFAULTS),
                    new SttProcessor(new ScriptedSpeechToText(Collections.nCopies(1_000, "go forward ten meters"))),
                    new TurnTaking(Duration.ofMillis(500), Duration.ofMillis(300)),
                    new ResponderProcessor(new Responder() {
                        @Override
                        public void greet(Sentences out) {
                        }

                        @Override
                        public void respond(String callerText, Sentences out) throws InterruptedException {
                            out.sentence("Okay, noted.");
                        }
                    }),
                    new TtsProcessor(new ToneTextToSpeech(60)),
                    new OutputPacer(16_000, Duration.ofMillis(20), Duration.ofMillis(40), 1)),
                    (from, frame, direction) -> {
                        if (frame instanceof Frame.TurnMetrics metrics) {
                            turns.incrementAndGet();
                            processing.add(metrics.timing().firstAudioSentNanos() - metrics.timing().endOfTurnNanos());
                        }
                    }, (frame, direction) -> {
                        if (frame instanceof Frame.Error error && error.fatal()) {
                            System.err.println("call failed: " + error.message());
                        }
                    }).start());
        }
        long heapWithCalls = usedHeapAfterGc();
        long rssWithCalls = residentKilobytes();

        int framesPerLoop = loop.length / 320;
        long[] offsets = new long[calls];
        for (int c = 0; c < calls; c++) {
            offsets[c] = random.nextInt(framesPerLoop);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // calls are fed by several platform threads, as connections are served by several I/O threads
        int feeders = Integer.getInteger("feeders", 4);
        ConcurrentLinkedQueue<Long> lateTicks = new ConcurrentLinkedQueue<>();
        int warmupTicks = 5 * 50;
        int ticks = warmupTicks + seconds * 50;
        long start = System.nanoTime() + 100_000_000L;
        long measureFrom = start + warmupTicks * 20_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int f = 0; f < feeders; f++) {
            int shard = f;
            threads.add(Thread.ofPlatform().name("feeder-" + f).start(() -> {
                try {
                    for (int tick = 0; tick < ticks; tick++) {
                        long due = start + tick * 20_000_000L;
                        long late = System.nanoTime() - due;
                        if (late < 0) {
                            TimeUnit.NANOSECONDS.sleep(-late);
                        }
                        else if (tick >= warmupTicks) {
                            lateTicks.add(late);
                        }
                        long now = System.nanoTime();
                        for (int c = shard; c < calls; c += feeders) {
                            int frame = (int) ((offsets[c] + tick) % framesPerLoop);
                            short[] pcm = java.util.Arrays.copyOfRange(loop, frame * 320, frame * 320 + 320);
                            pipelines.get(c).send(new Frame.InputAudio(pcm, 16_000, now));
                        }
                    }
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        TimeUnit.NANOSECONDS.sleep(Math.max(0, measureFrom - System.nanoTime()));
        long cpuAtStart = os.getProcessCpuTime();
        long wallAtStart = System.nanoTime();
        turns.set(0);
        processing.clear();
        for (Thread thread : threads) {
            thread.join();
        }
        Percentiles lateness = new Percentiles();
        lateTicks.forEach(lateness::add);
        double cpuSeconds = (os.getProcessCpuTime() - cpuAtStart) / 1e9;
        double wallSeconds = (System.nanoTime() - wallAtStart) / 1e9;
        long stopped = pipelines.stream().filter(Pipeline::isStopped).count();
        pipelines.forEach(Pipeline::close);

        Percentiles turnProcessing = new Percentiles();
        processing.forEach(turnProcessing::add);
        String report = String.format(Locale.ROOT, """
                %d concurrent calls on one node, %d s measured, real-time caller audio (JDK %s, %d cores, max heap %d MB)
                  CPU: %.2f cores in all, %.3f %% of one core per call
                  heap: %.1f MB for all calls, %.1f KB per call; resident memory (heap + native): %.1f KB per call
                  feed lateness (%d feeder threads; ticks behind real time): %s
                  turns answered: %d (%.1f per second); processing (responseMs - endpointMs): %s
                  calls that failed: %d
                """, calls, seconds, Runtime.version().feature(), runtime.availableProcessors(),
                runtime.maxMemory() / (1 << 20), cpuSeconds / wallSeconds, 100 * cpuSeconds / wallSeconds / calls,
                (heapWithCalls - heapBefore) / 1e6, (heapWithCalls - heapBefore) / 1e3 / calls,
                (rssWithCalls - rssBefore) / (double) calls,
                feeders, lateness.size() == 0 ? "never late" : lateness.summary(), turns.get(), turns.get() / wallSeconds,
                turnProcessing.size() == 0 ? "none" : turnProcessing.summary(), stopped);
        Percentiles.write("concurrent-calls", report);
        assertThat(stopped).isZero();
    }

    /** The process's resident set in kB (Linux), or 0 where /proc is missing. */
    private static long residentKilobytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        }
        catch (java.io.IOException e) {
            return 0;
        }
        return 0;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
