package ai.seiketsu.identity.internal;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

import ai.seiketsu.shared.MasterKey;
import ai.seiketsu.shared.TenantId;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Staff access tokens: JWTs for one membership in one tenant, 15 minutes, HS256 with a key derived from the
 * master key and named by {@code kid} ({@code <version>-<fingerprint>}; a new version rotates it). Verification accepts exactly
 * HS256 with a known {@code kid}, type {@code at+jwt}, our issuer and audience, and a current validity window;
 * anything else (unsigned, {@code alg: none}, another algorithm, an embedded key, a foreign kid) is rejected.
 */
@Component
class AccessTokens {

    static final Duration LIFETIME = Duration.ofMinutes(15);
    static final String ISSUER = "seiketsu";
    static final String AUDIENCE = "seiketsu-api";
    static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
    static final String MFA_ENROLMENT_CLAIM = "mfa_enrol";
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final Map<String, SecretKey> keys;
    private final String currentKid;
    private final Clock clock;

    /**
     * @param signingVersion  the key version new tokens are signed with ({@code seiketsu.tokens.signing-key})
     * @param acceptedVersions versions still accepted ({@code seiketsu.tokens.accepted-keys}): to rotate, sign with
     *                         v2 while accepting v1 and v2 for one token lifetime, then drop v1
     */
    AccessTokens(MasterKey masterKey, Clock clock,
            @Value("${seiketsu.tokens.signing-key:v1}") String signingVersion,
            @Value("${seiketsu.tokens.accepted-keys:v1}") List<String> acceptedVersions) {
        Map<String, SecretKey> derived = new LinkedHashMap<>();
        String signingKid = null;
        for (String version : new LinkedHashSet<>(concat(acceptedVersions, signingVersion))) {
            SecretKey key = masterKey.derive("jwt-signing/" + version.strip());
            String kid = version.strip() + "-" + HexFormat.of().formatHex(key.getEncoded(), 0, 4);
            derived.put(kid, key);
            if (version.strip().equals(signingVersion.strip())) {
                signingKid = kid;
            }
        }
        this.keys = Map.copyOf(derived);
        this.currentKid = signingKid;
        this.clock = clock;
    }

    private static List<String> concat(List<String> accepted, String signing) {
        List<String> all = new java.util.ArrayList<>(accepted);
        all.add(signing);
        return all;
    }

    /**
     * The claims a staff token carries: ids only, the role at the time of issue, and whether the token may only be
     * used to enrol in MFA (claim {@code mfa_enrol}, present only when true).
     */
    record Claims(UUID membershipId, TenantId tenant, UUID accountId, String role, boolean mfaEnrolmentOnly) {
    }

    String issue(Claims claims) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE)
                .subject(claims.membershipId().toString())
                .claim("tid", claims.tenant().toString())
                .claim("acc", claims.accountId().toString())
                .claim("role", claims.role())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)));
        if (claims.mfaEnrolmentOnly()) {
            builder.claim(MFA_ENROLMENT_CLAIM, true);
        }
        JWTClaimsSet body = builder.build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(currentKid).type(TYPE).build(),
                body);
        try {
            jwt.sign(new MACSigner(keys.get(currentKid)));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
        return jwt.serialize();
    }

    Optional<Claims> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWSHeader header = jwt.getHeader();
            SecretKey key = header.getKeyID() == null ? null : keys.get(header.getKeyID());
            if (key == null || !JWSAlgorithm.HS256.equals(header.getAlgorithm()) || !TYPE.equals(header.getType())
                    || header.getJWK() != null || header.getJWKURL() != null || !jwt.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            if (!ISSUER.equals(claims.getIssuer()) || !List.of(AUDIENCE).equals(claims.getAudience())
                    || claims.getExpirationTime() == null || claims.getNotBeforeTime() == null
                    || !claims.getExpirationTime().toInstant().plus(CLOCK_SKEW).isAfter(now)
                    || claims.getNotBeforeTime().toInstant().minus(CLOCK_SKEW).isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(new Claims(UUID.fromString(claims.getSubject()),
                    TenantId.of(claims.getStringClaim("tid")), UUID.fromString(claims.getStringClaim("acc")),
                    claims.getStringClaim("role"), Boolean.TRUE.equals(claims.getBooleanClaim(MFA_ENROLMENT_CLAIM))));
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
