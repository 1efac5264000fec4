package ai.seiketsu.pipeline.audio;

/**
 * G.711 μ-law, the 8-bit companded encoding of North American and Japanese telephony, and the one Twilio Media
 * Streams carry (8 kHz, one byte per sample, base64 in the JSON messages). Companding spends the 8 bits
 * logarithmically: small samples keep fine steps, loud ones coarse steps, about 38 dB of signal-to-noise ratio over
 * the speech range instead of the 48 dB a linear 8-bit code would give only at full scale.
 *
 * <p>The code is the ITU-T G.711 one: the 14-bit linear range it is defined on is the top 14 bits of a PCM16 sample,
 * biased by 33 (132 on the 16-bit scale) so that the eight segments double in size; the sign bit, the 3-bit segment
 * and the 4-bit step are sent inverted, so silence is {@code 0xFF}. Decoding returns the middle of the step, with
 * {@code 0x7F} ("negative zero") also decoding to 0. Decoding uses a 256-entry table; encoding computes the segment
 * from the position of the highest set bit.
 *
 * <p>Stateless and thread-safe.
 */
public final class MuLaw {

    /** The encoded value of a zero sample. */
    public static final byte SILENCE = (byte) 0xFF;

    private static final int BIAS = 0x84;
    /** Largest magnitude that still fits the top segment once biased. */
    private static final int CLIP = 32635;

    private static final short[] DECODED = new short[256];

    static {
        for (int code = 0; code < 256; code++) {
            DECODED[code] = decodeByFormula(code);
        }
    }

    private MuLaw() {
    }

    /** The μ-law code of one PCM16 sample. */
    public static byte encode(short sample) {
        int sign = sample < 0 ? 0x80 : 0;
        int magnitude = Math.min(Math.abs((int) sample), CLIP) + BIAS;
        int segment = 31 - Integer.numberOfLeadingZeros(magnitude) - 7; // biased magnitude is at least 2^7
        int step = (magnitude >> (segment + 3)) & 0x0F;
        return (byte) ~(sign | (segment << 4) | step);
    }

    /** The PCM16 sample that a μ-law code stands for. */
    public static short decode(byte code) {
        return DECODED[code & 0xFF];
    }

    /** Encodes a whole frame, one byte per sample. */
    public static byte[] encode(short[] samples) {
        byte[] codes = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            codes[i] = encode(samples[i]);
        }
        return codes;
    }

    /** Decodes a whole frame, one sample per byte. */
    public static short[] decode(byte[] codes) {
        short[] samples = new short[codes.length];
        for (int i = 0; i < codes.length; i++) {
            samples[i] = DECODED[codes[i] & 0xFF];
        }
        return samples;
    }

    private static short decodeByFormula(int code) {
        int bits = ~code & 0xFF;
        int segment = (bits >> 4) & 0x07;
        int step = bits & 0x0F;
        int biased = ((step << 3) + BIAS) << segment;
        return (short) ((bits & 0x80) != 0 ? BIAS - biased : biased - BIAS);
    }
}
