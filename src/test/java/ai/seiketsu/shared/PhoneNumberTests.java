package ai.seiketsu.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhoneNumberTests {

    @Test
    void readsUsNumbersAsPeopleWriteThem() {
        for (String written : new String[] { "(512) 555-0100", "512.555.0100", "512-555-0100", "+1 512 555 0100",
                "1 (512) 555-0100", "5125550100" }) {
            assertThat(PhoneNumber.parse(written, "US").value()).as(written).isEqualTo("+15125550100");
        }
    }

    @Test
    void keepsNumbersOfOtherCountriesInE164() {
        assertThat(PhoneNumber.parse("+44 20 7946 0958", "US").value()).isEqualTo("+442079460958");
    }

    @Test
    void refusesWhatIsNotAValidNumber() {
        for (String bad : new String[] { "555-0100", "12345", "call me", "", "+1 512 555 0100 0000 0000" }) {
            assertThat(PhoneNumber.isValid(bad, "US")).as(bad).isFalse();
        }
        assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("(512) 555-0100"));
    }
}
