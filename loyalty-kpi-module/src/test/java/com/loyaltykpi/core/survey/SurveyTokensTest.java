package com.loyaltykpi.core.survey;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyTokensTest {

    @Test
    void tokensCarry256RandomBitsAndAreStoredAsTheirHash() {
        Set<String> seen = new HashSet<String>();
        for (int i = 0; i < 10000; i++) {
            String token = SurveyTokens.newToken();
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(SurveyTokens.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
        String token = SurveyTokens.newToken();
        assertThat(SurveyTokens.hash(token)).matches("[0-9a-f]{64}").isEqualTo(SurveyTokens.hash(token))
                .doesNotContain(token);
        assertThat(SurveyTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void onlyWellFormedTokensAreLookedUp() {
        assertThat(SurveyTokens.wellFormed(null)).isFalse();
        assertThat(SurveyTokens.wellFormed("")).isFalse();
        assertThat(SurveyTokens.wellFormed(SurveyTokens.newToken() + "A")).isFalse();
        assertThat(SurveyTokens.wellFormed("../../../../etc/passwd/aaaaaaaaaaaaaaaaaaaaaaa")).isFalse();
    }
}
