package ai.seiketsu.voice.engines;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.StringJoiner;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import edu.cmu.sphinx.frontend.util.StreamDataSource;
import edu.cmu.sphinx.recognizer.Recognizer;
import edu.cmu.sphinx.result.Result;
import edu.cmu.sphinx.util.SphinxLogFormatter;
import edu.cmu.sphinx.util.props.Configurable;
import edu.cmu.sphinx.util.props.ConfigurationManager;
import edu.cmu.sphinx.util.props.ConfigurationManagerUtils;
import org.slf4j.LoggerFactory;

/**
 * One Sphinx4 recogniser: acoustic model, dictionary, language model and search, allocated once (seconds, and
 * hundreds of MB with the stock model) and reused for every utterance. Not thread-safe: one decoder thread owns
 * it.
 *
 * <p>Built from Sphinx4's {@code default.config.xml} through its {@link ConfigurationManager} rather than the
 * high-level {@code StreamSpeechRecognizer}, which allocates and deallocates the whole search for every stream
 * and, through its {@code Context}, instantiates every component before the beams can be set.
 *
 * <p>Sphinx4 logs through {@code java.util.logging} under the name of its configuration file
 * ({@code default.config}) and, unless that logger already has a handler with its {@link SphinxLogFormatter},
 * gives it a console handler at INFO that prints every model it loads. {@link Slf4jHandler} is that handler
 * instead: it passes warnings and errors to the application's log and drops the rest.
 */
final class Sphinx4Decoder {

    private static final String CONFIG = "/edu/cmu/sphinx/api/default.config.xml";
    private static final String MODELS = "resource:/edu/cmu/sphinx/models/en-us/";
    /** Held here: java.util.logging keeps loggers only while someone refers to them. */
    private static final Logger SPHINX_LOG = Logger.getLogger("default.config");

    static {
        SPHINX_LOG.addHandler(new Slf4jHandler());
    }

    private final Recognizer recognizer;
    private final StreamDataSource source;

    Sphinx4Decoder(Sphinx4Settings settings, int sampleRate) {
        ConfigurationManager config = new ConfigurationManager(Recognizer.class.getResource(CONFIG));
        config.setGlobalProperty("logLevel", Level.WARNING.getName());
        config.setGlobalProperty("absoluteBeamWidth", String.valueOf(settings.absoluteBeamWidth()));
        config.setGlobalProperty("relativeBeamWidth", String.valueOf(settings.relativeBeamWidth()));
        config.setGlobalProperty("absoluteWordBeamWidth", String.valueOf(settings.absoluteWordBeamWidth()));
        config.setGlobalProperty("relativeWordBeamWidth", String.valueOf(settings.relativeWordBeamWidth()));
        set(config, "acousticModelLoader->location", MODELS + "en-us");
        set(config, "dictionary->dictionaryPath", MODELS + "cmudict-en-us.dict");
        set(config, "dictionary->fillerPath", MODELS + "en-us/noisedict");
        String model = settings.languageModel().endsWith(".lm") ? "simpleNGramModel" : "trieNgramModel";
        set(config, model + "->location", "resource:/" + settings.languageModel());
        set(config, "lexTreeLinguist->languageModel", model);
        set(config, "dataSource->sampleRate", String.valueOf(sampleRate));
        normalisePerUtterance(config);
        recognizer = config.lookup("recognizer");
        source = config.lookup("dataSource");
        recognizer.allocate();
    }

    /** The words in {@code pcm} (16-bit little-endian mono), fillers left out; empty when there are none. */
    String decode(byte[] pcm) {
        source.setInputStream(new ByteArrayInputStream(pcm));
        StringJoiner words = new StringJoiner(" ");
        Result segment;
        // Sphinx4's speech marker may split an utterance at a pause: one result per stretch of speech
        while ((segment = recognizer.recognize()) != null) {
            String text = segment.getBestResultNoFiller().strip();
            if (!text.isEmpty()) {
                words.add(text);
            }
        }
        return words.toString();
    }

    /**
     * Cepstral mean normalisation over each utterance ({@code batchCMN}) instead of a running mean
     * ({@code liveCMN}): we always decode whole utterances, and the running mean takes its initial value from the
     * first utterance a recogniser hears; when that one has no speech (silence, a cough, line noise) the mean is
     * garbage and the recogniser hears nothing ever after.
     */
    private static void normalisePerUtterance(ConfigurationManager config) {
        List<String> pipeline = List.of("dataSource", "dataBlocker", "speechClassifier", "speechMarker",
                "preemphasizer", "windower", "fft", "autoCepstrum", "batchCMN", "featureExtraction",
                "featureTransform");
        List<Configurable> processors = pipeline.stream().map(name -> (Configurable) config.lookup(name)).toList();
        config.getPropertySheet("liveFrontEnd").setComponentList("pipeline", pipeline, processors);
    }

    private static void set(ConfigurationManager config, String property, String value) {
        ConfigurationManagerUtils.setProperty(config, property, value);
    }

    /** Sphinx4's warnings and errors to the application's log (SLF4J); its progress messages nowhere. */
    private static final class Slf4jHandler extends Handler {

        private final org.slf4j.Logger log = LoggerFactory.getLogger("edu.cmu.sphinx");

        Slf4jHandler() {
            setFormatter(new SphinxLogFormatter()); // Sphinx4 then adds no console handler
            setLevel(Level.WARNING);
        }

        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                String message = getFormatter().formatMessage(record);
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    log.error("{}: {}", record.getLoggerName(), message, record.getThrown());
                } else {
                    log.warn("{}: {}", record.getLoggerName(), message, record.getThrown());
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
