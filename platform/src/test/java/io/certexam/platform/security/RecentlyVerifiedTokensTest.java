package io.certexam.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class RecentlyVerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    private final List<String> verifications = new ArrayList<>();
    private Instant now = NOW;
    private Instant expiry = NOW.plus(Duration.ofHours(12));
    private final JwtDecoder verifier = token -> {
        verifications.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("signature does not match");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("cand-1").issuedAt(NOW).expiresAt(expiry).build();
    };
    private final RecentlyVerifiedTokens tokens = new RecentlyVerifiedTokens(verifier, clock(), 2);

    @Test
    void theSameTokenIsVerifiedOnceAndAnotherTokenAgain() {
        Jwt first = tokens.decode("token-a");
        assertThat(tokens.decode("token-a")).isSameAs(first);
        tokens.decode("token-b");

        assertThat(verifications).containsExactly("token-a", "token-b");
    }

    @Test
    void aVerificationIsReusedForFiveMinutesAtMost() {
        tokens.decode("token-a");
        now = NOW.plus(RecentlyVerifiedTokens.LONGEST_REUSE).minusSeconds(1);
        tokens.decode("token-a");
        now = NOW.plus(RecentlyVerifiedTokens.LONGEST_REUSE);
        tokens.decode("token-a");

        assertThat(verifications).containsExactly("token-a", "token-a");
    }

    @Test
    void neverPastTheTokensExpiry() {
        expiry = NOW.plusSeconds(30);
        tokens.decode("token-a");
        now = NOW.plusSeconds(30);
        tokens.decode("token-a");

        assertThat(verifications).containsExactly("token-a", "token-a");
    }

    @Test
    void aRejectedTokenIsRejectedEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged-token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-token")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).containsExactly("forged-token", "forged-token");
    }

    @Test
    void whenFullItKeepsWhatItHoldsAndVerifiesNewcomersEveryTime() {
        tokens.decode("token-a");
        tokens.decode("token-b");
        tokens.decode("token-c"); // capacity 2
        tokens.decode("token-a");
        tokens.decode("token-b");
        tokens.decode("token-c");

        assertThat(verifications).containsExactly("token-a", "token-b", "token-c", "token-c");
    }

    @Test
    void candidatesComingBackInTurnBeyondTheCapacityStillReuseMostVerifications() {
        for (int round = 0; round < 10; round++) {
            for (String token : List.of("token-a", "token-b", "token-c")) {
                tokens.decode(token);
            }
        }

        // least-recently-used eviction would verify all 30: each token evicted just before its turn
        assertThat(verifications).hasSize(2 + 10);
    }

    @Test
    void anExpiredEntryMakesRoomForANewcomer() {
        tokens.decode("token-a");
        now = NOW.plusSeconds(10);
        tokens.decode("token-b");
        now = NOW.plus(RecentlyVerifiedTokens.LONGEST_REUSE); // token-a's reuse is over, token-b's is not
        tokens.decode("token-c");
        tokens.decode("token-c");
        tokens.decode("token-b");

        assertThat(verifications).containsExactly("token-a", "token-b", "token-c");
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
