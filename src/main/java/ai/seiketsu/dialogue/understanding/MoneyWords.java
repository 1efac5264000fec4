package ai.seiketsu.dialogue.understanding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import ai.seiketsu.leads.Intent;

/**
 * A budget: one amount or a range, in every way it is said ("five hundred thousand", "500k", "$500,000", "half a
 * million", "1.2 million", "four fifty", "between four and five hundred", "300 to 400k", "twenty two hundred a
 * month"), with its bound ("up to", "under", "at most", "max" give a maximum; "at least", "over", "or more" a
 * minimum).
 *
 * <p>A number is taken as money only with a sign that it is: a currency ("$", "dollars", "bucks"), a scale word
 * ("thousand", "k", "million", "grand"), a thousands separator ("450,000"), "a month", a budget word before it
 * ("budget", "afford", "spend", "price", "under", "around", "between", "looking at", ...), or the agent having
 * asked for the budget. A number followed by a unit ("1,800 square feet", "2 acres", "20 percent", "50k down") or
 * named as a down payment ("100k to put down") is not a budget.
 *
 * <p><b>Scale.</b> The lower end of a range said without a scale borrows the upper end's ("between four and five
 * hundred thousand" is 400,000 to 500,000; "300 to 400k" 300,000 to 400,000; "four to four fifty" 400 to 450). A
 * purchase price said without a scale word and under 10,000 (under 1,000 when written with digits: "$1,500" is as
 * typed) is in thousands: "four fifty", "twelve fifty" and "between four and five hundred" mean $450,000,
 * $1,250,000 and $400,000 to $500,000 when buying, selling or investing (or when the intent is not known yet: no
 * home sells for $450), and "one point two" means $1.2 million. A rent is taken as said, monthly: "twenty two
 * hundred a month", or "fifteen hundred" from a caller who rents. Amounts under $100 (a month) or $10,000 (a price)
 * are not budgets.
 */
final class MoneyWords {

    private static final Set<String> CURRENCY_AFTER = Set.of("dollars", "dollar", "bucks", "usd");
    private static final Set<String> CUES = Set.of("budget", "budgeted", "price", "priced", "prices", "pricing",
            "afford", "spend", "spending", "pay", "paying", "cost", "costs", "range", "approved", "qualified",
            "worth", "sell", "list", "listed", "asking", "offer", "rent", "max", "maximum", "under", "below",
            "over", "above", "around", "about", "roughly", "approximately", "between", "than", "most", "least",
            "somewhere", "minimum", "ceiling", "cap", "budget's", "range's", "said", "meant");
    private static final Set<String> UNITS = Set.of("square", "sq", "sqft", "feet", "foot", "ft", "acre", "acres",
            "percent", "down", "year", "years", "months", "week", "weeks", "day", "days", "minute", "minutes",
            "hour", "hours", "mile", "miles", "kid", "kids", "children", "people", "car", "cars", "story", "stories",
            "floor", "floors", "unit", "units", "times", "points", "th", "st", "nd", "rd", "o'clock", "am", "pm",
            "bed", "beds", "bedroom", "bedrooms", "bath", "baths", "bathroom", "bathrooms", "br", "bd", "ba",
            "yrs", "mins", "credit", "score");
    private static final Phrases MAXIMUM_BEFORE = Phrases.of("under", "below", "up to", "less than", "at most",
            "max", "maximum", "no more than", "not more than", "not over", "no higher than", "cap(?:ped)? at",
            "top out at", "tops");
    private static final Phrases MINIMUM_BEFORE = Phrases.of("at least", "over", "above", "more than", "minimum",
            "min", "starting at", "starting from", "no less than", "upwards of");
    private static final Phrases MAXIMUM_AFTER = Phrases.of("or less", "or under", "or below", "max", "maximum",
            "tops", "at most", "at the most", "at the max", "or lower", "top");
    private static final Phrases MINIMUM_AFTER = Phrases.of("or more", "plus", "or above", "or higher", "minimum",
            "at least", "and up", "or over");
    private static final Phrases MONTHLY = Phrases.of("a month", "per month", "each month", "every month",
            "monthly", "a mo", "per mo", "mo", "month");
    private static final Phrases YEARLY = Phrases.of("a year", "per year", "each year", "every year", "annually",
            "yearly", "a yr", "per yr", "salary", "income");
    private static final Phrases DOWN_PAYMENT = Phrases.of("(?:as |for )?(?:a |the |my |our )?down payment(?: of)?",
            "(?:to )?put(?:ting)? down");
    private static final Set<String> HEDGES = Set.of("$", "about", "around", "roughly", "like", "maybe", "say",
            "approximately");
    private static final long LOWEST = 100;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

