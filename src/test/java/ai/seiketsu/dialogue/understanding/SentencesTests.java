package ai.seiketsu.dialogue.understanding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed chat comes in sentences: what ends one must not hide a fact, and a second sentence counts too. */
class SentencesTests {

    @Test
    void aPhoneNumberBeforeAFullStopIsRead() {
        assertThat(Understanding.understand("my number is (512) 555-0142.", Fixtures.context()).phone())
                .isNotNull().satisfies(phone -> assertThat(phone.value()).isEqualTo("+15125550142"));
        assertThat(Understanding.understand("call me at 512-867-5309. thanks", Fixtures.context()).phone())
                .isNotNull();
    }

    @Test
    void aNameInASecondSentenceIsRead() {
        Understood heard = Understanding.understand("I want to buy. I am Tom Baker", Fixtures.context());
        assertThat(heard.name()).isNotNull();
        assertThat(heard.name().first()).isEqualTo("Tom");
        assertThat(heard.name().last()).isEqualTo("Baker");
    }
}
