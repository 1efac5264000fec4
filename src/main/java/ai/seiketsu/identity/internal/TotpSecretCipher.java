package ai.seiketsu.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import ai.seiketsu.shared.MasterKey;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest: AES-256-GCM under a key derived from the master key for this purpose only
 * ({@code totp-secret/v1}), a random 96-bit nonce per encryption stored in front of the ciphertext, and the account
 * id as associated data, so a secret copied onto another account's row does not decrypt. A database dump without
 * the master key holds no usable secret.
 */
@Component
class TotpSecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    TotpSecretCipher(MasterKey masterKey) {
        this.key = new SecretKeySpec(masterKey.derive("totp-secret/v1").getEncoded(), "AES");
    }

    /** nonce || ciphertext and tag. */
    byte[] encrypt(UUID accountId, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, accountId, secret);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    byte[] decrypt(UUID accountId, byte[] stored) {
        if (stored.length <= NONCE_BYTES) {
            throw new IllegalStateException("stored TOTP secret is too short");
        }
        return run(Cipher.DECRYPT_MODE, Arrays.copyOf(stored, NONCE_BYTES), accountId,
                Arrays.copyOfRange(stored, NONCE_BYTES, stored.length));
    }

    private byte[] run(int mode, byte[] nonce, UUID accountId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(accountId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // a wrong master key or a tampered row: never fall back to treating the bytes as a secret
            throw new IllegalStateException("could not " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
                    + " a TOTP secret", e);
        }
    }
}
