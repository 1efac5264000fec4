package ai.seiketsu.pipeline.audio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WavTests {

    private static final short[] SAMPLES = { 0, 1000, -1000, Short.MAX_VALUE, Short.MIN_VALUE, 42 };

    @Test
    void readsBackWhatItWrites() throws IOException {
        Wav clip = new Wav(22_050, TestSignals.pinkNoise(-12, 22_050, 200, 5));

        Wav read = Wav.read(new ByteArrayInputStream(clip.toBytes()));

        assertThat(read).isEqualTo(clip);
        assertThat(read.durationMillis()).isEqualTo(200);
    }

    @Test
    void writesTheCanonicalPcm16MonoHeader() {
        byte[] bytes = new Wav(8_000, SAMPLES).toBytes();

        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(bytes).hasSize(44 + 12);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(header.getInt(4)).isEqualTo(36 + 12);
        assertThat(new String(bytes, 8, 8, StandardCharsets.US_ASCII)).isEqualTo("WAVEfmt ");
        assertThat(header.getShort(20)).as("PCM").isEqualTo((short) 1);
        assertThat(header.getShort(22)).as("channels").isEqualTo((short) 1);
        assertThat(header.getInt(24)).as("rate").isEqualTo(8_000);
        assertThat(header.getInt(28)).as("byte rate").isEqualTo(16_000);
        assertThat(header.getShort(34)).as("bits").isEqualTo((short) 16);
        assertThat(header.getInt(40)).as("data size").isEqualTo(12);
    }

    @Test
    void skipsChunksItDoesNotNeed() throws IOException {
        byte[] file = riff(chunk("LIST", "INFOISFT\u0005\0\0\0sox!\0"), fmt(1, 1, 16_000, 16),
                chunk("fact", "\4\0\0\0"), chunk("data", SAMPLES));

        Wav read = Wav.read(new ByteArrayInputStream(file));

        assertThat(read.sampleRate()).isEqualTo(16_000);
        assertThat(read.samples()).containsExactly(SAMPLES);
    }

    @Test
    void averagesStereoIntoMono() throws IOException {
        short[] interleaved = { 1000, 3000, -2000, -4000, Short.MAX_VALUE, Short.MAX_VALUE, 7, -7 };

        Wav read = Wav.read(new ByteArrayInputStream(riff(fmt(1, 2, 44_100, 16), chunk("data", interleaved))));

        assertThat(read.sampleRate()).isEqualTo(44_100);
        assertThat(read.samples()).containsExactly((short) 2000, (short) -3000, Short.MAX_VALUE, (short) 0);
    }

    @Test
    void readsExtensibleFormatWhenItsSubFormatIsPcm() throws IOException {
        ByteBuffer fmt = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        fmt.putShort((short) 0xFFFE).putShort((short) 1).putInt(48_000).putInt(96_000).putShort((short) 2)
                .putShort((short) 16).putShort((short) 22).putShort((short) 16).putInt(4).putShort((short) 1);

        Wav read = Wav.read(new ByteArrayInputStream(riff(chunk("fmt ", fmt.array()), chunk("data", SAMPLES))));

        assertThat(read.sampleRate()).isEqualTo(48_000);
        assertThat(read.samples()).containsExactly(SAMPLES);
    }

    @Test
    void refusesEncodingsItCannotRead() {
        byte[] eightBit = riff(fmt(1, 1, 8_000, 8), chunk("data", new byte[4]));
        byte[] floats = riff(fmt(3, 1, 16_000, 32), chunk("data", new byte[8]));
        byte[] muLaw = riff(fmt(7, 1, 8_000, 8), chunk("data", new byte[4]));
        byte[] surround = riff(fmt(1, 6, 48_000, 16), chunk("data", new byte[24]));

        for (byte[] file : new byte[][] { eightBit, floats, muLaw, surround }) {
            assertThatIllegalArgumentException().isThrownBy(() -> Wav.read(new ByteArrayInputStream(file)))
                    .withMessageStartingWith("unsupported WAV encoding");
        }
    }

    @Test
    void refusesWhatIsNotAWellFormedWavFile() {
        byte[] mp3 = "ID3\4\0\0\0\0\0\0 and so on".getBytes(StandardCharsets.US_ASCII);
        byte[] avi = riff(chunk("data", SAMPLES));
        avi[8] = 'A';
        byte[] dataFirst = riff(chunk("data", SAMPLES), fmt(1, 1, 16_000, 16));
        byte[] full = riff(fmt(1, 1, 16_000, 16), chunk("data", SAMPLES));
        byte[] truncated = Arrays.copyOf(full, full.length - 3);
        byte[] noData = riff(fmt(1, 1, 16_000, 16));

        assertThatIOException().isThrownBy(() -> Wav.read(new ByteArrayInputStream(mp3))).withMessageContaining("RIFF");
        assertThatIOException().isThrownBy(() -> Wav.read(new ByteArrayInputStream(avi))).withMessageContaining("WAVE");
        assertThatIOException().isThrownBy(() -> Wav.read(new ByteArrayInputStream(dataFirst)))
                .withMessageContaining("data chunk before fmt");
        assertThatExceptionOfType(EOFException.class).isThrownBy(() -> Wav.read(new ByteArrayInputStream(truncated)));
        assertThatExceptionOfType(EOFException.class).isThrownBy(() -> Wav.read(new ByteArrayInputStream(noData)));
    }

    @Test
    void readsTheRealVoiceClipOfTheTests() {
        short[] voice = TestSignals.resource("goforward.wav");

        assertThat(voice.length).isBetween(16_000 * 2, 16_000 * 3); // 2.8 s at 16 kHz
        assertThat(Pcm16.dbfs(voice)).isBetween(-40.0, -15.0);
    }

    private static byte[] fmt(int encoding, int channels, int rate, int bits) {
        ByteBuffer fmt = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        fmt.putShort((short) encoding).putShort((short) channels).putInt(rate).putInt(rate * channels * bits / 8)
                .putShort((short) (channels * bits / 8)).putShort((short) bits);
        return chunk("fmt ", fmt.array());
    }

    private static byte[] chunk(String id, short[] samples) {
        return chunk(id, Pcm16.toBytes(samples));
    }

    private static byte[] chunk(String id, String body) {
        return chunk(id, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] chunk(String id, byte[] body) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + body.length + (body.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(body.length).put(body);
        return chunk.array();
    }

    private static byte[] riff(byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WAVE".getBytes(StandardCharsets.US_ASCII));
        for (byte[] chunk : chunks) {
            body.writeBytes(chunk);
        }
        ByteBuffer file = ByteBuffer.allocate(8 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
        file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body.size()).put(body.toByteArray());
        return file.array();
    }
}