    private MoneyWords() {
    }

    static @Nullable Found<Budget> find(Utterance utterance, Claims claims, Context context) {
        for (int i = 0; i < utterance.size(); i++) {
            if (!claims.isFree(i)) {
                continue;
            }
            Amount lower = amount(utterance, claims, i);
            if (lower == null) {
                continue;
            }
            Found<Budget> budget = budget(utterance, claims, context, lower);
            if (budget != null) {
                return budget;
            }
            i = lower.end() - 1;
        }
        return null;
    }

    private static @Nullable Found<Budget> budget(Utterance utterance, Claims claims, Context context, Amount first) {
        if (utterance.word(first.start() - 1).equals("not")) {
            return null; // "not four hundred, five hundred": the negated amount is what the caller takes back
        }
        Amount upper = upper(utterance, claims, first);
        Amount lower = upper == null ? first : first.borrowScale(upper);
        int end = (upper == null ? first : upper).end();
        if (isUnit(utterance, end) || YEARLY.at(utterance, end) != null || isDownPayment(utterance, first, end)) {
            return null;
        }
        Found<String> monthly = MONTHLY.at(utterance, end);
        boolean perMonth = monthly != null || context.intent() == Intent.RENT;
        if (monthly == null && !lower.marked() && (upper == null || !upper.marked())
                && !cueBefore(utterance, first.start()) && context.asked() != Slot.BUDGET) {
            return null;
        }
        end = monthly == null ? end : monthly.end();
        Long low = dollars(lower, perMonth);
        Long high = upper == null ? null : dollars(upper, perMonth);
        if (low == null || upper != null && high == null) {
            return null;
        }
        return bounded(utterance, first.start(), end, low, high, perMonth);
    }

    private static Found<Budget> bounded(Utterance utterance, int start, int end, long low, @Nullable Long high,
            boolean monthly) {
        if (high != null) {
            return new Found<>(new Budget(Math.min(low, high), Math.max(low, high), monthly), start, end);
        }
        Found<String> floor = MINIMUM_AFTER.at(utterance, end);
        Found<String> ceiling = floor == null ? MAXIMUM_AFTER.at(utterance, end) : null;
        boolean minimum = floor != null || ceiling == null && floorBefore(utterance, start);
        Budget budget = minimum ? new Budget(low, null, monthly) : new Budget(null, low, monthly);
        int last = floor != null ? floor.end() : ceiling != null ? ceiling.end() : end;
        return new Found<>(budget, start, last);
    }

    /**
     * Whether the words before the amount make it a minimum ("at least", "over", "no less than"); the longest bound
     * wins ("no more than" is a maximum though it ends in "more than"), and a maximum is the default.
     */
    private static boolean floorBefore(Utterance utterance, int start) {
        int end = start;
        while (end > 0 && HEDGES.contains(utterance.word(end - 1))) {
            end--; // "up to about $500k", "at least like 400"
        }
        Found<String> floor = endingAt(MINIMUM_BEFORE, utterance, end);
        Found<String> ceiling = endingAt(MAXIMUM_BEFORE, utterance, end);
        return floor != null && (ceiling == null || floor.start() < ceiling.start());
    }

    /** The longest of {@code phrases} (of at most four words) that ends right before word {@code end}. */
    private static @Nullable Found<String> endingAt(Phrases phrases, Utterance utterance, int end) {
        for (int start = Math.max(0, end - 4); start < end; start++) {
            Found<String> found = phrases.at(utterance, start);
            if (found != null && found.end() == end) {
                return found;
            }
        }
        return null;
    }

    /** The upper end of a range: "X to Y", "between X and Y", "X or Y", "from X to Y". */
    private static @Nullable Amount upper(Utterance utterance, Claims claims, Amount lower) {
        String joiner = utterance.word(lower.end());
        boolean between = utterance.word(lower.start() - 1).equals("between")
                || utterance.word(lower.start() - 2).equals("between");
        if (!(joiner.equals("to") || joiner.equals("or") || joiner.equals("and") && between)) {
            return null;
        }
        int next = lower.end() + 1;
        if (utterance.word(next).equals("about") || utterance.word(next).equals("maybe")) {
            next++;
        }
        return claims.isFree(next) ? amount(utterance, claims, next) : null;
    }

