package ai.seiketsu.pipeline.audio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MuLawTests {

    @Test
    void encodesTheKnownCodePointsOfG711() {
        assertThat(MuLaw.encode((short) 0)).isEqualTo((byte) 0xFF);
        assertThat(MuLaw.encode((short) -1)).isEqualTo((byte) 0x7F);
        assertThat(MuLaw.encode(Short.MAX_VALUE)).isEqualTo((byte) 0x80);
        assertThat(MuLaw.encode(Short.MIN_VALUE)).isEqualTo((byte) 0x00);
        // first step of segment 1 (biased 256) and of the top segment (biased 16384)
        assertThat(MuLaw.encode((short) (256 - 132))).isEqualTo((byte) 0xEF);
        assertThat(MuLaw.encode((short) (16_384 - 132))).isEqualTo((byte) 0x8F);
        assertThat(MuLaw.SILENCE).isEqualTo(MuLaw.encode((short) 0));
    }

    @Test
    void decodesTheKnownCodePointsOfG711() {
        assertThat(MuLaw.decode((byte) 0xFF)).isZero();
        assertThat(MuLaw.decode((byte) 0x7F)).isZero();
        assertThat(MuLaw.decode((byte) 0x80)).isEqualTo((short) 32_124);
        assertThat(MuLaw.decode((byte) 0x00)).isEqualTo((short) -32_124);
        assertThat(MuLaw.decode((byte) 0xFE)).isEqualTo((short) 8);
        assertThat(MuLaw.decode((byte) 0x7E)).isEqualTo((short) -8);
        assertThat(MuLaw.decode((byte) 0xEF)).isEqualTo((short) 132);
        assertThat(MuLaw.decode((byte) 0x8F)).isEqualTo((short) 16_764);
    }

    @Test
    void decodesToAValueThatEncodesToTheSameCode() {
        for (int code = 0; code < 256; code++) {
            byte expected = code == 0x7F ? (byte) 0xFF : (byte) code; // both zeros decode to 0, which encodes as +0
            assertThat(MuLaw.encode(MuLaw.decode((byte) code))).as("code %02X", code).isEqualTo(expected);
        }
    }

    @Test
    void errsByAtMostHalfAStepWhichGrowsWithTheMagnitude() {
        for (int sample = Short.MIN_VALUE; sample <= Short.MAX_VALUE; sample++) {
            int magnitude = Math.abs(sample);
            int error = Math.abs(MuLaw.decode(MuLaw.encode((short) sample)) - sample);
            if (magnitude <= 32_635) {
                // half a step of the segment of the biased magnitude b is at most b / 32
                assertThat(error).as("sample %d", sample).isLessThanOrEqualTo((magnitude + 132) / 32);
            } else {
                assertThat(error).as("clipped sample %d", sample).isLessThanOrEqualTo(32_768 - 32_124);
            }
        }
    }

    @Test
    void keepsSpeechLevelsAbout38DbAboveTheQuantisationNoise() {
        short[] sine = TestSignals.sine(1_004, 0.25, 8_000, 1_000);

        short[] decoded = MuLaw.decode(MuLaw.encode(sine));

        double signal = 0;
        double noise = 0;
        for (int i = 0; i < sine.length; i++) {
            signal += (double) sine[i] * sine[i];
            noise += (double) (decoded[i] - sine[i]) * (decoded[i] - sine[i]);
        }
        assertThat(10 * Math.log10(signal / noise)).isBetween(35.0, 41.0);
    }

    @Test
    void encodesAndDecodesWholeFramesSampleBySample() {
        short[] frame = TestSignals.whiteNoise(-20, 8_000, 20, 11);

        byte[] codes = MuLaw.encode(frame);
        short[] decoded = MuLaw.decode(codes);

        assertThat(codes).hasSize(160);
        for (int i = 0; i < frame.length; i++) {
            assertThat(codes[i]).isEqualTo(MuLaw.encode(frame[i]));
            assertThat(decoded[i]).isEqualTo(MuLaw.decode(codes[i]));
        }
    }
}
