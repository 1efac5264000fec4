package ai.seiketsu.voice.engines;

import java.io.ByteArrayInputStream;
import java.util.StringJoiner;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import edu.cmu.sphinx.frontend.util.StreamDataSource;
import edu.cmu.sphinx.recognizer.Recognizer;
import edu.cmu.sphinx.result.Result;
import edu.cmu.sphinx.util.props.ConfigurationManager;
import edu.cmu.sphinx.util.props.ConfigurationManagerUtils;

/**
 * One Sphinx4 recogniser: acoustic model, dictionary, language model and search, allocated once (seconds, and
 * hundreds of MB with the stock model) and reused for every utterance. Not thread-safe: one decoder thread owns
 * it.
 *
 * <p>Built from Sphinx4's {@code default.config.xml} through its {@link ConfigurationManager} rather than the
 * high-level {@code StreamSpeechRecognizer}, which allocates and deallocates the whole search for every stream
 * and, through its {@code Context}, instantiates every component before the beams can be set. Sphinx4 also
 * installs a console handler of its own at INFO on its loggers; it is removed so that its warnings go through the
 * application's logging and its progress messages are not printed.
 */
final class Sphinx4Decoder {

    private static final String CONFIG = "/edu/cmu/sphinx/api/default.config.xml";
    private static final String MODELS = "resource:/edu/cmu/sphinx/models/en-us/";

    private final Recognizer recognizer;
    private final StreamDataSource source;

    Sphinx4Decoder(Sphinx4Settings settings, int sampleRate) {
        ConfigurationManager config = new ConfigurationManager(Recognizer.class.getResource(CONFIG));
        quiet(config.getRootLogger());
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

    private static void set(ConfigurationManager config, String property, String value) {
        ConfigurationManagerUtils.setProperty(config, property, value);
    }

    private static void quiet(Logger sphinx) {
        for (Handler handler : sphinx.getHandlers()) {
            sphinx.removeHandler(handler);
        }
        sphinx.setUseParentHandlers(true);
        sphinx.setLevel(Level.WARNING);
    }
}
