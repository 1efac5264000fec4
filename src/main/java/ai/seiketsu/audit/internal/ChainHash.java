package ai.seiketsu.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The hash of a chain row: SHA-256(prev_hash || canonical bytes). The canonical form must be unambiguous, or two
 * different rows could share a hash: numbers have a fixed width (seq 8 bytes, id 16, occurred_at 8 as UTC
 * microseconds since the epoch), and each text is a presence byte (0 for null, so null and "" differ) followed by
 * a 4-byte length and its UTF-8 bytes (so "ab" + "c" and "a" + "bc" differ). A version string leads, so the
 * format can change later without old rows becoming ambiguous, and the tenant is part of a tenant row, so a row
 * copied into another tenant's chain does not verify.
 */
public final class ChainHash {

    public static final int LENGTH = 32;
    private static final String FORMAT = "seiketsu.audit.v1";

    private ChainHash() {
    }

    /** What the first row of every chain links to: 32 zero bytes. */
    public static byte[] genesis() {
        return new byte[LENGTH];
    }

    public static byte[] of(AuditChain chain, ChainedEvent row) {
        MessageDigest sha256 = sha256();
        sha256.update(row.prevHash());
        sha256.update(canonical(chain, row));
        return sha256.digest();
    }

    static byte[] canonical(AuditChain chain, ChainedEvent row) {
        var bytes = new ByteArrayOutputStream(256);
        try (var out = new DataOutputStream(bytes)) {
            text(out, FORMAT);
            text(out, chain.isPlatform() ? null : chain.requireTenant().toString());
            out.writeLong(row.seq());
            out.writeLong(row.id().getMostSignificantBits());
            out.writeLong(row.id().getLeastSignificantBits());
            out.writeLong(micros(row.occurredAt()));
            text(out, row.action());
            text(out, row.actorType());
            text(out, row.actorId());
            text(out, row.target());
            text(out, row.outcome().name());
            text(out, row.ip());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, @Nullable String value) throws IOException {
        if (value == null) {
            out.writeByte(0);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte(1);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
