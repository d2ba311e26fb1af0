package io.certexam.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class HeaderCharactersTest {

    /** Spring Security's own rule for header names and values (StrictHttpFirewall). */
    private static final Pattern SPRING_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void decidesEveryCodePointAsSpringSecuritysRuleDoes() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                continue; // a lone surrogate is no code point of a well-formed string
            }
            String value = "Bearer " + Character.toString(codePoint) + "x";
            assertThat(HeaderCharacters.allowed(value))
                    .as("U+%04X", codePoint)
                    .isEqualTo(SPRING_RULE.matcher(value).matches());
        }
    }

    @Test
    void agreesOnLongMixedValues() {
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder value = new StringBuilder("eyJhbGciOiJSUzI1NiJ9.");
            for (int i = 0; i < 40; i++) {
                value.appendCodePoint(random.nextInt(10) == 0 ? random.nextInt(0x3000) : 0x21 + random.nextInt(0x5e));
            }
            String header = value.toString();
            assertThat(HeaderCharacters.allowed(header)).as(header).isEqualTo(SPRING_RULE.matcher(header).matches());
        }
    }

    @Test
    void aTokenIsAllowedAndAnInjectedLineBreakIsNot() {
        assertThat(HeaderCharacters.allowed("Bearer eyJraWQiOiIzMmU0MGFkOC1jMGRhLTRmMTMt.eyJzdWIi.RY8Xe8i7qdx-_w")).isTrue();
        assertThat(HeaderCharacters.allowed("Bearer abc\r\nX-Injected: 1")).isFalse();
        assertThat(HeaderCharacters.allowed("tab\tinside")).isFalse();
        assertThat(HeaderCharacters.allowed("café")).isTrue();
        assertThat(HeaderCharacters.allowed("")).isTrue();
    }
}
