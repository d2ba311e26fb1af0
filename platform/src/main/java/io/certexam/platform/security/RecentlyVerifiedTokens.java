package io.certexam.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
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
 *
 * <p>When it is full it keeps what it holds and verifies newcomers every time, until an entry it holds expires.
 * Evicting the least recently used instead would have been useless exactly when it matters: a sitting's candidates
 * come back in turn, so with one token more than the capacity every token is evicted just before it returns and
 * nothing is ever reused (at 10,000 candidates against a capacity of 10,000 that was 14 % of exam-service's request
 * CPU).
 */
final class RecentlyVerifiedTokens implements JwtDecoder {

    static final Duration LONGEST_REUSE = Duration.ofMinutes(5);

    private final JwtDecoder verifier;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Verified> verified;

    private record Verified(Jwt jwt, Instant reusableUntil) {
    }

    RecentlyVerifiedTokens(JwtDecoder verifier, Clock clock, int capacity) {
        this.verifier = verifier;
        this.clock = clock;
        this.capacity = capacity;
        this.verified = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true);
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
            dropExpiredLeastRecentlyUsed(now);
            if (verified.size() < capacity || verified.containsKey(token)) {
                verified.put(token, new Verified(jwt, reusableUntil));
            }
        }
        return jwt;
    }

    /** Tokens unused for five minutes have expired here, and they are the least recently used: they make room. */
    private void dropExpiredLeastRecentlyUsed(Instant now) {
        Iterator<Verified> leastRecentlyUsedFirst = verified.values().iterator();
        while (leastRecentlyUsedFirst.hasNext() && !now.isBefore(leastRecentlyUsedFirst.next().reusableUntil())) {
            leastRecentlyUsedFirst.remove();
        }
    }
}
