package ai.seiketsu.voice.engines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A trigram language model in ARPA format from a list of sentences, for Sphinx4's {@code SimpleNGramModel}.
 *
 * <p>Interpolated absolute discounting written as a back-off model: a seen n-gram gets
 * {@code (count - D) / count(history) + bow(history) * p(lower order)} and an unseen one
 * {@code bow(history) * p(lower order)}, with {@code bow(history) = D * distinct followers / count(history)}, so
 * every history's probabilities sum to one. {@code D = n1 / (n1 + 2 n2)} per order (Ney's estimate from the
 * numbers of n-grams seen once and twice). Unigrams are relative frequencies: the vocabulary is the corpus's
 * words, nothing else can be recognised. The output is deterministic (n-grams sorted), so the generated file can
 * be committed and compared.
 */
final class ArpaLanguageModel {

    private static final String START = "<s>";
    private static final String END = "</s>";

    private final Map<List<String>, Integer> counts = new HashMap<>();
    private final Map<List<String>, Integer> historyTotals = new HashMap<>();
    private final Map<List<String>, Integer> historyFollowers = new HashMap<>();
    private final double[] discounts = new double[4];
    private long unigramTotal;

    private ArpaLanguageModel(List<String> sentences) {
        for (String sentence : sentences) {
            List<String> words = new ArrayList<>();
            words.add(START);
            words.addAll(List.of(sentence.trim().split("\\s+")));
            words.add(END);
            for (int i = 1; i < words.size(); i++) {
                for (int order = 1; order <= 3 && i - order + 1 >= 0; order++) {
                    count(words.subList(i - order + 1, i + 1));
                }
            }
        }
        for (int order = 2; order <= 3; order++) {
            discounts[order] = discount(order);
        }
    }

    /** The ARPA text of the trigram model of {@code sentences} (one sentence each, words separated by spaces). */
    static String of(List<String> sentences) {
        return new ArpaLanguageModel(sentences).arpa();
    }

    private void count(List<String> ngram) {
        List<String> key = List.copyOf(ngram);
        if (counts.merge(key, 1, Integer::sum) == 1 && key.size() > 1) {
            historyFollowers.merge(key.subList(0, key.size() - 1), 1, Integer::sum);
        }
        if (key.size() > 1) {
            historyTotals.merge(key.subList(0, key.size() - 1), 1, Integer::sum);
        } else {
            unigramTotal++;
        }
    }

    private double discount(int order) {
        long once = counts.entrySet().stream().filter(e -> e.getKey().size() == order && e.getValue() == 1).count();
        long twice = counts.entrySet().stream().filter(e -> e.getKey().size() == order && e.getValue() == 2).count();
        double d = once + twice == 0 ? 0.5 : once / (double) (once + 2 * twice);
        return Math.min(0.9, Math.max(0.1, d));
    }

    /** p(w | history) of the back-off model, for any n-gram (history possibly empty). */
    private double probability(List<String> ngram) {
        if (ngram.size() == 1) {
            return counts.getOrDefault(ngram, 0) / (double) unigramTotal;
        }
        List<String> history = ngram.subList(0, ngram.size() - 1);
        double lower = probability(ngram.subList(1, ngram.size()));
        Integer total = historyTotals.get(history);
        if (total == null) {
            return lower;
        }
        int count = counts.getOrDefault(ngram, 0);
        return Math.max(count - discounts[ngram.size()], 0) / total + backoff(history) * lower;
    }

    private double backoff(List<String> history) {
        return discounts[history.size() + 1] * historyFollowers.get(history) / historyTotals.get(history);
    }

    private String arpa() {
        Map<Integer, TreeMap<String, List<String>>> byOrder = new TreeMap<>();
        for (List<String> ngram : counts.keySet()) {
            byOrder.computeIfAbsent(ngram.size(), o -> new TreeMap<>()).put(String.join(" ", ngram), ngram);
        }
        byOrder.get(1).put(START, List.of(START));
        StringBuilder out = new StringBuilder("\\data\\\n");
        byOrder.forEach((order, ngrams) -> out.append("ngram ").append(order).append('=').append(ngrams.size())
                .append('\n'));
        byOrder.forEach((order, ngrams) -> {
            out.append("\n\\").append(order).append("-grams:\n");
            ngrams.forEach((text, ngram) -> out.append(line(ngram, text)).append('\n'));
        });
        return out.append("\n\\end\\\n").toString();
    }

    private String line(List<String> ngram, String text) {
        String logProbability = ngram.equals(List.of(START)) ? "-99.0000" : log10(probability(ngram));
        String line = logProbability + " " + text;
        return historyTotals.containsKey(ngram) ? line + " " + log10(backoff(ngram)) : line;
    }

    private static String log10(double p) {
        return String.format(Locale.ROOT, "%.4f", Math.log10(p));
    }

    /** The words of {@code sentences}, sorted. */
    static TreeSet<String> vocabulary(List<String> sentences) {
        TreeSet<String> words = new TreeSet<>();
        sentences.forEach(s -> words.addAll(List.of(s.trim().split("\\s+"))));
        return words;
    }
}
