package ai.seiketsu.pipeline.audio;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A mono PCM16 clip and its RIFF/WAVE file form: recordings, uploaded greetings, test material and what a
 * synthesiser returns all come as WAV. Reading accepts what such files usually are, 16-bit PCM (plain or
 * {@code WAVE_FORMAT_EXTENSIBLE}), mono or stereo at any rate, downmixing stereo by averaging the two channels, and
 * skips chunks it has no use for ({@code LIST}, {@code fact}, {@code bext}...). It refuses the rest rather than guess:
 * <ul>
 * <li>{@link IOException} when the bytes are not a well-formed WAV file (no RIFF/WAVE header, truncated, the
 * {@code data} chunk before {@code fmt});</li>
 * <li>{@link IllegalArgumentException} when the file is well formed but its encoding is not supported (8-, 24- or
 * 32-bit, floating point, μ-law, more than two channels): convert such files before they reach the pipeline.</li>
 * </ul>
 * Writing always produces the canonical 44-byte-header PCM16 mono file.
 *
 * <p>The record holds its sample array as given, without a copy, as the rest of the pipeline does; equality compares
 * the samples' contents. Immutable as long as nobody writes into {@link #samples()}.
 *
 * @param sampleRate samples per second, positive
 * @param samples    the mono signal
 */
public record Wav(int sampleRate, short[] samples) {

    private static final int PCM = 1;
    private static final int EXTENSIBLE = 0xFFFE;
    private static final int HEADER_BYTES = 44;

    public Wav {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
        }
    }

    /** How long the clip lasts, in whole milliseconds. */
    public long durationMillis() {
        return Pcm16.durationMillis(samples.length, sampleRate);
    }

    /**
     * Reads a WAV file from the stream, up to and including its {@code data} chunk; the stream is not closed.
     *
     * @throws IOException              if the stream fails or is not a well-formed RIFF/WAVE file
     * @throws IllegalArgumentException if the audio is not 16-bit PCM in one or two channels
     */
    public static Wav read(InputStream in) throws IOException {
        if (!"RIFF".equals(fourCc(in))) {
            throw new IOException("not a WAV file: no RIFF header");
        }
        readInt(in); // RIFF size: often wrong in files written while streaming, so the chunk sizes are used instead
        if (!"WAVE".equals(fourCc(in))) {
            throw new IOException("not a WAV file: RIFF form is not WAVE");
        }
        Format format = null;
        while (true) {
            String id = fourCc(in);
            long size = Integer.toUnsignedLong(readInt(in));
            switch (id) {
                case "fmt " -> format = Format.read(in, size);
                case "data" -> {
                    if (format == null) {
                        throw new IOException("malformed WAV file: data chunk before fmt chunk");
                    }
                    return new Wav(format.sampleRate(), format.toMono(readExactly(in, size)));
                }
                default -> in.skipNBytes(size + (size & 1)); // chunks are padded to an even length
            }
        }
    }

    /** Writes this clip as a PCM16 mono WAV file; the stream is not closed. */
    public void write(OutputStream out) throws IOException {
        int dataBytes = samples.length * 2;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt(HEADER_BYTES - 8 + dataBytes).put(ascii("WAVE"));
        header.put(ascii("fmt ")).putInt(16).putShort((short) PCM).putShort((short) 1).putInt(sampleRate)
                .putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        header.put(ascii("data")).putInt(dataBytes);
        out.write(header.array());
        out.write(Pcm16.toBytes(samples));
    }

    /** This clip as the bytes of a PCM16 mono WAV file. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_BYTES + samples.length * 2);
        try {
            write(out);
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory stream does not fail", e);
        }
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Wav wav && sampleRate == wav.sampleRate && Arrays.equals(samples, wav.samples);
    }

    @Override
    public int hashCode() {
        return 31 * sampleRate + Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "Wav[" + sampleRate + " Hz, " + samples.length + " samples]";
    }

    /** What the {@code fmt } chunk says, once checked to be something this class can read. */
    private record Format(int channels, int sampleRate) {

        static Format read(InputStream in, long size) throws IOException {
            if (size < 16 || size > 1024) {
                throw new IOException("malformed WAV file: fmt chunk of " + size + " bytes");
            }
            ByteBuffer chunk = ByteBuffer.wrap(readExactly(in, size + (size & 1))).order(ByteOrder.LITTLE_ENDIAN);
            int encoding = chunk.getShort(0) & 0xFFFF;
            int channels = chunk.getShort(2) & 0xFFFF;
            int sampleRate = chunk.getInt(4);
            int bitsPerSample = chunk.getShort(14) & 0xFFFF;
            if (encoding == EXTENSIBLE && size >= 40) {
                encoding = chunk.getShort(24) & 0xFFFF; // the sub-format GUID starts with the format code
            }
            if (encoding != PCM || bitsPerSample != 16 || channels < 1 || channels > 2 || sampleRate <= 0) {
                throw new IllegalArgumentException("unsupported WAV encoding: format " + encoding + ", "
                        + bitsPerSample + " bits, " + channels + " channels, " + sampleRate
                        + " Hz; only 16-bit PCM, mono or stereo, is read");
            }
            return new Format(channels, sampleRate);
        }

        short[] toMono(byte[] data) throws IOException {
            int frameBytes = 2 * channels;
            if (data.length % frameBytes != 0) {
                throw new IOException("malformed WAV file: data is not a whole number of " + channels + "-channel frames");
            }
            short[] interleaved = Pcm16.toSamples(data);
            if (channels == 1) {
                return interleaved;
            }
            short[] mono = new short[interleaved.length / 2];
            for (int i = 0; i < mono.length; i++) {
                mono[i] = (short) ((interleaved[2 * i] + interleaved[2 * i + 1]) >> 1);
            }
            return mono;
        }
    }

    private static byte[] readExactly(InputStream in, long size) throws IOException {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("WAV chunk of " + size + " bytes is too long to hold in memory");
        }
        byte[] bytes = in.readNBytes((int) size); // grows as data arrives: a lying size does not allocate up front
        if (bytes.length != size) {
            throw new EOFException("truncated WAV file: chunk of " + size + " bytes ends after " + bytes.length);
        }
        return bytes;
    }

    private static String fourCc(InputStream in) throws IOException {
        return new String(readExactly(in, 4), StandardCharsets.US_ASCII);
    }

    private static int readInt(InputStream in) throws IOException {
        return ByteBuffer.wrap(readExactly(in, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    private static byte[] ascii(String fourCc) {
        return fourCc.getBytes(StandardCharsets.US_ASCII);
    }
}
