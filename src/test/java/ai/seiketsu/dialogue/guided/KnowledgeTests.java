package ai.seiketsu.dialogue.guided;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.seiketsu.agents.DialogueSettings.KnowledgeSnippet;
import ai.seiketsu.agents.KnowledgeTopic;

import static ai.seiketsu.dialogue.guided.MemoryWorld.AREAS;
import static ai.seiketsu.dialogue.guided.MemoryWorld.FEES;
import static ai.seiketsu.dialogue.guided.MemoryWorld.FIRST_TIME;
import static ai.seiketsu.dialogue.guided.MemoryWorld.KNOWLEDGE;
import static ai.seiketsu.dialogue.guided.MemoryWorld.OFFICE_HOURS;
import static org.assertj.core.api.Assertions.assertThat;

/** The agency's knowledge snippets answer what they cover, in the agency's words, and nothing else. */
class KnowledgeTests {

    @Test
    void topics() {
        assertThat(Knowledge.answer(KNOWLEDGE, "What are your office hours?")).isEqualTo(OFFICE_HOURS);
        assertThat(Knowledge.answer(KNOWLEDGE, "are you open on saturdays")).isEqualTo(OFFICE_HOURS);
        assertThat(Knowledge.answer(KNOWLEDGE, "how much do you charge")).isEqualTo(FEES);
        assertThat(Knowledge.answer(KNOWLEDGE, "what's your commission")).isEqualTo(FEES);
        assertThat(Knowledge.answer(KNOWLEDGE, "which areas do you serve")).isEqualTo(AREAS);
    }

    @Test
    void aFrequentQuestionMatchesOnMostOfItsWords() {
        assertThat(Knowledge.answer(KNOWLEDGE, "do you work with first time buyers")).isEqualTo(FIRST_TIME);
        assertThat(Knowledge.answer(KNOWLEDGE, "do you help sellers")).isNull(); // 'help' alone: a third of the words
    }

    @Test
    void nothingKnownIsNothingSaid() {
        assertThat(Knowledge.answer(KNOWLEDGE, "who owns the agency")).isNull();
        assertThat(Knowledge.answer(List.of(), "what are your office hours")).isNull();
        assertThat(Knowledge.answer(List.of(new KnowledgeSnippet(KnowledgeTopic.OFFICE_HOURS, null, OFFICE_HOURS)),
                "what are your fees")).isNull();
    }

    @Test
    void questions() {
        assertThat(Knowledge.isQuestion("what time do you open")).isTrue();
        assertThat(Knowledge.isQuestion("Does it have a garage")).isTrue();
        assertThat(Knowledge.isQuestion("I want to buy?")).isTrue();
        assertThat(Knowledge.isQuestion("Round Rock")).isFalse();
        assertThat(Knowledge.isQuestion("whatever works")).isFalse();
    }

    @Test
    // WAS-DISABLED
    void closeToAPlaceIsNotAboutOfficeHours() {
        assertThat(Knowledge.answer(KNOWLEDGE, "I want to buy something close to downtown Austin")).isNull();
        assertThat(Knowledge.answer(KNOWLEDGE, "we're open to a condo or a townhouse")).isNull();
    }
}
