package io.certexam.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints bearer tokens the way the dev token issuer does (embedded/ DevTokenIssuer: RS256, {@code sub}, {@code roles},
 * {@code org}, issuer {@code certexam-dev-issuer}), with the key the running stack keeps in {@code .devstack/jwt-key.json}.
 * Minting locally keeps thousands of token requests off the two cores the stack is measured on.
 */
public final class Tokens {

    private final RSAKey key;
    private final RSASSASigner signer;

    private Tokens(RSAKey key) throws JOSEException {
        this.key = key;
        this.signer = new RSASSASigner(key);
    }

    public static Tokens fromKeyFile(Path keyFile) {
        try {
            return new Tokens(RSAKey.parse(Files.readString(keyFile)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dev token key " + keyFile + " (is ./run.sh's .devstack/ there?)", e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("unusable dev token key " + keyFile, e);
        }
    }

    public String token(String subject, List<String> roles, String org) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer("certexam-dev-issuer")
                .claim("roles", roles).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(12))));
        if (org != null) {
            claims.claim("org", org);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    public String candidate(String subject, String org) {
        return token(subject, List.of("CANDIDATE"), org);
    }
}
