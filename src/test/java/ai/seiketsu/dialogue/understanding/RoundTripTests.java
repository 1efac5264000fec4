package ai.seiketsu.dialogue.understanding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import ai.seiketsu.leads.Intent;
import ai.seiketsu.shared.EmailAddress;
import ai.seiketsu.shared.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based round trips: values generated from a seeded random source, said in their spoken and typed forms
 * by {@link SpokenForms}, read back through {@link Understanding#understand}, and compared with the value said. A
 * failure names the seed, the form and what was read.
 */
class RoundTripTests {

    private static final long SEED = 20261126L;
    private static final int VALUES = 1_000;
    private static final List<String> AREA_CODES = List.of("201", "206", "212", "213", "214", "215", "303", "305",
            "310", "312", "313", "404", "405", "407", "408", "412", "415", "503", "504", "512", "602", "612", "615",
            "617", "619", "646", "702", "703", "704", "713", "718", "720", "737", "754", "786", "801", "813", "817",
            "832", "901", "904", "916", "919", "925", "941", "949", "972", "978");
    private static final List<String> NAMES = List.of("maria", "lopez", "john", "smith", "ana", "kim", "nguyen",
            "patel", "garcia", "chen", "oconnor", "jsmith", "mlopez", "jackson", "taylor", "rivera", "brooks",
            "sanchez", "ramirez", "walker", "torres", "murphy", "diaz", "kowalski", "j", "m", "k", "r", "t");
    private static final List<String> PROVIDERS = List.of("gmail", "yahoo", "hotmail", "outlook", "icloud", "aol");
    private static final List<String> DOMAIN_WORDS = List.of("example", "seiketsu", "austinhomes", "realty",
            "kellerhomes", "lonestar", "bluebonnet");
    private static final List<String> TOP_LEVELS = List.of("com", "org", "net", "io", "us", "co", "edu");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago"),
            ZoneId.of("America/Denver"), ZoneId.of("America/Phoenix"), ZoneId.of("America/Los_Angeles"),
            ZoneId.of("Pacific/Honolulu"));

    private final Random random = new Random(SEED);
    private final SpokenForms say = new SpokenForms(random);
    private final Context buyer = Fixtures.context().withIntent(Intent.BUY);

    @Test
    void readsBackGeneratedPurchasePrices() {
        RoundTrip trip = new RoundTrip();
        for (int n = 0; n < VALUES; n++) {
            long price = price();
            Context context = random.nextBoolean() ? buyer : Fixtures.context();
            for (String form : priceForms(price)) {
                String said = say.pick(List.of("my budget is %s", "up to %s", "around %s", "we can afford %s",
                        "something under %s", "our price range is about %s")).formatted(form);
                trip.check(said, new Budget(null, price, false), Understanding.understand(said, context).budget());
            }
        }
        trip.assertAllReadBack(VALUES * 4);
    }

    @Test
    void readsBackGeneratedMonthlyRents() {
        RoundTrip trip = new RoundTrip();
        Context renter = Fixtures.context().withIntent(Intent.RENT);
        for (int n = 0; n < VALUES; n++) {
            int rent = 500 + random.nextInt(9_500);
            Budget expected = new Budget(null, (long) rent, true);
            for (String form : List.of(rent + " a month", "$" + SpokenForms.grouped(rent) + "/mo",
                    "$" + rent + " per month", say.words(rent) + " a month", say.pair(rent) + " a month")) {
                trip.check(form, expected, Understanding.understand(form, Fixtures.context()).budget());
            }
            String bare = "my budget is " + say.pair(rent);
            trip.check(bare + " (renting)", expected, Understanding.understand(bare, renter).budget());
        }
        trip.assertAllReadBack(VALUES * 6);
    }

    @Test
    void readsBackGeneratedPriceRanges() {
        RoundTrip trip = new RoundTrip();
        for (int n = 0; n < VALUES; n++) {
            long low = 10_000L * (10 + random.nextInt(150));
            long high = low + 10_000L * (1 + random.nextInt(50));
            Budget expected = new Budget(low, high, false);
            for (String said : rangeForms(low, high)) {
                trip.check(said, expected, Understanding.understand(said, buyer).budget());
            }
        }
        trip.assertAllReadBack(VALUES * 3);
    }

    @Test
    void readsBackGeneratedPhoneNumbers() {
        RoundTrip trip = new RoundTrip();
        int values = 0;
        while (values < VALUES) {
            String national = say.pick(AREA_CODES) + (2 + random.nextInt(8)) + String.format(Locale.ROOT, "%02d",
                    random.nextInt(100)) + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
            if (!PhoneNumber.isValid(national, PhoneNumber.DEFAULT_REGION)) {
                continue; // N11 exchanges and the like: not numbers anyone could give
            }
            values++;
            PhoneNumber expected = PhoneNumber.parse(national, PhoneNumber.DEFAULT_REGION);
            for (String form : phoneForms(national)) {
                String said = say.pick(List.of("my number is %s", "you can reach me at %s", "%s", "it's %s",
                        "call me back on %s please")).formatted(form);
                trip.check(said, expected, Understanding.understand(said, Fixtures.context()).phone());
            }
        }
        trip.assertAllReadBack(VALUES * 8);
    }

    @Test
    void readsBackGeneratedEmailAddresses() {
        RoundTrip trip = new RoundTrip();
        for (int n = 0; n < VALUES; n++) {
            List<String> local = new ArrayList<>();
            int segments = 1 + random.nextInt(3);
            for (int k = 0; k < segments; k++) {
                local.add(say.pick(NAMES));
            }
            String digits = random.nextInt(3) == 0 ? String.valueOf(random.nextInt(100)) : "";
            List<String> joiners = new ArrayList<>();
            for (int k = 1; k < segments; k++) {
                joiners.add(say.pick(List.of(".", "_", "-")));
            }
            boolean provider = random.nextBoolean();
            String domain = provider ? say.pick(PROVIDERS) + ".com"
                    : say.pick(DOMAIN_WORDS) + (random.nextInt(4) == 0 ? "-" + say.pick(DOMAIN_WORDS) : "") + "."
                            + say.pick(TOP_LEVELS);
            String address = typedLocal(local, joiners, digits) + "@" + domain;
            EmailAddress expected = new EmailAddress(address);
            for (String form : emailForms(local, joiners, digits, domain, provider)) {
                String said = say.pick(List.of("my email is %s", "it's %s", "%s", "sure, %s",
                        "you can email me at %s")).formatted(form);
                trip.check(said, expected, Understanding.understand(said, Fixtures.context()).email());
            }
        }
        trip.assertAllReadBack(VALUES * 4);
    }

    @Test
    void readsBackGeneratedShowingTimes() {
        RoundTrip trip = new RoundTrip();
        for (int n = 0; n < VALUES; n++) {
            ZoneId zone = say.pick(ZONES);
            ZonedDateTime now = LocalDateTime.of(2026, 1, 1, 7, 0).plusDays(random.nextInt(3 * 365))
                    .plusMinutes(random.nextInt(14 * 60)).atZone(zone);
            LocalTime time = LocalTime.of(8 + random.nextInt(12), random.nextBoolean() ? 15 * random.nextInt(4)
                    : random.nextInt(60));
            int ahead = 1 + random.nextInt(random.nextBoolean() ? 7 : 300);
            LocalDate day = now.toLocalDate().plusDays(ahead);
            When expected = new When(ZonedDateTime.of(day, time, zone), ZonedDateTime.of(day, time, zone));
            Context context = Context.at(now, Gazetteer.EMPTY);
            for (String form : dayForms(now.toLocalDate(), day)) {
                String at = say.pick(timeForms(time));
                String said = random.nextBoolean() ? "can I see it " + form + " at " + at : "at " + at + " " + form;
                trip.check(said + " (now " + now + ")", expected, Understanding.understand(said, context).when());
            }
        }
        trip.assertAllReadBack(VALUES * 3);
    }

    /** A purchase price: round thousands under a million, round ten-thousands above, or any dollar amount. */
    private long price() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> 1_000L * (50 + random.nextInt(950));
            case 4, 5, 6 -> 10_000L * (100 + random.nextInt(900));
            default -> 100_000L + random.nextInt(900_000);
        };
    }

    private List<String> priceForms(long price) {
        List<String> forms = new ArrayList<>(List.of(say.words(price), "$" + SpokenForms.grouped(price),
                SpokenForms.grouped(price) + " dollars", "$" + price));
        long thousands = price / 1_000;
        if (price % 1_000 == 0 && price < 1_000_000) {
            forms.addAll(List.of(thousands + "k", "$" + thousands + "K", thousands + " grand",
                    say.pair((int) thousands) + " k", say.pair((int) thousands)));
        }
        if (price >= 1_000_000 && price % 10_000 == 0) {
            String millions = BigDecimal.valueOf(price).movePointLeft(6).stripTrailingZeros().toPlainString();
            forms.addAll(List.of(millions + " million", "$" + millions + "m"));
            if (millions.contains(".")) {
                String[] parts = millions.split("\\.");
                forms.add(say.words(Long.parseLong(parts[0])) + " point " + say.digits(parts[1], false, false)
                        + " million");
                forms.add(say.words(Long.parseLong(parts[0])) + " point " + say.digits(parts[1], false, false));
            }
            if (thousands % 100 != 0) {
                forms.add(say.pair((int) thousands));
            }
            if (price % 1_000_000 == 500_000) {
                forms.add(price == 1_500_000 ? "a million and a half"
                        : say.words(price / 1_000_000) + " and a half million");
            }
        }
        if (price == 500_000) {
            forms.add("half a million");
        }
        return forms;
    }

    private List<String> rangeForms(long low, long high) {
        List<String> forms = new ArrayList<>(List.of(
                "between " + say.words(low) + " and " + say.words(high),
                "from $" + SpokenForms.grouped(low) + " to $" + SpokenForms.grouped(high),
                "somewhere between " + low + " and " + high + " dollars"));
        if (high < 1_000_000) {
            forms.add("between $" + low / 1_000 + "k and $" + high / 1_000 + "k");
            forms.add(low / 1_000 + "-" + high / 1_000 + "k");
            forms.add("between " + say.pair((int) (low / 1_000)) + " and " + say.pair((int) (high / 1_000)));
            if (low % 100_000 == 0 && high % 100_000 == 0) {
                forms.add("between " + say.words(low / 100_000) + " and " + say.words(high / 100_000)
                        + " hundred thousand");
            }
        }
        return forms;
    }

    private List<String> phoneForms(String national) {
        String area = national.substring(0, 3);
        String exchange = national.substring(3, 6);
        String line = national.substring(6);
        return List.of(
                say.digits(area, true, false) + ", " + say.digits(exchange, true, false) + ", "
                        + say.digits(line, true, false),
                say.digits(national, false, false),
                say.digits(area, true, true) + " " + say.digits(exchange, true, true) + " "
                        + say.digits(line, true, true),
                say.digits(area, true, false) + " " + say.digits(exchange, true, false) + " "
                        + say.twoDigits(line.substring(0, 2)) + " " + say.twoDigits(line.substring(2)),
                "one " + say.digits(national, true, random.nextBoolean()),
                "(" + area + ") " + exchange + "-" + line,
                area + "." + exchange + "." + line,
                "+1 " + area + " " + exchange + " " + line);
    }

    private static String typedLocal(List<String> local, List<String> joiners, String digits) {
        StringBuilder typed = new StringBuilder(local.getFirst());
        for (int k = 1; k < local.size(); k++) {
            typed.append(joiners.get(k - 1)).append(local.get(k));
        }
        return typed.append(digits).toString();
    }

    private List<String> emailForms(List<String> local, List<String> joiners, String digits, String domain,
            boolean provider) {
        StringBuilder spoken = new StringBuilder(local.getFirst());
        for (int k = 1; k < local.size(); k++) {
            String joiner = switch (joiners.get(k - 1)) {
                case "." -> say.pick(List.of("dot", "period"));
                case "_" -> "underscore";
                default -> say.pick(List.of("dash", "hyphen"));
            };
            spoken.append(' ').append(joiner).append(' ').append(local.get(k));
        }
        if (!digits.isEmpty()) {
            String number = digits.length() == 2 && random.nextBoolean() ? say.twoDigits(digits)
                    : random.nextBoolean() ? say.digits(digits, true, false) : digits;
            spoken.append(' ').append(number);
        }
        String spokenDomain = domain.replace("-", " dash ").replace(".", " dot ");
        String typed = typedLocal(local, joiners, digits);
        List<String> forms = new ArrayList<>(List.of(spoken + " at " + spokenDomain, typed + "@" + domain,
                capitalised(typed) + "@" + capitalised(domain), typed + " at " + domain));
        if (provider) {
            forms.add(spoken + " at " + domain.substring(0, domain.indexOf('.')));
        }
        return forms;
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Ways to name {@code day} from {@code today}: weekday, "tomorrow", "the 14th", "June 14th", ... */
    private List<String> dayForms(LocalDate today, LocalDate day) {
        long ahead = day.toEpochDay() - today.toEpochDay();
        String weekday = day.getDayOfWeek().name().toLowerCase(Locale.ROOT);
        String month = day.getMonth().name().toLowerCase(Locale.ROOT);
        List<String> forms = new ArrayList<>(List.of(month + " " + SpokenForms.suffixed(day.getDayOfMonth()),
                "the " + SpokenForms.ordinal(day.getDayOfMonth()) + " of " + month,
                "on " + day.getMonthValue() + "/" + day.getDayOfMonth()));
        if (ahead < 28) {
            forms.add("on the " + SpokenForms.ordinal(day.getDayOfMonth()));
            forms.add(SpokenForms.suffixed(day.getDayOfMonth()));
        }
        if (ahead <= 7) {
            forms.add("next " + weekday);
        }
        if (ahead < 7) {
            forms.add(say.pick(List.of("", "this ", "on ")) + weekday);
            forms.add(weekday + " the " + SpokenForms.suffixed(day.getDayOfMonth()));
        }
        if (ahead == 1) {
            forms.add("tomorrow");
        }
        if (ahead == 2) {
            forms.add("the day after tomorrow");
        }
        return forms;
    }

    /** Ways to say a business-hours time: "two thirty", "2:30 pm", "half past two", "quarter to three", "14:30". */
    private List<String> timeForms(LocalTime time) {
        int hour = time.getHour() > 12 ? time.getHour() - 12 : time.getHour();
        int minute = time.getMinute();
        String hourWords = say.belowHundred(hour);
        String meridiem = time.getHour() >= 12 ? "pm" : "am";
        String minuteWords = minute == 0 ? "" : " " + (minute < 10 ? "oh " + say.belowHundred(minute)
                : say.belowHundred(minute));
        List<String> forms = new ArrayList<>(List.of(hourWords + minuteWords, hourWords + minuteWords + " "
                + meridiem, String.format(Locale.ROOT, "%d:%02d", hour, minute) + meridiem,
                String.format(Locale.ROOT, "%d:%02d", time.getHour(), minute)));
        if (minute == 0) {
            forms.addAll(List.of(hourWords + " o'clock", hour + meridiem, hour + " " + meridiem.charAt(0) + " m"));
        }
        if (minute == 30) {
            forms.add("half past " + hourWords);
        }
        if (minute == 15) {
            forms.add("quarter past " + hourWords);
        }
        if (minute == 45 && hour < 12) {
            forms.add("quarter to " + say.belowHundred(hour + 1));
        }
        return forms;
    }

    /** The checks of one property and the forms that were not read back. */
    private static final class RoundTrip {

        private final List<String> failures = new ArrayList<>();
        private int checks;

        void check(String said, Object expected, @Nullable Object read) {
            checks++;
            if (!Objects.equals(expected, read)) {
                failures.add('"' + said + "\" read as " + read + ", said " + expected);
            }
        }

        void assertAllReadBack(int leastChecks) {
            assertThat(checks).as("forms checked").isGreaterThanOrEqualTo(leastChecks);
            assertThat(failures).as("seed %d: %d of %d forms not read back, first ones", SEED, failures.size(),
                    checks).isEmpty();
        }
    }
}
