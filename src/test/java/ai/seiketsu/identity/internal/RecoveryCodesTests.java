package ai.seiketsu.identity.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryCodesTests {

    @Test
    void tenDistinctCodesOfTwoGroupsOfFiveBase32Characters() {
        List<String> codes = RecoveryCodes.generate();

        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[A-Z2-7]{5}-[A-Z2-7]{5}"));
    }

    @Test
    void typedCodesAreComparedWithoutDashSpacesOrCase() {
        assertThat(RecoveryCodes.normalize(" abcde-fgh23 ")).hasValue("ABCDEFGH23");
        assertThat(RecoveryCodes.normalize("ABCDE FGH23")).hasValue("ABCDEFGH23");
        assertThat(RecoveryCodes.normalize("ABCDE-FGH2")).isEmpty();
        assertThat(RecoveryCodes.normalize("ABCDE-FGH21")).as("1 is not base32").isEmpty();
    }
}
