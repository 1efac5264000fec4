package ai.seiketsu.pipeline.processors;

/**
 * Which words of a sentence a caller heard when it was cut off after {@code fraction} of its audio. Speech time is
 * taken as proportional to characters, a fair estimate for one synthesised voice; a word counts as heard only when
 * all of it was played.
 */
final class HeardWords {

    private HeardWords() {
    }

    static String prefix(String sentence, double fraction) {
        if (fraction <= 0 || sentence.isEmpty()) {
            return "";
        }
        if (fraction >= 1) {
            return sentence;
        }
        int heardChars = (int) Math.floor(sentence.length() * fraction);
        int end = heardChars;
        if (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
            int lastSpace = sentence.lastIndexOf(' ', end);
            end = lastSpace < 0 ? 0 : lastSpace;
        }
        return sentence.substring(0, end).strip();
    }
}