    private static @Nullable Amount amount(Utterance utterance, Claims claims, int start) {
        boolean dollarSign = utterance.word(start).equals("$");
        int from = dollarSign ? start + 1 : start;
        NumberWords.Reading reading = NumberWords.read(utterance, claims, from);
        if (reading == null) {
            return null;
        }
        int end = reading.end();
        boolean currency = dollarSign || CURRENCY_AFTER.contains(utterance.word(end));
        end += CURRENCY_AFTER.contains(utterance.word(end)) ? 1 : 0;
        String original = utterance.original(from);
        return new Amount(reading.value(), start, end, currency || original.contains(","), reading.scales(),
                Character.isDigit(original.charAt(0)));
    }

    /**
     * What the amount is in whole dollars, a bare purchase price read in thousands; null when it is too small to
     * be a budget.
     */
    private static @Nullable Long dollars(Amount amount, boolean monthly) {
        BigDecimal value = amount.value();
        boolean spokenScale = amount.scales().stream().anyMatch(scale -> scale >= 1_000);
        BigDecimal bare = amount.written() ? THOUSAND : BigDecimal.valueOf(10_000);
        if (!monthly && !spokenScale && value.compareTo(bare) < 0) {
            if (value.compareTo(BigDecimal.valueOf(50)) >= 0) {
                value = value.multiply(THOUSAND);
            } else if (value.compareTo(BigDecimal.TEN) < 0 && value.stripTrailingZeros().scale() > 0) {
                value = value.multiply(BigDecimal.valueOf(1_000_000));
            }
        }
        long dollars = value.setScale(0, RoundingMode.HALF_UP).longValue();
        return dollars >= (monthly ? LOWEST : LOWEST * 100) ? dollars : null;
    }

    private static boolean cueBefore(Utterance utterance, int start) {
        for (int k = Math.max(0, start - 6); k < start; k++) {
            String word = utterance.word(k);
            boolean twoWords = word.equals("to") && utterance.word(k - 1).equals("up")
                    || word.equals("at") && utterance.word(k - 1).equals("looking");
            if (CUES.contains(word) || twoWords) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnit(Utterance utterance, int index) {
        return UNITS.contains(utterance.word(index));
    }

    /** "a down payment of 50k", "50k as a down payment"; "50k down" is a unit. */
    private static boolean isDownPayment(Utterance utterance, Amount amount, int end) {
        for (int k = amount.start() - 1; k >= Math.max(0, amount.start() - 4); k--) {
            Found<String> before = DOWN_PAYMENT.at(utterance, k);
            boolean sameClause = before != null && utterance.clauseEnd(before.start()) > amount.start();
            if (sameClause && amount.start() - before.end() <= 2) {
                return true;
            }
        }
        return DOWN_PAYMENT.at(utterance, end) != null;
    }

    /**
     * An amount as said: its value before any reading by context, its words, whether it carried a sign of money
     * itself (a currency or a thousands separator), and whether it was written with digits.
     */
    private record Amount(BigDecimal value, int start, int end, boolean currency, List<Long> scales,
            boolean written) {

        boolean marked() {
            return currency || scales.stream().anyMatch(scale -> scale >= 1_000);
        }

        /**
         * The lower end of a range said without a scale takes the upper end's ("four to five hundred thousand"), or
         * names the upper end's hundreds ("four to four fifty").
         */
        Amount borrowScale(Amount upper) {
            if (!scales.isEmpty()) {
                return this;
            }
            boolean hundreds = upper.scales().isEmpty() && value.compareTo(BigDecimal.TEN) < 0
                    && upper.value().compareTo(BigDecimal.valueOf(100)) >= 0;
            if (hundreds && value.multiply(BigDecimal.valueOf(100)).compareTo(upper.value()) <= 0) {
                return new Amount(value.multiply(BigDecimal.valueOf(100)), start, end, currency, List.of(), written);
            }
            for (long scale : upper.scales()) {
                BigDecimal scaled = value.multiply(BigDecimal.valueOf(scale));
                if (scaled.compareTo(upper.value()) <= 0) {
                    return new Amount(scaled, start, end, currency || upper.currency(), upper.scales(), written);
                }
            }
            return this;
        }
    }
}
