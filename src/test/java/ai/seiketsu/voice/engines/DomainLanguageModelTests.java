package ai.seiketsu.voice.engines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed domain language model is the one its corpus gives, and every word of it can be pronounced by the
 * recogniser's dictionary. After editing the corpus, regenerate the model with
 * {@code ./mvnw test -Dtest=DomainLanguageModelTests -Dseiketsu.regenerate-lm=true}.
 */
class DomainLanguageModelTests {

    static final String CORPUS = "speech/real-estate-en.txt";
    static final Path MODEL_SOURCE = Path.of("src/main/resources", Sphinx4Settings.DOMAIN_LANGUAGE_MODEL);

    @Test
    void committedModelIsGeneratedFromTheCorpus() throws IOException {
        String generated = ArpaLanguageModel.of(corpus());
        if (Boolean.getBoolean("seiketsu.regenerate-lm")) {
            Files.writeString(MODEL_SOURCE, generated);
        }
        assertThat(read(Sphinx4Settings.DOMAIN_LANGUAGE_MODEL))
                .as("%s is out of date: regenerate it (see this test's Javadoc)", MODEL_SOURCE)
                .isEqualTo(generated);
    }

    @Test
    void everyWordOfTheCorpusIsInTheDictionary() {
        Set<String> dictionary = read("edu/cmu/sphinx/models/en-us/cmudict-en-us.dict").lines()
                .map(line -> line.substring(0, line.indexOf(' '))).collect(Collectors.toSet());
        assertThat(ArpaLanguageModel.vocabulary(corpus())).hasSizeGreaterThan(300)
                .allSatisfy(word -> assertThat(dictionary).as("the dictionary").contains(word));
    }

    @Test
    void probabilitiesOfEveryHistorySumToOne() {
        List<String> sentences = List.of("i want to buy", "i want to sell", "we want to rent a house", "yes");
        ArpaModelReader model = new ArpaModelReader(ArpaLanguageModel.of(sentences));
        for (List<String> history : List.of(List.<String>of(), List.of("want"), List.of("i", "want"),
                List.of("<s>", "we"), List.of("to", "buy"))) {
            double sum = ArpaLanguageModel.vocabulary(sentences).stream()
                    .mapToDouble(word -> model.probability(history, word)).sum()
                    + model.probability(history, "</s>");
            assertThat(sum).as("sum of p(w | %s)", history).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        }
    }

    static List<String> corpus() {
        return read(CORPUS).lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String read(String resource) {
        try (InputStream in = DomainLanguageModelTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
