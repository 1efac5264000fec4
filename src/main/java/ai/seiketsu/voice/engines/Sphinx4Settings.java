package ai.seiketsu.voice.engines;

/**
 * How a Sphinx4 recogniser is built: which language model and how wide its search beams are. The acoustic model
 * and the pronunciation dictionary are always the en-us ones of the {@code sphinx4-data} jar.
 *
 * @param languageModel         class-path resource of the language model: an ARPA text model ({@code .lm}) or a
 *                              binary trie model ({@code .lm.bin})
 * @param absoluteBeamWidth     most search paths (tokens) kept per frame
 * @param relativeBeamWidth     paths kept per frame: those within this factor of the best one
 * @param absoluteWordBeamWidth most paths kept at word ends per frame
 * @param relativeWordBeamWidth paths kept at word ends: those within this factor of the best one
 */
public record Sphinx4Settings(String languageModel, int absoluteBeamWidth, double relativeBeamWidth,
        int absoluteWordBeamWidth, double relativeWordBeamWidth) {

    /** CMU's general US English trigram model (27 MB, 133,000 words) inside {@code sphinx4-data}. */
    public static final String STOCK_LANGUAGE_MODEL = "edu/cmu/sphinx/models/en-us/en-us.lm.bin";
    /** Seiketsu's trigram model of what callers say to an agency; its corpus is beside it. */
    public static final String DOMAIN_LANGUAGE_MODEL = "speech/real-estate-en.lm";

    /** The default: the domain model with {@link #narrow} beams. */
    public static Sphinx4Settings domain() {
        return narrow(DOMAIN_LANGUAGE_MODEL);
    }

    /** The stock model with {@link #narrow} beams. */
    public static Sphinx4Settings stock() {
        return narrow(STOCK_LANGUAGE_MODEL);
    }

    /**
     * Beams about a seventh as wide as Sphinx4's defaults (20,000, 1e-60, 200, 1e-40): several times faster with
     * no loss of accuracy on the domain's sentences; narrower ones started to lose words (docs/benchmarks.md).
     */
    public static Sphinx4Settings narrow(String languageModel) {
        return new Sphinx4Settings(languageModel, 3_000, 1e-45, 50, 1e-30);
    }
}
