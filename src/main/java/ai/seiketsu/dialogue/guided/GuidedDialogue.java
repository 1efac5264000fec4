package ai.seiketsu.dialogue.guided;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.seiketsu.agents.BookedAppointmentType;
import ai.seiketsu.agents.QualificationFact;
import ai.seiketsu.agents.VoiceAgent;
import ai.seiketsu.conversations.Channel;
import ai.seiketsu.dialogue.guard.FairHousingGuard;
import ai.seiketsu.dialogue.guard.Screening;
import ai.seiketsu.dialogue.guided.DialogueState.Handoff;
import ai.seiketsu.dialogue.guided.DialogueState.Offered;
import ai.seiketsu.dialogue.guided.DialogueState.OfferedSlot;
import ai.seiketsu.dialogue.guided.DialogueState.Stage;
import ai.seiketsu.dialogue.understanding.Answer;
import ai.seiketsu.dialogue.understanding.Budget;
import ai.seiketsu.dialogue.understanding.CallerIntent;
import ai.seiketsu.dialogue.understanding.Context;
import ai.seiketsu.dialogue.understanding.Place;
import ai.seiketsu.dialogue.understanding.Slot;
import ai.seiketsu.dialogue.understanding.Understanding;
import ai.seiketsu.dialogue.understanding.Understood;
import ai.seiketsu.dialogue.understanding.When;
import ai.seiketsu.leads.Financing;
import ai.seiketsu.leads.Intent;
import ai.seiketsu.leads.Timeline;
import ai.seiketsu.listings.Listing;
import ai.seiketsu.listings.ListingQuery;
import ai.seiketsu.listings.PropertyCategory;
import ai.seiketsu.scheduling.AppointmentType;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * The guided brain: a deterministic real-estate conversation. It asks one question at a time for the facts the agent
 * needs, takes every fact a caller gives in one breath, reads phone numbers and e-mail addresses back to confirm them,
 * takes corrections, never asks for a fact it knows, answers questions about listings and the agency from data only
 * and then picks up where it was, offers matching listings and real free slots, books, hands over to a person, and
 * honours "stop calling me". Every reply passes the fair-housing guard.
 *
 * <p>State lives in {@link DialogueState}, which the caller of this class saves after each turn; this class keeps
 * none and is thread-safe. Everything it says about the agency comes from the {@link World}.
 */
public final class GuidedDialogue {

    static final int MAX_LISTINGS = 3;
    private static final Duration BOOKING_HORIZON = Duration.ofDays(7);
    private static final int MAX_MISSES = 2;
    /** The least notice a booking gets: a slot starting sooner is not offered. */
    private static final Duration NOTICE = Duration.ofHours(1);
    // what a lead can hold (leads' own limits are wider): anything beyond is not a plausible answer
    private static final long MAX_BUDGET = 1_000_000_000L;
    private static final int MAX_ROOMS = 20;
    private static final int MAX_AREAS = 10;
    private static final int MAX_NAME = 100;
    private static final int MAX_MOTIVATION = 200;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern DECLINE = Pattern.compile("\\b(?:not sure|unsure|don't know|dont know|do not know|"
            + "no idea|rather not|prefer not|would not like to say|skip|pass|doesn't matter|does not matter|"
            + "no preference|anything|anywhere|any kind|either|whatever|not yet|haven't decided|undecided|"
            + "don't have one|none)\\b");
    private static final Pattern NOT_INTERESTED = Pattern.compile("\\b(?:not interested|no longer interested|"
            + "just (?:browsing|looking)|changed my mind|never ?mind)\\b");
    private static final Pattern NONE_OF_THOSE = Pattern.compile("\\b(?:none of (?:those|them|these)|neither|"
            + "(?:those|these|they) (?:don't|do not|won't|will not) work|(?:doesn't|does not|don't) work for me|"
            + "another (?:day|time)|other (?:days|times)|something else|different (?:day|time)|later (?:time|day))\\b");
    /** The facts a listing search uses: when one changes, the listings are searched again. */
    private static final Set<QualificationFact> SEARCH_FACTS = EnumSet.of(QualificationFact.INTENT,
            QualificationFact.AREA, QualificationFact.BUDGET, QualificationFact.BEDROOMS, QualificationFact.BATHROOMS,
            QualificationFact.PROPERTY_TYPE);
    private static final Pattern ROOM_WORDS = Pattern.compile("\\b(?:bed|beds|bedrooms?|br|bath|baths|bathrooms?|ba)\\b");
    private static final Pattern NAME_CUE = Pattern.compile("\\b(?:my name is|my name's|name is|this is|i'm|i am|"
            + "it's|call me)\\b");
    private static final Set<String> NOT_A_NAME = Set.of("how", "what", "when", "where", "why", "who", "which",
            "relocating", "moving", "downsizing", "upsizing", "selling", "buying", "renting", "looking", "just",
            "sorry", "okay", "ok", "well", "hello", "hi", "hey", "thanks", "thank", "sure", "maybe", "the", "a", "an",
            "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "today", "tomorrow");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(?:1st|2nd|3rd|the (?:first|second|third) at)\\b"
            + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) the\\b");
    private static final Pattern NOT_NOW = Pattern.compile("\\b(?:not (?:right )?now|not yet|not today|maybe later|"
            + "later maybe|some other time|i'll think about it|let me think)\\b");
    private static final Pattern ORDINAL = Pattern.compile("\\b(first|1st|second|2nd|third|3rd|last|"
            + "(?:number|option) (?:one|two|three|1|2|3))\\b");
    private static final Pattern WANTS_LISTINGS = Pattern.compile("\\b(?:what|which|any|show me|do you have|got any|"
            + "see (?:some|any|the)|send me|find me|looking at)\\b.*\\b(?:homes|houses|listings|properties|places|"
            + "condos|townhouses|apartments|rentals|options)\\b");
    private static final Pattern ADDRESS = Pattern.compile("\\b(\\d{1,6}) ([a-z]+(?: [a-z]+)?) (?:street|st|avenue|"
            + "ave|road|rd|drive|dr|lane|ln|court|ct|way|boulevard|blvd|place|pl|circle|cir|trail|trl|parkway|pkwy)\\b"
            + "|\\bon ([a-z]+) (?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|way|boulevard|blvd|trail)\\b");

    private final FairHousingGuard guard;
    /**
     * What the guard said of sentences the agent says again and again (its questions, its read-backs of common
     * facts): the guard is a pure function of the text, so its verdict can be kept. Bounded; sentences carrying a
     * caller's details fall out first.
     */
    private final Cache<String, String> screened = Caffeine.newBuilder().maximumSize(20_000).build();

    public GuidedDialogue(FairHousingGuard guard) {
        this.guard = guard;
    }

