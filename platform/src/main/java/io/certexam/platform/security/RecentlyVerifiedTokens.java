package io.certexam.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies a bearer token once and reuses the result for the same token, character for character, for at most
 * five minutes and never past its expiry. A candidate sends the same token with every autosave; verifying its RSA
 * signature and parsing it again each time was a seventh of exam-service's CPU on exam day (docs/benchmarks.md).
 * Five minutes is as long as Nimbus keeps a fetched key set, so a key withdrawn from the issuer stops being honoured
 * here no later than it would without this.
 */
final class RecentlyVerifiedTokens implements JwtDecoder {

    static final Duration LONGEST_REUSE = Duration.ofMinutes(5);

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Map<String, Verified> verified;

    private record Verified(Jwt jwt, Instant reusableUntil) {
    }

    RecentlyVerifiedTokens(JwtDecoder verifier, Clock clock, int capacity) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified earlier;
        synchronized (verified) {
            earlier = verified.get(token);
        }
        if (earlier != null && now.isBefore(earlier.reusableUntil())) {
            return earlier.jwt();
        }
        Jwt jwt = verifier.decode(token);
        Instant reusableUntil = now.plus(LONGEST_REUSE);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(reusableUntil)) {
            reusableUntil = jwt.getExpiresAt();
        }
        synchronized (verified) {
            verified.put(token, new Verified(jwt, reusableUntil));
        }
        return jwt;
    }
}
