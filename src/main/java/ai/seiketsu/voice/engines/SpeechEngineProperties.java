package ai.seiketsu.voice.engines;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the embedded speech engines ({@code seiketsu.voice.tts.*}, {@code seiketsu.voice.stt.*}).
 *
 * @param tts speech synthesis and its cache
 * @param stt speech recognition
 */
@ConfigurationProperties("seiketsu.voice")
@Validated
record SpeechEngineProperties(@DefaultValue @Valid Tts tts, @DefaultValue @Valid Stt stt) {

    /**
     * @param voices           FreeTTS voices allocated at most, i.e. syntheses at once (more wait for a voice)
     * @param cacheSize        synthesised audio kept in process (16 kHz PCM16: about 1.9 MB a minute)
     * @param cacheTimeToLive  how long synthesised audio is kept, in process and in Redis
     */
    record Tts(@DefaultValue("2") @Min(1) int voices, @DefaultValue("64MB") DataSize cacheSize,
            @DefaultValue("7d") Duration cacheTimeToLive) {
    }

    /**
     * @param languageModel {@code domain} (Seiketsu's real-estate model: fast, but only its 510 words can be
     *                      recognised) or {@code stock} (CMU's general English model: any of 133,000 words,
     *                      two to three times slower, hundreds of MB more heap)
     * @param decoders      recognisers at most, each on a thread of its own
     * @param queue         utterances that may wait for a recogniser; more are not recognised (empty final)
     * @param warmUp        load every recogniser (and a synthesiser voice) in the background once the application
     *                      is ready, so the first callers do not wait seconds for a model to load
     */
    record Stt(@DefaultValue("domain") LanguageModel languageModel, @DefaultValue("2") @Min(1) int decoders,
            @DefaultValue("16") @Min(1) int queue, @DefaultValue("true") boolean warmUp) {

        Sphinx4Settings recogniser() {
            return switch (languageModel) {
                case DOMAIN -> Sphinx4Settings.domain();
                case STOCK -> Sphinx4Settings.stock();
            };
        }
    }

    enum LanguageModel {
        DOMAIN, STOCK
    }
}
