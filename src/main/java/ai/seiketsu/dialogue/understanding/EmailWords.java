package ai.seiketsu.dialogue.understanding;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ai.seiketsu.shared.EmailAddress;

/**
 * An e-mail address, typed ("maria.lopez@gmail.com") or read out: "maria dot lopez at gmail dot com",
 * "j underscore smith at example dot org", "maria eighty four at yahoo dot com", "john at gmail" (the big
 * providers' ".com" may go unsaid). Words said one after the other without "dot" are run together ("john smith at
 * ..." is johnsmith@...), as an address cannot hold a space.
 *
 * <p>Where the address starts is the first word, going back from "at", that is an everyday word not joined by a
 * "dot", "underscore" or "dash" to what follows ("my email is maria ..." starts at "maria").
 */
final class EmailWords {

    private static final Map<String, String> CONNECTORS = Map.of("dot", ".", "period", ".", "underscore", "_",
            "dash", "-", "hyphen", "-", "plus", "+");
    private static final Set<String> DASHES = Set.of("dash", "hyphen");
    private static final Set<String> PROVIDERS = Set.of("gmail", "yahoo", "hotmail", "outlook", "icloud", "aol",
            "protonmail", "msn", "comcast");
    private static final Pattern LOCAL = Pattern.compile("[a-z0-9%+_-]+(?:\\.[a-z0-9%+_-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int LONGEST_LOCAL_PART = 12;
    private static final int RUN_TOGETHER = 2;

    private EmailWords() {
    }

    static @Nullable Found<EmailAddress> find(Utterance utterance, Claims claims) {
        for (int i = 0; i < utterance.size(); i++) {
            String word = utterance.word(i);
            if (claims.isFree(i) && word.indexOf('@') > 0 && EmailAddress.isValid(word)) {
                return new Found<>(new EmailAddress(word), i, i + 1);
            }
        }
        for (int i = 1; i < utterance.size(); i++) {
            if (claims.isFree(i) && utterance.word(i).equals("at")) {
                Found<EmailAddress> spoken = spoken(utterance, claims, i);
                if (spoken != null) {
                    return spoken;
                }
            }
        }
        return null;
    }

    private static @Nullable Found<EmailAddress> spoken(Utterance utterance, Claims claims, int at) {
        Found<String> domain = domain(utterance, claims, at + 1);
        int start = localStart(utterance, claims, at);
        if (domain == null || start == at) {
            return null;
        }
        String local = local(utterance, start, at);
        String address = local + "@" + domain.value();
        if (!LOCAL.matcher(local).matches() || !EmailAddress.isValid(address)) {
            return null;
        }
        return new Found<>(new EmailAddress(address), start, domain.end());
    }

    /** "gmail dot com", "example dot co dot uk", "seiketsu realty dot com", or a big provider alone ("gmail"). */
    private static @Nullable Found<String> domain(Utterance utterance, Claims claims, int from) {
        StringBuilder domain = new StringBuilder();
        int i = from;
        int labels = 0;
        while (true) {
            int labelStart = domain.length();
            i = label(utterance, claims, i, domain, labels > 0);
            if (domain.length() == labelStart || !LABEL.matcher(domain.substring(labelStart)).matches()) {
                return null;
            }
            labels++;
            if (utterance.word(i).equals("dotcom")) {
                return new Found<>(domain + ".com", from, i + 1);
            }
            if (!utterance.word(i).equals("dot") || !claims.isFree(i)) {
                break;
            }
            domain.append('.');
            i++;
        }
        String name = domain.toString();
        if (labels == 1) {
            return PROVIDERS.contains(name) ? new Found<>(name + ".com", from, i) : null;
        }
        String top = name.substring(name.lastIndexOf('.') + 1);
        return top.chars().allMatch(Character::isLetter) && top.length() >= 2 ? new Found<>(name, from, i) : null;
    }

    /**
     * One label: words joined by "dash" or a typed hyphen, and words run together ("seiketsu realty", and "g mail"
     * when that makes a provider's name); the top level is one word.
     */
    private static int label(Utterance utterance, Claims claims, int from, StringBuilder domain, boolean topLevel) {
        int labelStart = domain.length();
        int i = from;
        boolean joined = true;
        while (i < utterance.size() && claims.isFree(i)) {
            String word = utterance.word(i);
            boolean provider = PROVIDERS.contains(domain.substring(labelStart) + word);
            if (DASHES.contains(word) && i > from) {
                domain.append('-');
                joined = true;
            } else if (!isAlphanumeric(word) || word.equals("dotcom") || CONNECTORS.containsKey(word)
                    || !joined && (topLevel || CommonWords.contains(word) && !provider)) {
                break;
            } else {
                domain.append(word);
                joined = utterance.hyphenAfter(i);
                if (joined && i + 1 < utterance.size()) {
                    domain.append('-');
                }
            }
            i++;
        }
        return i;
    }

    /**
     * Where the local part starts, going back from "at". Words joined by "dot", "underscore" and the like belong to
     * it; words said one after the other ("john smith at ...") only when no such joiner was said (an address is
     * spelled one way or the other), at most {@value #RUN_TOGETHER} of them, never an everyday word, never across
     * a clause break.
     */
    private static int localStart(Utterance utterance, Claims claims, int at) {
        int start = at;
        boolean joined = false;
        boolean spelled = false;
        int runTogether = 0;
        for (int j = at - 1; j >= 0 && at - j <= LONGEST_LOCAL_PART && claims.isFree(j); j--) {
            String word = utterance.word(j);
            boolean number = NumberWords.isNumberWord(word);
            boolean connector = CONNECTORS.containsKey(word);
            if (utterance.breakAfter(j) || word.equals("at") || !isAlphanumeric(word) && !connector) {
                break;
            }
            if (utterance.hyphenAfter(j) && start == j + 1) {
                joined = true; // typed "diaz-murphy": the hyphen joins like a spoken "dash"
                spelled = true;
            }
            if (connector) {
                if (start == at) {
                    break;
                }
                joined = true;
                spelled = true;
            } else if (!joined && start < at && !number && (spelled || runTogether == RUN_TOGETHER)
                    || !joined && !number && CommonWords.contains(word)) {
                break;
            } else {
                runTogether += joined || number ? 0 : 1;
                joined = false;
            }
            start = j;
        }
        while (start < at && CONNECTORS.containsKey(utterance.word(start))) {
            start++;
        }
        return start;
    }

    private static String local(Utterance utterance, int start, int at) {
        StringBuilder local = new StringBuilder();
        int i = start;
        while (i < at) {
            String word = utterance.word(i);
            String connector = CONNECTORS.get(word);
            DigitWords.Run digits = word.equals("o") ? null
                    : DigitWords.read(utterance.words(), i, segmentEnd(utterance, i, at));
            if (connector != null) {
                local.append(connector);
                i++;
            } else if (digits != null) {
                local.append(digits.digits());
                i = digits.end();
            } else {
                local.append(word).append(utterance.hyphenAfter(i) && i + 1 < at ? "-" : "");
                i++;
            }
        }
        return local.toString();
    }

    /** Where the piece at {@code from} ends: digits are read up to the next "dot", "dash" and the like. */
    private static int segmentEnd(Utterance utterance, int from, int at) {
        int end = from;
        while (end < at && !CONNECTORS.containsKey(utterance.word(end))) {
            end++;
        }
        return end;
    }

    private static boolean isAlphanumeric(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isLetterOrDigit);
    }
}
