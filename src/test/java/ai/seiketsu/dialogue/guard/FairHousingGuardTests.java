package ai.seiketsu.dialogue.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import ai.seiketsu.dialogue.guard.Concern.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class FairHousingGuardTests {

    /** Words of protected-class language; a neutral answer repeats none of those its question used. */
    private static final List<String> CLASS_WORDS = List.of("white", "black", "asian", "african", "american", "racial",
            "minority", "color", "colour", "skin", "skinned", "christian", "catholic", "jewish", "muslims", "muslim",
            "hindus", "religious", "mosque", "synagogue", "church", "hispanic", "mexican", "indian", "immigrants",
            "foreigners", "english", "spanish", "undocumented", "woman", "women", "men", "gay", "transgender",
            "bachelor", "families", "family", "kids", "children", "teenagers", "adults", "disabled", "mentally",
            "wheelchairs", "crazy", "group homes", "service", "dog", "emotional support", "animals");

    private static final List<Question> QUESTIONS = questions();

    private final FairHousingGuard guard = new FairHousingGuard();

    record Question(String text, String expected) {

        boolean mustBeFlagged() {
            return !expected.equals("clear");
        }
    }

    static List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        String group = null;
        try (InputStream in = FairHousingGuardTests.class.getResourceAsStream("/dialogue/fair-housing-questions.txt")) {
            String file = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            for (String line : file.split("\n")) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[")) {
                    group = text.equals("[clear]") ? "clear" : text.replaceAll("^\\[flag (\\w+)]$", "$1");
                    continue;
                }
                questions.add(new Question(text, Objects.requireNonNull(group, "a question before any group")));
            }
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return questions;
    }

    /** Each question as typed, and as speech recognisers write it: lower case, no punctuation, with or without '. */
    static Stream<Arguments> asTypedAndAsRecognised(boolean flagged) {
        return QUESTIONS.stream().filter(q -> q.mustBeFlagged() == flagged).flatMap(q -> Stream.of(
                Arguments.of(q.text(), q.expected()),
                Arguments.of(recognised(q.text(), "[^a-z0-9' ]"), q.expected()),
                Arguments.of(recognised(q.text().replace("'", ""), "[^a-z0-9 ]"), q.expected())));
    }

    static Stream<Arguments> flaggedQuestions() {
        return asTypedAndAsRecognised(true);
    }

    static Stream<Arguments> ordinaryQuestions() {
        return asTypedAndAsRecognised(false);
    }

    private static String recognised(String typed, String punctuation) {
        return typed.toLowerCase(Locale.ROOT).replaceAll(punctuation, " ").replaceAll(" +", " ").strip();
    }

    @Test
    void questionListHasAtLeastFortyToFlagAndThirtyOrdinaryOnes() {
        assertThat(QUESTIONS.stream().filter(Question::mustBeFlagged)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(QUESTIONS.stream().filter(q -> !q.mustBeFlagged())).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @MethodSource("flaggedQuestions")
    void flagsQuestionsThatInviteSteeringOrDescribePeopleByAProtectedClass(String question, String expected) {
        Screening screening = guard.screenQuestion(question);

        assertThat(screening).isInstanceOf(Screening.Neutralised.class);
        Concern concern = ((Screening.Neutralised) screening).concern();
        assertThat(Stream.of(String.valueOf(concern.protectedClass()), concern.kind().name())).contains(expected);
        assertThat(question.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").replace("colour", "color")
                .replace("neighbour", "neighbor")).contains(concern.matchedPhrase());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinaryQuestions")
    void letsOrdinaryRealEstateTalkThrough(String question) {
        assertThat(guard.screenQuestion(question)).isInstanceOf(Screening.Clear.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flaggedQuestions")
    void neutralAnswerNeverRepeatsTheClassWordsOfTheQuestion(String question, String expected) {
        Screening.Neutralised screening = (Screening.Neutralised) guard.screenQuestion(question);
        String answer = words(screening.reply());

        if (screening.concern().protectedClass() != null) {
            assertThat(answer).as(expected).doesNotContain(" " + screening.concern().matchedPhrase() + " ");
        }
        for (String word : CLASS_WORDS) {
            if (words(question).contains(" " + word + " ")) {
                assertThat(answer).as("answer to [%s]", question).doesNotContain(" " + word + " ");
            }
        }
    }

    private static String words(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
    }

    @Test
    void everyNeutralAnswerPassesTheReplyCheckItself() {
        NeutralReplies.VARIANTS.forEach((kind, answers) -> {
            for (String answer : answers) {
                assertThat(guard.screenReply(answer)).as(answer).isInstanceOf(Screening.Clear.class);
            }
        });
        assertThat(NeutralReplies.VARIANTS).containsOnlyKeys(Kind.values());
    }

    @Test
    void namesTheKindTheProtectedClassAndTheMatchedPhrase() {
        Screening screening = guard.screenQuestion("Is it a mostly Hispanic area?");

        assertThat(screening).isInstanceOfSatisfying(Screening.Neutralised.class, neutralised -> assertThat(
                neutralised.concern()).isEqualTo(new Concern(Kind.WHO_LIVES_THERE, ProtectedClass.NATIONAL_ORIGIN,
                        "mostly hispanic")));
    }

    @Test
    void aDescriptionOfResidentsBecomesSteeringWhenTheCallerAsksWhereOrForFewer() {
        assertThat(kindOf(guard.screenQuestion("Are there many Asian families there?")))
                .isEqualTo(Kind.WHO_LIVES_THERE);
        assertThat(kindOf(guard.screenQuestion("Where do most Asian families live?"))).isEqualTo(Kind.STEERING);
        assertThat(kindOf(guard.screenQuestion("Which area has fewer immigrants?"))).isEqualTo(Kind.STEERING);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Is there a mosque nearby?", "Is there a church nearby?", "Is there a synagogue nearby?",
            "Is there a temple nearby?" })
    void answersPlacesOfWorshipTheSameWayForEveryFaith(String question) {
        Screening.Neutralised screening = (Screening.Neutralised) guard.screenQuestion(question);

        assertThat(screening.concern().kind()).isEqualTo(Kind.PLACE_OF_WORSHIP);
        assertThat(screening.concern().protectedClass()).isEqualTo(ProtectedClass.RELIGION);
        assertThat(NeutralReplies.VARIANTS.get(Kind.PLACE_OF_WORSHIP)).contains(screening.reply());
    }

    @Test
    void givesTheSameAnswerToTheSameQuestionAndVariesItBetweenQuestions() {
        List<String> questions = List.of("Is it a safe neighbourhood?", "Is that a bad part of town?",
                "Is it a good area?", "What's the crime like around there?", "Is the area dangerous?",
                "How safe is the neighbourhood?");
        Set<String> answers = new HashSet<>();
        for (String question : questions) {
            String answer = ((Screening.Neutralised) guard.screenQuestion(question)).reply();
            assertThat(((Screening.Neutralised) guard.screenQuestion(question)).reply()).isEqualTo(answer);
            answers.add(answer);
        }
        assertThat(answers).hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "It's a great area for young families.", "This is a mostly Hispanic area.",
            "It's in a good Christian neighbourhood.", "Unfortunately it's not suitable for wheelchair users.",
            "The loft is perfect for a bachelor.", "It's a very safe neighbourhood.",
            "There are lots of young families on the street.", "The building is adults only.",
            "It's walking distance to St. Mary's Church.", "The schools there are excellent.",
            "It's close to top-rated Lincoln Elementary.", "The neighbourhood is changing fast.",
            "No pets, and that includes service animals.", "It's ideal for a couple without kids.",
            "Most of the neighbours are immigrants.", "You'd fit right in there.", "It's popular with Chinese buyers.",
            "The area has very low crime.", "A great family home with a big yard.",
            "The neighbours are mostly retirees, so it's quiet.", "It's an up-and-coming neighbourhood.",
            "It's a diverse neighbourhood with lots of restaurants.", "Most people there speak Spanish.",
            "It's a gay-friendly building.", "The home isn't a good fit for someone in a wheelchair." })
    void rewritesRepliesThatDescribePeopleByAClassSteerOrJudgeAnArea(String reply) {
        Screening screening = guard.screenReply(reply);

        assertThat(screening).isInstanceOf(Screening.Neutralised.class);
        String rewritten = ((Screening.Neutralised) screening).reply();
        assertThat(words(rewritten)).doesNotContain(" " + ((Screening.Neutralised) screening).concern()
                .matchedPhrase() + " ");
        assertThat(guard.screenReply(rewritten)).isInstanceOf(Screening.Clear.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "The listing is 0.3 miles from Lincoln Elementary.",
            "It's in the Austin ISD school district.", "It has a wheelchair ramp and a step-free entrance.",
            "The home has a family room and a primary bedroom with an en-suite bath.",
            "This is a 55-and-over community, according to the listing.",
            "It's an active adult community for residents 55 and older.", "It's a single family home on Church Street.",
            "Pets are allowed; the HOA caps it at two.", "The listing price is $425,000.",
            "It's a quiet street close to the bus line.", "The commute to downtown is about 20 minutes.",
            "The master bedroom has a walk-in closet.", "The home has a safe room in the basement.",
            "The community pool is open all year.", "The kitchen has white cabinets and black granite counters.",
            "Service animals are always welcome, and they are not pets.",
            "You're welcome to bring anyone you like to the showing.",
            "The home is not wheelchair accessible: there are three steps at the entrance.",
            "The second bedroom works well as a kid's room or an office.",
            "There's a park two blocks away with a playground.", "I can book a showing on Saturday at 10." })
    void keepsRepliesThatStateFactsAboutTheHome(String reply) {
        assertThat(guard.screenReply(reply)).isInstanceOf(Screening.Clear.class);
    }

    @Test
    void keepsTheFactsOfTheOtherSentencesWhenOneIsRewritten() {
        Screening screening = guard.screenReply(
                "It has four bedrooms. It's great for young families! Dr. Lee's clinic is 0.3 miles away.");

        assertThat(screening).isInstanceOfSatisfying(Screening.Neutralised.class, neutralised -> {
            assertThat(neutralised.reply()).startsWith("It has four bedrooms. ")
                    .endsWith(" Dr. Lee's clinic is 0.3 miles away.").doesNotContainIgnoringCase("famil");
            assertThat(neutralised.concern().protectedClass()).isEqualTo(ProtectedClass.FAMILIAL_STATUS);
        });
    }

    @Test
    void saysTheNeutralSentenceOnceWhenSeveralSentencesAreRewritten() {
        Screening.Neutralised screening = (Screening.Neutralised) guard.screenReply(
                "It's a safe neighbourhood. It has low crime. The price is $300,000.");

        String neutral = screening.reply().replace(" The price is $300,000.", "");
        assertThat(NeutralReplies.VARIANTS.get(Kind.AREA_OPINION)).contains(neutral);
    }

    @Test
    void treatsAssistanceAnimalsAsAnAccommodationNeverAsPets() {
        assertThat(kindOf(guard.screenQuestion("I have a guide dog, is that OK?"))).isEqualTo(Kind.ASSISTANCE_ANIMAL);
        assertThat(kindOf(guard.screenReply("Sorry, no pets, including emotional support animals.")))
                .isEqualTo(Kind.ASSISTANCE_ANIMAL);
        assertThat(guard.screenReply("No pets are allowed in this building.")).isInstanceOf(Screening.Clear.class);
    }

    @Test
    void aCallerDescribingTheirOwnHouseholdIsNotAConcernButAskingToBeSteeredByItIs() {
        assertThat(guard.screenQuestion("We're an Asian family looking for a condo."))
                .isInstanceOf(Screening.Clear.class);
        assertThat(guard.screenQuestion("We have two young kids and need a yard.")).isInstanceOf(Screening.Clear.class);
        assertThat(guard.screenQuestion("We're looking for an Asian neighbourhood."))
                .isInstanceOf(Screening.Neutralised.class);
        assertThat(guard.screenQuestion("Is it good for my Asian family?")).isInstanceOf(Screening.Neutralised.class);
    }

    @Test
    void emptyTextIsClear() {
        assertThat(guard.screenQuestion("")).isInstanceOf(Screening.Clear.class);
        assertThat(guard.screenReply(" ")).isInstanceOf(Screening.Clear.class);
    }

    private static Kind kindOf(Screening screening) {
        assertThat(screening).isInstanceOf(Screening.Neutralised.class);
        return ((Screening.Neutralised) screening).concern().kind();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Are the window blinds included?", "Is the house in Indiana?",
            "Is it near Whitehall Avenue?", "Is there a racetrack nearby?", "Is the drugstore close?",
            "Does the kitchen have a range hood?" })
    void matchesWholeWordsOnly(String question) {
        assertThat(guard.screenQuestion(question)).isInstanceOf(Screening.Clear.class);
    }
}