    /** The agent's first words: its greeting, the recording disclosure on a recorded voice call, a question. */
    public Reply greet(DialogueState state, World world) {
        VoiceAgent agent = world.agent();
        Out out = new Out();
        List<String> greeting = new ArrayList<>(List.of(SENTENCE_END.split(agent.greeting().strip())));
        String question = !greeting.isEmpty() && greeting.getLast().endsWith("?") ? greeting.removeLast()
                : "How can I help you today?";
        greeting.forEach(out::say);
        boolean voice = world.channel() == Channel.PHONE || world.channel() == Channel.WEB_VOICE;
        if (voice && agent.recordingEnabled() && !agent.recordingDisclosure().isBlank()) {
            out.say(agent.recordingDisclosure());
        }
        out.say(question);
        return finish(state, world, out);
    }

    /** Answers one caller turn; the state moves on. A conversation that has ended answers nothing more. */
    public Reply answer(DialogueState state, String text, World world) {
        if (state.stage == Stage.ENDED) {
            throw new IllegalStateException("the conversation has ended");
        }
        state.callerTurns++;
        Out out = new Out();
        String said = text.strip();
        if (said.isEmpty()) {
            out.say("Sorry, I didn't catch that.");
            askAgain(state, world, out);
            return finish(state, world, out);
        }
        if (guard.screenQuestion(said) instanceof Screening.Neutralised neutral) {
            out.say(neutral.reply());
            state.questionsAnswered++;
            resume(state, world, out);
            return finish(state, world, out);
        }
        Understood heard = Understanding.understand(said, context(state, world));
        String lower = said.toLowerCase(Locale.ROOT);
        if (heard.has(CallerIntent.STOP_CALLING)) {
            stopCalling(state, heard, world, out);
            return finish(state, world, out);
        }
        if (heard.has(CallerIntent.HUMAN)) {
            take(state, heard, said, world, out);
            handOff(state, world, out);
            if (state.stage != Stage.ENDED && !out.asked) {
                next(state, world, out);
            }
            return finish(state, world, out);
        }
        if (NOT_INTERESTED.matcher(lower).find() && !heard.has(CallerIntent.SCHEDULE)) {
            state.noInterest = true;
            end(state, world, out, "No problem at all. Thank you for calling.");
            return finish(state, world, out);
        }
        boolean confirmedNow = confirm(state, heard, out);
        Set<QualificationFact> taken = take(state, heard, said, world, out);
        boolean answered = answerQuestion(state, heard, said, lower, world, out);
        if (state.stage == Stage.ENDED) {
            return finish(state, world, out);
        }
        boolean refined = taken.stream().anyMatch(SEARCH_FACTS::contains);
        if (refined && (state.stage == Stage.QUALIFYING || state.stage == Stage.LISTINGS_OFFERED)) {
            state.listingsSearched = false; // the listings heard so far were for other wishes
        }
        boolean moved = refined && state.stage == Stage.LISTINGS_OFFERED
                ? offerListingsAgain(state, world, out)
                : onStage(state, heard, lower, world, out, answered);
        if (state.stage == Stage.ENDED) {
            return finish(state, world, out);
        }
        if (heard.has(CallerIntent.GOODBYE) && !moved && state.confirming == null) {
            end(state, world, out, "Thank you for calling.");
            return finish(state, world, out);
        }
        if (!moved && !answered && !confirmedNow && taken.isEmpty()) {
            unread(state, heard, out);
        }
        if (state.stage != Stage.ENDED && !out.asked) {
            next(state, world, out);
        }
        return finish(state, world, out);
    }

    /**
     * The conversation is over without the agent ending it (the caller hung up, the API ended it): what was learned
     * is written to the lead.
     */
    public void close(DialogueState state, World world) {
        if (state.stage != Stage.ENDED) {
            state.leftMidFlow = state.confirming != null || state.wantsBooking || state.wantsCallback
                    || switch (state.stage) {
                        case QUALIFYING -> state.asking != null;
                        case LISTINGS_OFFERED, MEETING_OFFERED, SLOTS_OFFERED, ASKING_TIME -> true;
                        default -> false;
                    };
        }
        saveLead(state, world);
        state.stage = Stage.ENDED;
        state.asking = null;
    }

    // ---- understanding in context

    private static Context context(DialogueState state, World world) {
        Slot asked = switch (state.stage) {
            case SLOTS_OFFERED, ASKING_TIME -> Slot.TIME;
            default -> state.confirming != null || state.asking == null ? null : slotOf(state.asking);
        };
        if (state.stage == Stage.WRAPPING_UP && state.appointmentId != null) {
            asked = Slot.TIME;
        }
        return Context.at(world.now(), world.places()).withIntent(state.intent).asking(asked);
    }

    private static @Nullable Slot slotOf(QualificationFact fact) {
        return switch (fact) {
            case BUDGET -> Slot.BUDGET;
            case BEDROOMS -> Slot.BEDROOMS;
            case BATHROOMS -> Slot.BATHROOMS;
            case TIMELINE -> Slot.TIMELINE;
            case FINANCING -> Slot.FINANCING;
            case MOTIVATION -> Slot.MOTIVATION;
            case NAME -> Slot.NAME;
            default -> null;
        };
    }

    // ---- taking facts

    /** A phone number or e-mail read back: yes keeps it, no drops it to be asked again. */
    private static boolean confirm(DialogueState state, Understood heard, Out out) {
        QualificationFact pending = state.confirming;
        if (pending == null) {
            return false;
        }
        boolean replaced = pending == QualificationFact.CALLBACK_NUMBER ? heard.phone() != null : heard.email() != null;
        if (replaced) {
            return false; // take() reads the new one back
        }
        state.confirming = null;
        if (heard.answer() == Answer.NO) {
            if (pending == QualificationFact.CALLBACK_NUMBER) {
                state.phone = null;
            }
            else {
                state.email = null;
            }
            state.leadChanged = true;
            out.say("Sorry about that.");
            state.asking = null;
            state.reask = pending;
            return true;
        }
        if (heard.answer() == Answer.YES) {
            out.say("Thank you.");
            return true;
        }
        return false; // something else: the read-back stands unless the caller says otherwise
    }

