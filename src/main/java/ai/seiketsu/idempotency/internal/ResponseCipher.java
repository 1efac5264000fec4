package ai.seiketsu.idempotency.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import ai.seiketsu.shared.MasterKey;
import org.springframework.stereotype.Component;

/**
 * Encrypts stored answers at rest (AES-256-GCM, a key derived for this purpose only): an answer may hold a secret
 * that is shown once ({@code sk_}, {@code pk_} keys). The tenant and idempotency key are bound in as associated
 * data, so a row copied under another key or tenant does not decrypt.
 */
@Component
class ResponseCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    ResponseCipher(MasterKey masterKey) {
        this.key = new SecretKeySpec(masterKey.derive("idempotency-response/v1").getEncoded(), "AES");
    }

    /** nonce || ciphertext and tag. */
    byte[] encrypt(String context, byte[] body) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, context, body);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    byte[] decrypt(String context, byte[] stored) {
        return run(Cipher.DECRYPT_MODE, Arrays.copyOf(stored, NONCE_BYTES), context,
                Arrays.copyOfRange(stored, NONCE_BYTES, stored.length));
    }

    private byte[] run(int mode, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
                    + " a stored answer", e);
        }
    }
}
