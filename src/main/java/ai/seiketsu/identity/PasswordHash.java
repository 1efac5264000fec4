package ai.seiketsu.identity;

/** A password as stored: the encoder's full output (algorithm id, parameters, salt, hash). Never the password. */
public record PasswordHash(String encoded) {

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