    private Set<QualificationFact> take(DialogueState state, Understood heard, String said, World world, Out out) {
        Set<QualificationFact> taken = new LinkedHashSet<>();
        List<String> heardBack = new ArrayList<>();
        boolean correcting = heard.correction() || heard.answer() == Answer.NO;
        Intent intent = heard.leadIntent();
        // once known, the intent changes only when the caller says so ("tired of renting" is a reason, not a wish)
        boolean intentOpen = state.intent == null || heard.correction() || state.asking == QualificationFact.INTENT;
        if (intent != null && intent != state.intent && intentOpen) {
            state.intent = intent;
            taken.add(QualificationFact.INTENT);
            heardBack.add(Phrasing.doing(intent));
        }
        if (!heard.places().isEmpty()) {
            List<String> names = heard.places().stream().map(Place::name).toList();
            if (correcting || state.asking == QualificationFact.AREA && state.areas.isEmpty()) {
                state.areas.clear();
            }
            List<String> added = new ArrayList<>();
            for (String name : names) {
                if (state.areas.size() < MAX_AREAS && state.areas.stream().noneMatch(name::equalsIgnoreCase)) {
                    state.areas.add(name);
                    added.add(name);
                }
            }
            if (!added.isEmpty()) {
                taken.add(QualificationFact.AREA);
                heardBack.add("in " + Phrasing.joined(added));
            }
        }
        else if (state.asking == QualificationFact.AREA && heard.budget() == null && heard.bedroomsMin() == null
                && heard.answer() == null && heard.when() == null && heard.timeline() == null && heard.name() == null
                && !declines(said) && !Knowledge.isQuestion(said)) {
            String area = freeArea(said);
            if (area != null) {
                state.areas.clear();
                state.areas.add(area);
                taken.add(QualificationFact.AREA);
                heardBack.add("in " + area);
            }
        }
        Budget budget = plausible(heard.budget());
        if (heard.budget() != null && budget == null) {
            out.say("Sorry, that amount doesn't sound right.");
        }
        if (budget != null) {
            if (budget.monthly() && state.intent != null && state.intent != Intent.RENT) {
                out.say("I noted a monthly payment of " + Phrasing.money(budget.max() != null ? budget.max()
                        : budget.min()) + ", but I need the purchase price to find homes.");
            }
            else {
                state.budgetMin = whole(budget.min());
                state.budgetMax = whole(budget.max());
                taken.add(QualificationFact.BUDGET);
                heardBack.add(Phrasing.budget(state.budgetMin, state.budgetMax, state.intent));
            }
        }
        // a question ("what's the HOA on the second one") is not a bare answer to the question asked
        boolean question = Knowledge.isQuestion(said) || heard.has(CallerIntent.LISTING_QUESTION);
        boolean roomWords = ROOM_WORDS.matcher(said.toLowerCase(Locale.ROOT)).find();
        if (heard.bedroomsMin() != null && heard.bedroomsMin() <= MAX_ROOMS && (roomWords || !question)) {
            state.bedrooms = heard.bedroomsMin();
            taken.add(QualificationFact.BEDROOMS);
            heardBack.add(Phrasing.rooms(state.bedrooms, "bedroom"));
        }
        if (heard.bathroomsMin() != null && heard.bathroomsMin() <= MAX_ROOMS && (roomWords || !question)) {
            state.bathrooms = heard.bathroomsMin();
            taken.add(QualificationFact.BATHROOMS);
            heardBack.add(Phrasing.rooms(state.bathrooms, "bathroom"));
        }
        if (heard.propertyType() != null && heard.propertyType() != state.propertyType) {
            state.propertyType = heard.propertyType();
            taken.add(QualificationFact.PROPERTY_TYPE);
            heardBack.add(Phrasing.propertyType(state.propertyType));
        }
        if (heard.timeline() != null) {
            state.timeline = heard.timeline();
            taken.add(QualificationFact.TIMELINE);
            if (heard.timeline() != Timeline.UNKNOWN) {
                heardBack.add(Phrasing.timeline(heard.timeline()));
            }
        }
        if (heard.financing() != null) {
            state.financing = heard.financing();
            taken.add(QualificationFact.FINANCING);
            if (heard.financing() != Financing.UNKNOWN) {
                heardBack.add(Phrasing.financing(heard.financing()));
            }
        }
        boolean bareAnswerAllowed = !question && !heard.correction() && heard.answer() == null;
        if (heard.motivation() != null && (bareAnswerAllowed || state.asking != QualificationFact.MOTIVATION)) {
            state.motivation = clip(heard.motivation(), MAX_MOTIVATION);
            taken.add(QualificationFact.MOTIVATION);
        }
        else if (state.asking == QualificationFact.MOTIVATION && motivationOnly(taken) && heard.answer() == null
                && !declines(said) && !Knowledge.isQuestion(said) && said.split("\\s+").length >= 2) {
            state.motivation = clip(said, MAX_MOTIVATION);
            taken.add(QualificationFact.MOTIVATION);
        }
        if (heard.name() != null && believable(heard, said, question) && heard.name().first().length() <= MAX_NAME
                && (heard.name().last() == null || heard.name().last().length() <= MAX_NAME)) {
            boolean changed = !heard.name().first().equals(state.firstName);
            state.firstName = heard.name().first();
            state.lastName = heard.name().last() != null ? heard.name().last() : changed ? null : state.lastName;
            taken.add(QualificationFact.NAME);
        }
        if (heard.phone() != null) {
            state.phone = heard.phone().value();
            state.confirming = QualificationFact.CALLBACK_NUMBER;
            taken.add(QualificationFact.CALLBACK_NUMBER);
        }
        if (heard.email() != null) {
            state.email = heard.email().value();
            if (state.confirming == null) {
                state.confirming = QualificationFact.EMAIL;
            }
            taken.add(QualificationFact.EMAIL);
        }
        QualificationFact asked = state.asking;
        if (asked != null && !taken.contains(asked) && !state.knows(asked) && declines(said) && !heard.correction()) {
            state.declined.add(asked);
            if (asked == QualificationFact.TIMELINE) {
                state.timeline = Timeline.UNKNOWN;
            }
            if (asked == QualificationFact.FINANCING) {
                state.financing = Financing.UNKNOWN;
            }
            taken.add(asked);
            out.say("That's fine.");
        }
        if (!taken.isEmpty()) {
            state.leadChanged = true;
            state.misses = 0;
        }
        if (!heardBack.isEmpty()) {
            String facts = String.join(", ", heardBack);
            if (taken.contains(QualificationFact.NAME)) {
                out.say("Thank you, " + state.firstName + ".");
            }
            out.say(correcting && state.callerTurns > 1 ? "Sorry about that, I've changed it to " + facts + "."
                    : "Got it: " + facts + ".");
        }
        else if (taken.contains(QualificationFact.NAME)) {
            out.say("Thank you, " + state.firstName + ".");
        }
        else if (taken.contains(QualificationFact.MOTIVATION)) {
            out.say("That's helpful to know, thank you.");
        }
        if (state.confirming == QualificationFact.CALLBACK_NUMBER && taken.contains(QualificationFact.CALLBACK_NUMBER)) {
            out.ask("I have " + Phrasing.phone(state.phone) + ". Is that right?");
        }
        else if (state.confirming == QualificationFact.EMAIL && taken.contains(QualificationFact.EMAIL)) {
            out.ask("I have " + state.email + ". Is that right?");
        }
        return taken;
    }

