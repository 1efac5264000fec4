package ai.seiketsu.pipeline.audio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class Pcm16Tests {

    @Test
    void readsLittleEndianSamples() {
        byte[] bytes = { 0x01, 0x00, (byte) 0xFF, (byte) 0xFF, 0x00, (byte) 0x80, (byte) 0xFF, 0x7F };

        assertThat(Pcm16.toSamples(bytes)).containsExactly((short) 1, (short) -1, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    @Test
    void writesWhatItReads() {
        short[] samples = { 0, 1, -1, 12345, -12345, Short.MIN_VALUE, Short.MAX_VALUE };

        byte[] bytes = Pcm16.toBytes(samples);

        assertThat(bytes).hasSize(14).startsWith(0x00, 0x00, 0x01, 0x00, 0xFF, 0xFF);
        assertThat(Pcm16.toSamples(bytes)).containsExactly(samples);
    }

    @Test
    void rejectsAnOddNumberOfBytes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Pcm16.toSamples(new byte[3]))
                .withMessageContaining("even");
    }

    @Test
    void convertsBetweenSamplesAndMilliseconds() {
        assertThat(Pcm16.durationMillis(512, 16_000)).isEqualTo(32);
        assertThat(Pcm16.durationMillis(160, 8_000)).isEqualTo(20);
        assertThat(Pcm16.durationMillis(22_050, 22_050)).isEqualTo(1_000);
        assertThat(Pcm16.samplesFor(20, 8_000)).isEqualTo(160);
        assertThat(Pcm16.samplesFor(32, 16_000)).isEqualTo(512);
        assertThat(Pcm16.samplesFor(10, 22_050)).isEqualTo(220);
        assertThatIllegalArgumentException().isThrownBy(() -> Pcm16.samplesFor(10, 0));
    }

    @Test
    void measuresLevelRelativeToFullScale() {
        short[] fullScaleSquare = new short[100];
        for (int i = 0; i < fullScaleSquare.length; i++) {
            fullScaleSquare[i] = i % 2 == 0 ? Short.MIN_VALUE : Short.MAX_VALUE;
        }
        short[] halfScaleSine = TestSignals.sine(1_000, 0.5, 16_000, 100);

        assertThat(Pcm16.dbfs(fullScaleSquare)).isCloseTo(0.0, within(0.01));
        assertThat(Pcm16.rms(halfScaleSine)).isCloseTo(0.5 / Math.sqrt(2), within(0.001));
        assertThat(Pcm16.dbfs(halfScaleSine)).isCloseTo(-9.03, within(0.05));
    }

    @Test
    void reportsDigitalSilenceAsTheQuantisationFloor() {
        assertThat(Pcm16.dbfs(new short[512])).isEqualTo(Pcm16.SILENCE_DBFS);
        assertThat(Pcm16.dbfs(new short[0])).isEqualTo(Pcm16.SILENCE_DBFS);
    }

    @Test
    void clipsInsteadOfWrappingAround() {
        assertThat(Pcm16.clip(40_000.0)).isEqualTo(Short.MAX_VALUE);
        assertThat(Pcm16.clip(-40_000.0)).isEqualTo(Short.MIN_VALUE);
        assertThat(Pcm16.clip(-1.6)).isEqualTo((short) -2);
    }
}
