package ai.seiketsu.dialogue.understanding;

import org.jspecify.annotations.Nullable;

import ai.seiketsu.shared.PhoneNumber;

/**
 * A phone number read out in digit groups ("five one two, five five five, oh one four two", "double five",
 * "triple two", "fifty five fifty five", "one eight hundred ..."), typed ("(512) 555-0142", "512.555.0142") or with
 * a country code ("plus four four ..."). Numbers without a country code are read in
 * {@link PhoneNumber#DEFAULT_REGION}; only a valid number (libphonenumber's numbering plans) is taken.
 */
final class PhoneWords {

    private static final int NATIONAL_DIGITS = 10;

    private PhoneWords() {
    }

    static @Nullable Found<PhoneNumber> find(Utterance utterance, Claims claims) {
        for (int i = 0; i < utterance.size(); i++) {
            if (!claims.isFree(i) || !DigitWords.startsRun(utterance.word(i))) {
                continue;
            }
            Found<PhoneNumber> found = at(utterance, claims, i);
            if (found != null) {
                return found;
            }
            DigitWords.Run skipped = DigitWords.read(utterance.words(), i, claims.freeUntil(i, utterance.size()));
            i = skipped == null ? i : skipped.end() - 1;
        }
        return null;
    }

    /**
     * Whether the "hundred" and "thousand" in the words are where a phone number has them: after its first group
     * ("one eight hundred ...", "eight hundred ...") or at its end ("... five five five, two thousand"). "Eight
     * hundred nine thousand six hundred" is an amount, though its digits would make a valid number.
     */
    private static boolean scaledLikeAPhoneNumber(Utterance utterance, int start, int end) {
        for (int k = start; k < end; k++) {
            String word = utterance.word(k);
            boolean scale = word.equals("hundred") || word.equals("thousand");
            boolean firstGroup = k <= start + 2 && word.equals("hundred");
            if (scale && !firstGroup && k != end - 1) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Found<PhoneNumber> at(Utterance utterance, Claims claims, int from) {
        int start = from;
        if (utterance.word(start).equals("oh") && DigitWords.startsRun(utterance.word(start + 1))) {
            start++; // "oh, five one two ...": a hesitation, since no number starts with zero here
        }
        DigitWords.Run run = DigitWords.read(utterance.words(), start, claims.freeUntil(start, utterance.size()));
        if (run == null) {
            return null;
        }
        boolean international = utterance.word(from - 1).equals("plus");
        String digits = run.digits();
        int length = international || digits.startsWith("1") ? NATIONAL_DIGITS + 1 : NATIONAL_DIGITS;
        int end = run.endAfter(length);
        if (international && digits.length() >= 8) {
            length = digits.length();
            end = run.end();
        }
        if (end < 0 || digits.length() < length || !scaledLikeAPhoneNumber(utterance, start, end)) {
            return null;
        }
        String candidate = (international || length > NATIONAL_DIGITS ? "+" : "") + digits.substring(0, length);
        if (!PhoneNumber.isValid(candidate, PhoneNumber.DEFAULT_REGION)) {
            return null;
        }
        return new Found<>(PhoneNumber.parse(candidate, PhoneNumber.DEFAULT_REGION), international ? from - 1 : from,
                end);
    }
}