    /** Nothing but what a reason to move may mention ("relocating to Austin", "tired of renting") was taken. */
    private static boolean motivationOnly(Set<QualificationFact> taken) {
        return taken.stream().allMatch(fact -> fact == QualificationFact.AREA || fact == QualificationFact.INTENT);
    }

    /** A place the caller named that no listing knows, taken as they said it (short answers only). */
    private static @Nullable String freeArea(String said) {
        String words = said.replaceAll("(?i)^(?:i'm |i am |we're |we are )?(?:looking |thinking )?(?:in |around |near |"
                + "at |somewhere (?:in|around|near) )?(?:the )?", "").replaceAll("[.!?,]+$", "").strip();
        String[] parts = words.split("\\s+");
        if (words.isEmpty() || parts.length > 4 || !words.matches("[A-Za-z][A-Za-z .'-]*")) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            name.append(name.isEmpty() ? "" : " ").append(Phrasing.capitalised(part.toLowerCase(Locale.ROOT)));
        }
        return name.toString();
    }

    /**
     * Whether a name read as the answer to "may I have your name?" is one: not a question ("how many square feet"),
     * not a reason ("relocating for work"), not a request.
     */
    private static boolean believable(Understood heard, String said, boolean question) {
        if (NAME_CUE.matcher(said.toLowerCase(Locale.ROOT)).find()) {
            return true; // "my name is ...", "this is ...", "I'm ..."
        }
        return !question && heard.motivation() == null && heard.intents().isEmpty() && heard.answer() == null
                && !NOT_A_NAME.contains(heard.name().first().toLowerCase(Locale.ROOT));
    }

    /** A budget the lead can keep: at most a billion dollars. */
    private static @Nullable Budget plausible(@Nullable Budget budget) {
        if (budget == null || budget.max() != null && budget.max() > MAX_BUDGET
                || budget.min() != null && budget.min() > MAX_BUDGET) {
            return null;
        }
        return budget;
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max).strip() : text;
    }

    private static boolean declines(String said) {
        return DECLINE.matcher(said.toLowerCase(Locale.ROOT)).find();
    }

    private static @Nullable Integer whole(@Nullable Long dollars) {
        return dollars == null ? null : (int) Math.min(Integer.MAX_VALUE, dollars);
    }

    // ---- questions off the script

    /** Answers a question about a listing or the agency; true when it answered one. */
    private boolean answerQuestion(DialogueState state, Understood heard, String said, String lower, World world,
            Out out) {
        Integer ordinal = ordinal(lower, state.listings.size());
        if (ordinal != null && state.stage != Stage.SLOTS_OFFERED) {
            state.focus = ordinal;
        }
        if (ordinal == null && !state.listings.isEmpty() && state.stage != Stage.SLOTS_OFFERED
                && ORDINAL.matcher(lower).find()) {
            out.say("I only mentioned " + (state.listings.size() == 1 ? "one home" : state.listings.size() + " homes")
                    + ": " + Phrasing.joined(state.listings.stream().map(Offered::label).toList()) + ".");
            state.questionsAnswered++;
            return true;
        }
        Matcher address = ADDRESS.matcher(lower);
        boolean named = address.find();
        if (named) {
            focusOnAddress(state, address, world);
        }
        // a feature counts when asked about ("does it have a garage"), not when stated as a wish ("three bedrooms")
        boolean asking = Knowledge.isQuestion(said) || heard.has(CallerIntent.LISTING_QUESTION) || ordinal != null || named;
        String feature = asking ? ListingAnswers.answer(null, said) : null;
        boolean aboutListing = heard.has(CallerIntent.LISTING_QUESTION) || feature != null;
        if (aboutListing && !state.listings.isEmpty() && (feature != null || named || ordinal != null)) {
            int index = state.focus >= 0 ? state.focus : state.listings.size() == 1 ? 0 : -1;
            if (index < 0) {
                out.say("Which one do you mean: " + Phrasing.alternatives(state.listings.stream()
                        .map(Offered::label).toList()) + "?");
                out.asked = true;
                return true;
            }
            Optional<Listing> listing = world.listing(state.listings.get(index).id());
            if (listing.isEmpty()) {
                out.say("That home is no longer in our listings.");
            }
            else {
                String answer = feature != null ? ListingAnswers.answer(listing.get(), said)
                        : Phrasing.describe(listing.get());
                out.say(answer == null || answer.isEmpty() ? Phrasing.describe(listing.get()) : answer);
            }
            state.questionsAnswered++;
            return true;
        }
        String known = Knowledge.answer(world.agent().dialogue().knowledge(), said);
        if (known != null) {
            out.say(known);
            state.questionsAnswered++;
            return true;
        }
        boolean asksForListings = WANTS_LISTINGS.matcher(lower).find()
                || aboutListing && state.listings.isEmpty() && !heard.has(CallerIntent.SCHEDULE);
        if (asksForListings && state.intent != Intent.SELL) {
            offerListings(state, world, out);
            if (feature != null && !state.listings.isEmpty()) { // "does the first one have a garage"
                Integer which = ordinal(lower, state.listings.size());
                int index = which != null ? which : state.listings.size() == 1 ? 0 : -1;
                if (index >= 0) {
                    state.focus = index;
                    world.listing(state.listings.get(index).id()).map(l -> ListingAnswers.answer(l, said))
                            .filter(answer -> !answer.isEmpty()).ifPresent(out::say);
                }
            }
            return true;
        }
        boolean choosingTime = state.stage == Stage.SLOTS_OFFERED || state.stage == Stage.ASKING_TIME
                || state.stage == Stage.WRAPPING_UP && state.appointmentId != null;
        if (Knowledge.isQuestion(said) && !heard.has(CallerIntent.SCHEDULE) && heard.answer() == null
                && heard.budget() == null && heard.places().isEmpty() && (heard.when() == null || !choosingTime)
                && ListingAnswers.answer(null, said) == null) {
            out.say("I don't have that information, but a member of our team can tell you more.");
            state.questionsAnswered++;
            return true;
        }
        return false;
    }

    private static void focusOnAddress(DialogueState state, Matcher address, World world) {
        String street = address.group(2) != null ? address.group(2) : address.group(3);
        for (int i = 0; i < state.listings.size(); i++) {
            if (state.listings.get(i).label().toLowerCase(Locale.ROOT).contains(street)) {
                state.focus = i;
                return;
            }
        }
        String text = address.group(1) != null ? address.group(1) + " " + street : street;
        List<Listing> found = world.search(ListingQuery.active().withText(text).limit(MAX_LISTINGS));
        if (!found.isEmpty()) {
            state.listings.clear();
            found.forEach(listing -> state.listings.add(new Offered(listing.id(), Phrasing.label(listing))));
            state.focus = 0;
            state.listingsSearched = true;
        }
    }

    private static @Nullable Integer ordinal(String lower, int count) {
        if (count == 0) {
            return null;
        }
        Matcher m = ORDINAL.matcher(lower);
        if (!m.find()) {
            return null;
        }
        String word = m.group(1);
        int index = switch (word) {
            case "first", "1st", "number one", "option one", "number 1", "option 1" -> 0;
            case "second", "2nd", "number two", "option two", "number 2", "option 2" -> 1;
            case "third", "3rd", "number three", "option three", "number 3", "option 3" -> 2;
            default -> count - 1; // last
        };
        return index < count ? index : null;
    }

    // ---- the stages

    /** What the caller's words mean where the conversation stands; true when they moved it on. */
    private boolean onStage(DialogueState state, Understood heard, String lower, World world, Out out,
            boolean answered) {
        boolean schedule = heard.has(CallerIntent.SCHEDULE);
        Answer answer = heard.answer() == null && NOT_NOW.matcher(lower).find() ? Answer.NO : heard.answer();
        switch (state.stage) {
            case LISTINGS_OFFERED -> {
                Integer which = ordinal(lower, state.listings.size());
                if (answer == Answer.NO && !schedule && which == null) {
                    out.say("No problem.");
                    wrapUp(state, out);
                    return true;
                }
                if (answer == Answer.YES || schedule || which != null && !answered) {
                    if (which != null) {
                        state.focus = which;
                    }
                    if (state.focus < 0 && state.listings.size() > 1) {
                        state.wantsBooking = true;
                        out.ask("Which one would you like to see: " + Phrasing.alternatives(state.listings.stream()
                                .map(Offered::label).toList()) + "?");
                        return true;
                    }
                    startBooking(state, heard.when(), world, out);
                    return true;
                }
            }
            case MEETING_OFFERED -> {
                if (answer == Answer.NO && !schedule) {
                    out.say("No problem.");
                    wrapUp(state, out);
                    return true;
                }
                if (answer == Answer.YES || schedule || heard.when() != null) {
                    startBooking(state, heard.when(), world, out);
                    return true;
                }
            }
            case SLOTS_OFFERED -> {
                return chooseSlot(state, heard, lower, world, out);
            }
            case ASKING_TIME -> {
                if (heard.when() != null) {
                    offerSlots(state, heard.when(), world, out);
                    return true;
                }
            }
            case WRAPPING_UP -> {
                if (heard.when() != null && state.appointmentId != null) {
                    out.say("Let me see what's free then.");
                    offerSlots(state, heard.when(), world, out);
                    return true;
                }
                if (schedule && state.appointmentId == null) {
                    startBooking(state, heard.when(), world, out);
                    return true;
                }
                if ((heard.answer() == Answer.NO || heard.has(CallerIntent.GOODBYE)) && !answered) {
                    end(state, world, out, "Thank you for calling.");
                    return true;
                }
                if (heard.answer() == Answer.YES && !answered) {
                    out.ask("Of course. What else can I help you with?");
                    return true;
                }
            }
            case QUALIFYING -> {
                if (state.wantsBooking && state.asking == null && heard.when() != null) {
                    startBooking(state, heard.when(), world, out);
                    return true;
                }
                if (schedule || heard.when() != null && state.asking == null) {
                    if (!state.listings.isEmpty() && state.focus < 0 && state.listings.size() == 1) {
                        state.focus = 0;
                    }
                    startBooking(state, heard.when(), world, out);
                    return true;
                }
            }
            default -> {
            }
        }
        return false;
    }

    /** The caller's answer to offered slots: one of them, another time, none of them. */
    private boolean chooseSlot(DialogueState state, Understood heard, String lower, World world, Out out) {
        When when = heard.when();
        Integer which = ordinal(lower, state.slots.size());
        // "the second one" is a slot (though a date reader hears "the 2nd at 1"); "Tuesday the 1st at 11" is a time
        boolean dateLike = when != null && when.exact() && DAY_OF_MONTH.matcher(lower).find();
        if (which != null && !dateLike) {
            book(state, state.slots.get(which), world, out);
            return true;
        }
        if (when != null) {
            ZoneId zone = world.now().getZone();
            for (OfferedSlot slot : state.slots) {
                ZonedDateTime start = slot.startsAt().atZone(zone);
                boolean inWindow = !start.isBefore(when.start()) && (when.exact() ? start.equals(when.start())
                        : start.isBefore(when.end()));
                if (inWindow && (when.exact() || state.slots.stream().filter(s -> inside(s, when, zone)).count() == 1)) {
                    book(state, slot, world, out);
                    return true;
                }
            }
            offerSlots(state, when, world, out);
            return true;
        }
        if (NONE_OF_THOSE.matcher(lower).find() || heard.answer() == Answer.NO) {
            state.stage = Stage.ASKING_TIME;
            state.slots.clear();
            out.ask("No problem. What day and time would suit you better?");
            return true;
        }
        if (heard.answer() == Answer.YES) {
            if (state.slots.size() == 1) {
                book(state, state.slots.getFirst(), world, out);
            }
            else {
                out.ask("Which time works best: " + slotList(state, world) + "?");
            }
            return true;
        }
        return false;
    }

    private static boolean inside(OfferedSlot slot, When when, ZoneId zone) {
        ZonedDateTime start = slot.startsAt().atZone(zone);
        return !start.isBefore(when.start()) && start.isBefore(when.end());
    }

    private void startBooking(DialogueState state, @Nullable When when, World world, Out out) {
        state.wantsBooking = true;
        if (state.focus >= 0 && state.focus < state.listings.size()) {
            state.bookingListingId = state.listings.get(state.focus).id();
        }
        if (needsContactFirst(state)) {
            state.stage = Stage.QUALIFYING;
            if (when != null) {
                state.bookingFrom = when.start().toInstant();
                state.bookingTo = when.exact() ? null : when.end().toInstant();
            }
            return; // next() asks for the name or number, then books at the time asked for
        }
        offerSlots(state, when, world, out);
    }

    /** A booking needs a lead to book for: the caller's name and a number to confirm it on. */
    private static boolean needsContactFirst(DialogueState state) {
        return state.firstName == null && !state.declined.contains(QualificationFact.NAME)
                || state.phone == null && !state.declined.contains(QualificationFact.CALLBACK_NUMBER)
                || !state.identifiable() || state.confirming != null;
    }

    /** The time the caller asked for before the booking could start, if any. */
    private static @Nullable When askedTime(DialogueState state, World world) {
        if (state.bookingFrom == null) {
            return null;
        }
        ZoneId zone = world.now().getZone();
        ZonedDateTime start = state.bookingFrom.atZone(zone);
        return new When(start, state.bookingTo == null ? start : state.bookingTo.atZone(zone));
    }

    private void offerSlots(DialogueState state, @Nullable When when, World world, Out out) {
        state.wantsBooking = false;
        state.bookingFrom = null;
        state.bookingTo = null;
        AppointmentType type = appointmentType(state, world);
        Instant now = world.now().toInstant().plus(NOTICE);
        Instant from = when == null ? now : max(when.start().toInstant(), now);
        Instant to = when == null ? now.plus(BOOKING_HORIZON)
                : when.exact() ? when.start().toInstant().plusSeconds(60)
                : when.end().toInstant();
        if (!from.isBefore(to)) {
            out.ask("That time has passed. What other day and time would suit you?");
            state.stage = Stage.ASKING_TIME;
            return;
        }
        List<ai.seiketsu.scheduling.Slot> free = world.freeSlots(from, to, type);
        if (when != null && when.exact() && !free.isEmpty()
                && free.getFirst().startsAt().equals(when.start().toInstant())) {
            book(state, toOffered(free.getFirst()), world, out);
            return;
        }
        if (when != null && when.exact()) {
            LocalDate day = when.start().toLocalDate();
            ZoneId zone = when.start().getZone();
            Instant dayStart = max(day.atStartOfDay(zone).toInstant(), now);
            Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
            free = dayStart.isBefore(dayEnd) ? world.freeSlots(dayStart, dayEnd, type) : List.of();
            if (!free.isEmpty()) {
                out.say(Phrasing.time(when.start().toInstant(), zone) + " is not available.");
            }
        }
        if (free.isEmpty() && when != null) {
            Instant wider = max(when.start().toInstant(), now);
            free = world.freeSlots(wider, wider.plus(BOOKING_HORIZON), type);
            if (!free.isEmpty()) {
                out.say("There's nothing free then.");
            }
        }
        if (free.isEmpty()) {
            state.slots.clear();
            state.wantsCallback = false;
            out.say("I'm sorry, I don't see any free times in the coming week.");
            if (state.identifiable() && state.phone != null) {
                saveLead(state, world);
                if (state.leadId != null && state.callbackTaskId == null) {
                    state.callbackTaskId = world.callbackTask(state.leadId,
                            "Caller wants to book a " + type.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                    + " but no free slot was found.");
                    state.handoff = Handoff.CALLBACK;
                }
                out.say("I've asked a member of our team to call you back to find a time.");
            }
            wrapUp(state, out);
            return;
        }
        state.slots.clear();
        state.slots.addAll(choose(free, world.agent().dialogue().booking().slotsToOffer(), world.now().getZone()));
        state.stage = Stage.SLOTS_OFFERED;
        state.asking = null;
        out.ask("I can offer " + slotList(state, world) + ". Which works best for you?");
    }

    /** Up to {@code count} slots, on different days where possible, at different times, in time order. */
    static List<OfferedSlot> choose(List<ai.seiketsu.scheduling.Slot> free, int count, ZoneId zone) {
        List<ai.seiketsu.scheduling.Slot> sorted = new ArrayList<>(free);
        sorted.sort(Comparator.comparing(ai.seiketsu.scheduling.Slot::startsAt));
        List<ai.seiketsu.scheduling.Slot> picked = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (ai.seiketsu.scheduling.Slot slot : sorted) {
            if (picked.size() < count && days.add(slot.startsAt().atZone(zone).toLocalDate())) {
                picked.add(slot);
            }
        }
        for (ai.seiketsu.scheduling.Slot slot : sorted) {
            if (picked.size() < count && picked.stream().noneMatch(p -> p.startsAt().equals(slot.startsAt()))) {
                picked.add(slot);
            }
        }
        picked.sort(Comparator.comparing(ai.seiketsu.scheduling.Slot::startsAt));
        return picked.stream().map(GuidedDialogue::toOffered).toList();
    }

    private static OfferedSlot toOffered(ai.seiketsu.scheduling.Slot slot) {
        return new OfferedSlot(slot.userId(), slot.startsAt(), slot.endsAt());
    }

    private static String slotList(DialogueState state, World world) {
        return Phrasing.alternatives(state.slots.stream().map(s -> Phrasing.time(s.startsAt(), world.now())).toList());
    }

    private void book(DialogueState state, OfferedSlot slot, World world, Out out) {
        saveLead(state, world);
        if (state.leadId == null) {
            state.wantsBooking = true;
            state.stage = Stage.QUALIFYING;
            return;
        }
        AppointmentType type = appointmentType(state, world);
        UUID listingId = type == AppointmentType.SHOWING ? state.bookingListingId : null;
        Optional<UUID> booked = world.book(state.leadId, listingId,
                new ai.seiketsu.scheduling.Slot(slot.userId(), slot.startsAt(), slot.endsAt()), type);
        ZoneId zone = world.now().getZone();
        if (booked.isEmpty()) {
            out.say("I'm sorry, " + Phrasing.time(slot.startsAt(), zone) + " was just taken.");
            state.slots.remove(slot);
            offerSlots(state, null, world, out);
            return;
        }
        UUID previous = state.appointmentId;
        state.appointmentId = booked.get();
        state.appointmentAt = slot.startsAt();
        state.appointmentUserId = slot.userId();
        state.slots.clear();
        state.wantsBooking = false;
        if (previous != null && !previous.equals(booked.get())) {
            world.cancel(previous);
        }
        String with = world.memberName(slot.userId()).map(name -> " with " + name).orElse("");
        String what = switch (type) {
            case SHOWING -> state.bookingListingId != null ? "a showing of " + listingLabel(state) : "a showing";
            case CONSULTATION -> "a consultation";
            case LISTING_APPOINTMENT -> "a listing appointment";
        };
        out.say(previous != null
                ? "Done, I've moved " + what + " to " + Phrasing.time(slot.startsAt(), world.now()) + with + "."
                : "You're booked: " + what + " for " + Phrasing.time(slot.startsAt(), world.now()) + with + ".");
        wrapUp(state, out);
    }

    private static String listingLabel(DialogueState state) {
        return state.listings.stream().filter(o -> o.id().equals(state.bookingListingId)).map(Offered::label)
                .findFirst().orElse("the home");
    }

    private static AppointmentType appointmentType(DialogueState state, World world) {
        BookedAppointmentType configured = world.agent().dialogue().booking().appointmentType();
        if (state.intent == Intent.SELL) {
            return configured == BookedAppointmentType.CONSULTATION ? AppointmentType.CONSULTATION
                    : AppointmentType.LISTING_APPOINTMENT;
        }
        if (configured == BookedAppointmentType.SHOWING && state.bookingListingId == null) {
            return AppointmentType.CONSULTATION;
        }
        return AppointmentType.valueOf(configured.name());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    // ---- hand-off, stop, end

    private void handOff(DialogueState state, World world, Out out) {
        VoiceAgent agent = world.agent();
        if (world.channel() == Channel.PHONE && agent.transferNumber() != null) {
            state.handoff = Handoff.TRANSFER;
            end(state, world, out, "Of course. I'm transferring you to a member of our team now; please hold.");
            return;
        }
        state.wantsCallback = true;
        if (state.phone == null || state.confirming == QualificationFact.CALLBACK_NUMBER) {
            if (!out.asked) {
                out.say("I can't transfer you from here, but I can have a member of our team call you back.");
            }
            return; // next() asks for the number, then arranges the callback
        }
        arrangeCallback(state, world, out);
    }

    private void arrangeCallback(DialogueState state, World world, Out out) {
        state.wantsCallback = false;
        saveLead(state, world);
        if (state.leadId == null) {
            return;
        }
        if (state.callbackTaskId == null) {
            state.callbackTaskId = world.callbackTask(state.leadId, "Caller asked to talk to a person"
                    + (state.firstName != null ? " (" + state.firstName + ")" : "") + ".");
        }
        state.handoff = Handoff.CALLBACK;
        end(state, world, out, "I can't transfer you from here, so I've asked a member of our team to call you back at "
                + Phrasing.phone(state.phone) + " as soon as possible.");
    }

    private void stopCalling(DialogueState state, Understood heard, World world, Out out) {
        if (heard.phone() != null) {
            state.phone = heard.phone().value();
        }
        state.doNotCall = true;
        state.leadChanged = true;
        state.confirming = null;
        end(state, world, out, "Understood. I've made sure we won't call you again, and I'm sorry for the trouble.");
    }

    private void end(DialogueState state, World world, Out out, String words) {
        out.say(words);
        out.say("Goodbye.");
        state.stage = Stage.ENDED;
        state.asking = null;
        state.confirming = null;
        saveLead(state, world);
    }

    private static void wrapUp(DialogueState state, Out out) {
        state.stage = Stage.WRAPPING_UP;
        state.asking = null;
        out.ask("Is there anything else I can help you with?");
    }

    // ---- what to ask next

    /** The answer could not be read: ask again once, then move on without the fact. */
    private void unread(DialogueState state, Understood heard, Out out) {
        QualificationFact asked = state.asking;
        if (asked == null || state.stage != Stage.QUALIFYING) {
            if (state.stage == Stage.QUALIFYING && heard.answer() == null) {
                out.say("Sorry, I didn't quite get that.");
            }
            return;
        }
        state.misses++;
        if (state.misses >= MAX_MISSES) {
            state.declined.add(asked);
            state.misses = 0;
            out.say("No problem, let's move on.");
        }
        else {
            out.say("Sorry, I didn't catch that.");
            state.asking = null; // next() asks the same question again
        }
    }

    private void askAgain(DialogueState state, World world, Out out) {
        if (state.lastReply != null && state.stage != Stage.QUALIFYING) {
            List<String> again = List.of(SENTENCE_END.split(state.lastReply));
            out.ask(again.getLast());
            return;
        }
        state.asking = null;
        next(state, world, out);
    }

    /** After an off-script answer: the conversation picks up where it was. */
    private void resume(DialogueState state, World world, Out out) {
        switch (state.stage) {
            case SLOTS_OFFERED -> out.ask("Which of " + slotList(state, world) + " works for you?");
            case LISTINGS_OFFERED -> out.ask(state.listings.size() == 1 ? "Would you like to see it?"
                    : "Would you like to see one of these homes?");
            case MEETING_OFFERED -> out.ask("Would you like me to book a time with one of our agents?");
            case ASKING_TIME -> out.ask("What day and time would suit you?");
            case WRAPPING_UP -> out.ask("Is there anything else I can help you with?");
            default -> {
                state.asking = null;
                next(state, world, out);
            }
        }
    }

    /** Asks what comes next: a missing fact, then listings or a meeting, then whether there is anything else. */
    private void next(DialogueState state, World world, Out out) {
        if (state.confirming != null) {
            return;
        }
        QualificationFact again = state.reask;
        state.reask = null;
        if (again != null && !state.knows(again)) {
            ask(state, again, out);
            return;
        }
        if (state.wantsCallback && state.phone != null) {
            arrangeCallback(state, world, out);
            return;
        }
        if (state.wantsCallback) {
            ask(state, QualificationFact.CALLBACK_NUMBER, out);
            return;
        }
        if (state.stage != Stage.QUALIFYING) {
            resume(state, world, out);
            return;
        }
        if (state.wantsBooking) {
            QualificationFact missing = state.firstName == null && !state.declined.contains(QualificationFact.NAME)
                    ? QualificationFact.NAME
                    : state.phone == null && !state.declined.contains(QualificationFact.CALLBACK_NUMBER)
                            ? QualificationFact.CALLBACK_NUMBER : null;
            if (missing == null && !state.identifiable()) {
                missing = QualificationFact.NAME;
            }
            if (missing != null) {
                if (state.asking != missing) {
                    out.say("To book it, I'll need a couple of details.");
                }
                ask(state, missing, out);
                return;
            }
            offerSlots(state, askedTime(state, world), world, out);
            return;
        }
        QualificationFact missing = nextMissing(state, world);
        if (missing != null) {
            ask(state, missing, out);
            return;
        }
        state.asking = null;
        if (state.intent == Intent.SELL) {
            if (state.appointmentId == null) {
                state.stage = Stage.MEETING_OFFERED;
                out.ask("Would you like to meet one of our agents to talk about selling? I can book a time now.");
                return;
            }
        }
        else if (!state.listingsSearched && state.intent != null) {
            offerListings(state, world, out);
            return;
        }
        if (state.appointmentId == null && state.intent != null && !state.listings.isEmpty()) {
            state.stage = Stage.LISTINGS_OFFERED;
            out.ask("Would you like to book a showing of one of them?");
            return;
        }
        wrapUp(state, out);
    }

    private static @Nullable QualificationFact nextMissing(DialogueState state, World world) {
        for (QualificationFact fact : world.agent().dialogue().requiredFacts()) {
            if (state.knows(fact) || state.declined.contains(fact) || !applies(fact, state.intent)) {
                continue;
            }
            return fact;
        }
        return null;
    }

    /** Financing is a buyer's question; a seller's or renter's facts skip it. */
    private static boolean applies(QualificationFact fact, @Nullable Intent intent) {
        return fact != QualificationFact.FINANCING || intent == null || intent == Intent.BUY || intent == Intent.INVEST;
    }

    private static void ask(DialogueState state, QualificationFact fact, Out out) {
        state.asking = fact;
        out.ask(question(fact, state.intent, state.asking == fact && state.misses > 0));
    }

    static String question(QualificationFact fact, @Nullable Intent intent, boolean again) {
        boolean selling = intent == Intent.SELL;
        return switch (fact) {
            case INTENT -> "Are you looking to buy, sell, rent or invest?";
            case AREA -> selling ? "Where is the property you'd like to sell?"
                    : "Which area or neighbourhood are you looking in?";
            case BUDGET -> intent == Intent.RENT ? "What monthly rent are you aiming for?"
                    : selling ? "What price are you hoping to get for it?"
                    : again ? "Roughly how much would you like to spend?" : "What price range do you have in mind?";
            case BEDROOMS -> selling ? "How many bedrooms does it have?" : "How many bedrooms do you need?";
            case BATHROOMS -> selling ? "And how many bathrooms?" : "And how many bathrooms would you like?";
            case PROPERTY_TYPE -> selling ? "Is it a house, a condo or a townhouse?"
                    : "What kind of property are you after: a house, a condo or a townhouse?";
            case TIMELINE -> selling ? "When would you like to sell?" : "When are you hoping to move?";
            case FINANCING -> "Are you pre-approved for a mortgage, paying cash, or still looking for a lender?";
            case MOTIVATION -> selling ? "What's prompting the sale?" : "What's prompting the move?";
            case NAME -> "May I have your name?";
            case CALLBACK_NUMBER -> "What's the best number to reach you?";
            case EMAIL -> "And what's your email address?";
        };
    }

    private boolean offerListingsAgain(DialogueState state, World world, Out out) {
        state.stage = Stage.QUALIFYING;
        state.focus = -1;
        if (nextMissing(state, world) == null) {
            offerListings(state, world, out);
        }
        return true;
    }

    private void offerListings(DialogueState state, World world, Out out) {
        state.listingsSearched = true;
        state.asking = null;
        List<Listing> found = search(state, world);
        if (found.isEmpty()) {
            out.say("I don't have any listings that match right now, but our team adds new ones often.");
            state.listings.clear();
            state.focus = -1;
            if (state.stage == Stage.QUALIFYING && nextMissing(state, world) == null) {
                wrapUp(state, out);
            }
            return;
        }
        state.listings.clear();
        state.focus = found.size() == 1 ? 0 : -1;
        List<Listing> shown = found.subList(0, Math.min(MAX_LISTINGS, found.size()));
        shown.forEach(listing -> state.listings.add(new Offered(listing.id(), Phrasing.label(listing))));
        out.say(shown.size() == 1 ? "I found one home that matches." : "I found " + shown.size() + " homes that match.");
        for (int i = 0; i < shown.size(); i++) {
            out.say((shown.size() > 1 ? Phrasing.capitalised(Phrasing.ordinal(i)) + ", " : "")
                    + Phrasing.describe(shown.get(i)));
        }
        state.questionsAnswered++;
        if (state.stage == Stage.QUALIFYING && nextMissing(state, world) != null) {
            return; // the qualifying question follows; listings can be booked later
        }
        state.stage = Stage.LISTINGS_OFFERED;
        out.ask(shown.size() == 1 ? "Would you like to book a showing?"
                : "Would you like to book a showing of one of them?");
    }

    /** The agency's active listings for the caller's facts; the first area with matches wins. */
    private static List<Listing> search(DialogueState state, World world) {
        ListingQuery base = ListingQuery.active()
                .withRooms(state.bedrooms, state.bathrooms)
                .withPropertyType(state.propertyType == null ? null : PropertyCategory.valueOf(state.propertyType.name()))
                .withPrice(state.budgetMin == null ? null : BigDecimal.valueOf(state.budgetMin),
                        state.budgetMax == null ? null : BigDecimal.valueOf(state.budgetMax))
                .limit(MAX_LISTINGS * 4);
        boolean renting = state.intent == Intent.RENT;
        if (renting) {
            base = base.leases();
        }
        if (state.areas.isEmpty()) {
            return forSaleOrLease(world.search(base), renting);
        }
        for (String area : state.areas) {
            List<Listing> found = forSaleOrLease(world.search(area.matches("\\d{5}") ? base.withPostalCode(area)
                    : base.withCity(area)), renting);
            if (found.isEmpty() && !area.matches("\\d{5}")) {
                found = forSaleOrLease(world.search(base.withText(area)), renting);
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** A buyer is not offered rentals (a renter's search asks for leases only). */
    private static List<Listing> forSaleOrLease(List<Listing> found, boolean renting) {
        return renting ? found : found.stream().filter(listing -> listing.details().propertyType() == null
                || !listing.details().propertyType().contains("Lease")).toList();
    }

    // ---- the reply

    private Reply finish(DialogueState state, World world, Out out) {
        if (state.leadChanged && state.stage != Stage.ENDED) {
            saveLead(state, world);
        }
        List<String> sentences = new ArrayList<>();
        for (String sentence : out.sentences) {
            sentences.add(screened.get(sentence, said -> guard.screenReply(said)
                    instanceof Screening.Neutralised neutral ? neutral.reply() : said));
        }
        state.lastReply = String.join(" ", sentences);
        return new Reply(sentences, state.stage == Stage.ENDED);
    }

    /** Writes what is known to the lead, once the caller can be told apart (a name, a number or an e-mail). */
    static void saveLead(DialogueState state, World world) {
        if ((!state.leadChanged && state.leadId != null) || !state.identifiable()) {
            return;
        }
        UUID saved = world.saveLead(state.leadId, state.details(source(world.channel()), null));
        if (saved != null) {
            state.leadId = saved;
        }
        state.leadChanged = false;
    }

    static String source(Channel channel) {
        return switch (channel) {
            case PHONE -> "PHONE";
            case WEB_VOICE -> "WEB_VOICE";
            case WEB_CHAT -> "WEB_CHAT";
            case API_TEXT -> "API_TEXT";
        };
    }

    /** The sentences of one reply; {@code asked} once one of them asks the caller something. */
    private static final class Out {
        final List<String> sentences = new ArrayList<>();
        boolean asked;

        void say(String sentence) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }

        void ask(String question) {
            say(question);
            asked = true;
        }
    }
}
