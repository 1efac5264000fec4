package ai.seiketsu.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import ai.seiketsu.pipeline.SpeechToText;
import ai.seiketsu.pipeline.TextToSpeech;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.voice.engines.CachingTextToSpeech;
import ai.seiketsu.voice.engines.FreeTtsTextToSpeech;
import ai.seiketsu.voice.engines.FreeTtsVoices;
import ai.seiketsu.voice.engines.Sphinx4Settings;
import ai.seiketsu.voice.engines.Sphinx4SpeechToText;
import ai.seiketsu.voice.engines.TtsAudioCache;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded engines: FreeTTS latency (first chunk and whole sentence, cold and warm, and from the cache), and
 * Sphinx4's speed and word error rate with the stock and the domain language model, Sphinx4's default beams and
 * the narrow ones, on 12 caller sentences synthesised by FreeTTS (not in the domain model's corpus) and on the
 * real recordings of {@code shared/data/speech-real} (read speech, not our domain). One utterance at a time on
 * one decoder. RTF = time / audio time; "cpu" is the whole process's CPU time (GC included) per audio second.
 * Run: {@code ./mvnw verify -Pbenchmark -Dtest=SpeechEnginesBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest.jvm.extra=-Xmx3g}; writes
 * {@code target/benchmarks/speech-engines.txt}.
 */
@Tag("benchmark")
class SpeechEnginesBenchmark {

    static final List<String> CALLER_SENTENCES = List.of(
            "hi i'm calling about the house on maple street",
            "i'm looking for a three bedroom house",
            "my budget is five hundred thousand",
            "we want to buy a home in austin",
            "do you have any apartments for rent downtown",
            "i'd like to sell my condo",
            "can i see it on saturday morning",
            "my name is john smith",
            "yes that works for me",
            "no i don't have a realtor",
            "does it have a garage and a backyard",
            "my phone number is five one two five five five zero one nine eight");
    static final String TTS_SENTENCE = "Hello, thank you for calling Sunrise Realty, how can I help you today?";
    static final Sphinx4Settings SPHINX4_DEFAULT_BEAMS =
            new Sphinx4Settings(Sphinx4Settings.STOCK_LANGUAGE_MODEL, 20_000, 1e-60, 200, 1e-40);

    @Test
    void speechEngines() throws Exception {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Embedded speech engines (%d cores, max heap %d MB)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        try (FreeTtsVoices voices = new FreeTtsVoices(1)) {
            report.append(textToSpeech(voices));
            Map<String, short[]> synthesised = new LinkedHashMap<>();
            FreeTtsTextToSpeech tts = new FreeTtsTextToSpeech(voices, 1.0);
            for (String sentence : CALLER_SENTENCES) {
                synthesised.put(sentence, synthesize(tts, sentence, new long[1]));
            }
            Map<String, short[]> real = realRecordings();
            report.append(String.format(Locale.ROOT, "Speech to text: %d caller sentences by FreeTTS (%.1f s), %d real recordings (%.1f s)%n",
                    synthesised.size(), seconds(synthesised), real.size(), seconds(real)));
            for (Map.Entry<String, Sphinx4Settings> setup : setups().entrySet()) {
                report.append(speechToText(setup.getKey(), setup.getValue(), synthesised, real));
            }
        }
        Percentiles.write("speech-engines", report.toString());
    }

    private static Map<String, Sphinx4Settings> setups() {
        Map<String, Sphinx4Settings> setups = new LinkedHashMap<>();
        setups.put("stock LM, Sphinx4 default beams", SPHINX4_DEFAULT_BEAMS);
        setups.put("stock LM, narrow beams", Sphinx4Settings.stock());
        setups.put("domain LM, Sphinx4 default beams",
                new Sphinx4Settings(Sphinx4Settings.DOMAIN_LANGUAGE_MODEL, 20_000, 1e-60, 200, 1e-40));
        setups.put("domain LM, narrow beams (default)", Sphinx4Settings.domain());
        return setups;
    }

    private static String textToSpeech(FreeTtsVoices voices) throws InterruptedException {
        FreeTtsTextToSpeech tts = new FreeTtsTextToSpeech(voices, 1.0);
        long[] firstChunk = new long[1];
        long start = System.nanoTime();
        short[] audio = synthesize(tts, TTS_SENTENCE, firstChunk);
        double coldTotal = (System.nanoTime() - start) / 1e6;
        double coldFirst = (firstChunk[0] - start) / 1e6;
        Percentiles first = new Percentiles();
        Percentiles total = new Percentiles();
        for (int i = 0; i < 100; i++) {
            long begin = System.nanoTime();
            synthesize(tts, TTS_SENTENCE, firstChunk);
            first.add(firstChunk[0] - begin);
            total.add(System.nanoTime() - begin);
        }
        TextToSpeech cached = new CachingTextToSpeech(tts, new TtsAudioCache(64L << 20, Duration.ofDays(1), null,
                new SimpleMeterRegistry()), TenantId.random(), FreeTtsVoices.VOICE, 1.0);
        synthesize(cached, TTS_SENTENCE, firstChunk);
        Percentiles hit = new Percentiles();
        for (int i = 0; i < 100; i++) {
            long begin = System.nanoTime();
            synthesize(cached, TTS_SENTENCE, firstChunk);
            hit.add(System.nanoTime() - begin);
        }
        double audioSeconds = audio.length / (double) tts.sampleRate();
        return String.format(Locale.ROOT, """
                Text to speech, FreeTTS kevin16, "%s" (%d words, %.2f s of audio)
                  cold (voice allocation + synthesis): first chunk %.1f ms, whole %.1f ms
                  warm, 100 runs: first chunk %s; whole %s; RTF %.4f
                  from the in-process cache (20 ms chunks), 100 runs: whole %s
                """, TTS_SENTENCE, TTS_SENTENCE.split(" ").length, audioSeconds, coldFirst, coldTotal,
                first.summary(), total.summary(), total.percentile(50) / 1000 / audioSeconds, hit.summary());
    }

    private static String speechToText(String name, Sphinx4Settings settings, Map<String, short[]> synthesised,
            Map<String, short[]> real) throws InterruptedException {
        try (Sphinx4SpeechToText stt = new Sphinx4SpeechToText(settings, 1, 4, new SimpleMeterRegistry())) {
            long start = System.nanoTime();
            recognise(stt, new short[16_000]); // loads the recogniser
            double load = (System.nanoTime() - start) / 1e9;
            long heap = heapAfterGc();
            StringBuilder lines = new StringBuilder(String.format(Locale.ROOT,
                    "  %s: loaded in %.1f s, heap after GC %d MB%n", name, load, heap >> 20));
            lines.append(measure("caller sentences", stt, synthesised));
            if (!real.isEmpty()) {
                lines.append(measure("real recordings ", stt, real));
            }
            return lines.toString();
        }
    }

    private static String measure(String what, Sphinx4SpeechToText stt, Map<String, short[]> clips)
            throws InterruptedException {
        int errors = 0;
        int words = 0;
        double wall = 0;
        long cpuBefore = processCpuNanos();
        List<String> misheard = new ArrayList<>();
        for (Map.Entry<String, short[]> clip : clips.entrySet()) {
            long begin = System.nanoTime();
            String heard = recognise(stt, clip.getValue());
            wall += (System.nanoTime() - begin) / 1e9;
            int e = WordErrors.count(clip.getKey(), heard);
            errors += e;
            words += WordErrors.words(clip.getKey()).length;
            if (e > 0) {
                misheard.add("      \"" + clip.getKey() + "\" -> \"" + heard + "\"");
            }
        }
        double audio = seconds(clips);
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        return String.format(Locale.ROOT, "    %s: WER %5.1f %% (%d/%d words)   RTF wall %.2f   cpu %.2f%n%s",
                what, 100.0 * errors / words, errors, words, wall / audio, cpu / audio,
                misheard.isEmpty() ? "" : String.join("\n", misheard) + "\n");
    }

    private static String recognise(Sphinx4SpeechToText stt, short[] audio) throws InterruptedException {
        BlockingQueue<String> finals = new ArrayBlockingQueue<>(1);
        try (SpeechToText.Stream stream = stt.open(new SpeechToText.Listener() {
            @Override
            public void partial(String text) {
            }

            @Override
            public void finalText(String text) {
                finals.add(text);
            }

            @Override
            public void failed(Exception error) {
                finals.add("<failed: " + error + ">");
            }
        })) {
            stream.write(audio);
            stream.endUtterance();
            String text = finals.poll(5, TimeUnit.MINUTES);
            assertThat(text).isNotNull().doesNotStartWith("<failed");
            return text;
        }
    }

    private static short[] synthesize(TextToSpeech tts, String text, long[] firstChunkAt) throws InterruptedException {
        List<short[]> chunks = new ArrayList<>();
        firstChunkAt[0] = 0;
        tts.synthesize(text, chunk -> {
            if (chunks.isEmpty()) {
                firstChunkAt[0] = System.nanoTime();
            }
            chunks.add(chunk);
        });
        short[] all = new short[chunks.stream().mapToInt(c -> c.length).sum()];
        int at = 0;
        for (short[] chunk : chunks) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        return all;
    }

    /**
     * The recordings of {@code shared/data/speech-real} by transcript (from its README), or none when the folder
     * is not beside the repository ({@code -Dseiketsu.speech-real=<folder>} to point elsewhere).
     */
    private static Map<String, short[]> realRecordings() throws IOException {
        Path folder = Path.of(System.getProperty("seiketsu.speech-real", "../shared/data/speech-real"));
        if (!Files.isDirectory(folder)) {
            folder = Path.of("/work/shared/data/speech-real");
        }
        Map<String, short[]> clips = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return clips;
        }
        for (String line : Files.readAllLines(folder.resolve("README.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length > 2 && cells[1].strip().endsWith(".wav")) {
                clips.put(cells[2].strip(), wav(folder.resolve(cells[1].strip())));
            }
        }
        return clips;
    }

    /** The samples of a 16 kHz mono PCM16 WAV file. */
    private static short[] wav(Path file) throws IOException {
        ByteBuffer wav = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int at = 12;
        while (at + 8 <= wav.limit()) {
            String chunk = new String(wav.array(), at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int size = wav.getInt(at + 4);
            if (chunk.equals("fmt ")) {
                assertThat(wav.getShort(at + 10)).as("channels of " + file).isEqualTo((short) 1);
                assertThat(wav.getInt(at + 12)).as("sample rate of " + file).isEqualTo(16_000);
                assertThat(wav.getShort(at + 22)).as("bits of " + file).isEqualTo((short) 16);
            } else if (chunk.equals("data")) {
                short[] samples = new short[Math.min(size, wav.limit() - at - 8) / 2];
                wav.position(at + 8);
                wav.asShortBuffer().get(samples);
                return samples;
            }
            at += 8 + size + size % 2;
        }
        throw new IOException("no data in " + file);
    }

    private static double seconds(Map<String, short[]> clips) {
        return clips.values().stream().mapToInt(c -> c.length).sum() / 16_000.0;
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Word error rate: word-level edit distance (substitutions, insertions, deletions) over reference words. */
    static final class WordErrors {

        static int count(String reference, String heard) {
            String[] ref = words(reference);
            String[] hyp = words(heard);
            int[] previous = new int[hyp.length + 1];
            int[] current = new int[hyp.length + 1];
            Arrays.setAll(previous, j -> j);
            for (int i = 1; i <= ref.length; i++) {
                current[0] = i;
                for (int j = 1; j <= hyp.length; j++) {
                    int substitution = previous[j - 1] + (ref[i - 1].equals(hyp[j - 1]) ? 0 : 1);
                    current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                }
                int[] swap = previous;
                previous = current;
                current = swap;
            }
            return previous[hyp.length];
        }

        static String[] words(String text) {
            String clean = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").strip();
            return clean.isEmpty() ? new String[0] : clean.split("\\s+");
        }
    }
}
