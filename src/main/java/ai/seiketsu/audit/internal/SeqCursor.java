package ai.seiketsu.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import ai.seiketsu.shared.ProblemException;

/**
 * A position in an audit list, which runs newest first by seq. The shared {@code Cursor} orders by creation time
 * and id; a chain has a better key, its gapless seq, so its cursor carries that. Opaque to clients.
 */
public record SeqCursor(long seq) {

    private static final String PREFIX = "seq:";

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    public static SeqCursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw invalid();
            }
            long seq = Long.parseLong(raw.substring(PREFIX.length()));
            if (seq < 1) {
                throw invalid();
            }
            return new SeqCursor(seq);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor this API returned");
    }
}
