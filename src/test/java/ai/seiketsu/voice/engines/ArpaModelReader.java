package ai.seiketsu.voice.engines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads an ARPA model back and evaluates it the way a decoder does (back-off), to check what the generator wrote. */
final class ArpaModelReader {

    private final Map<List<String>, Double> logProbabilities = new HashMap<>();
    private final Map<List<String>, Double> logBackoffs = new HashMap<>();

    ArpaModelReader(String arpa) {
        int order = 0;
        for (String line : arpa.lines().toList()) {
            if (line.matches("\\\\\\d-grams:")) {
                order = line.charAt(1) - '0';
            } else if (order > 0 && !line.isBlank() && !line.startsWith("\\")) {
                String[] fields = line.split(" ");
                List<String> ngram = List.of(fields).subList(1, 1 + order);
                logProbabilities.put(ngram, Double.parseDouble(fields[0]));
                if (fields.length > order + 1) {
                    logBackoffs.put(ngram, Double.parseDouble(fields[order + 1]));
                }
            }
        }
    }

    /** p(word | history) with back-off to shorter histories. */
    double probability(List<String> history, String word) {
        List<String> ngram = new java.util.ArrayList<>(history);
        ngram.add(word);
        Double logP = logProbabilities.get(ngram);
        if (logP != null) {
            return Math.pow(10, logP);
        }
        if (history.isEmpty()) {
            return 0;
        }
        double backoff = Math.pow(10, logBackoffs.getOrDefault(history, 0.0));
        return backoff * probability(history.subList(1, history.size()), word);
    }
}
