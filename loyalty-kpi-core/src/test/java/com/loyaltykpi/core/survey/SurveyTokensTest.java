package com.loyaltykpi.core.survey;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyTokensTest {

    private static final byte[] SECRET = "a secret of thirty-two bytes....".getBytes(StandardCharsets.US_ASCII);

    @Test
    void tokensCarry256BitsDistinctPerInvitationAndChannelAndAreStoredAsTheirHash() {
        Set<String> seen = new HashSet<String>();
        for (int i = 0; i < 5000; i++) {
            for (AnswerChannel channel : new AnswerChannel[] {AnswerChannel.PAGE, AnswerChannel.LINK}) {
                String token = SurveyTokens.derive(SECRET, i, channel);
                assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
                assertThat(SurveyTokens.wellFormed(token)).isTrue();
                assertThat(seen.add(token)).isTrue();
                assertThat(SurveyTokens.derive(SECRET, i, channel)).as("the same again").isEqualTo(token);
            }
        }
        byte[] otherSecret = SECRET.clone();
        otherSecret[0] ^= 1;
        assertThat(SurveyTokens.derive(otherSecret, 1, AnswerChannel.PAGE)).isNotEqualTo(SurveyTokens.derive(SECRET, 1,
                AnswerChannel.PAGE));
        String token = SurveyTokens.derive(SECRET, 1, AnswerChannel.LINK);
        assertThat(SurveyTokens.hash(token)).matches("[0-9a-f]{64}").isEqualTo(SurveyTokens.hash(token))
                .doesNotContain(token);
        assertThat(SurveyTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void onlyWellFormedTokensAreLookedUp() {
        assertThat(SurveyTokens.wellFormed(null)).isFalse();
        assertThat(SurveyTokens.wellFormed("")).isFalse();
        assertThat(SurveyTokens.wellFormed(SurveyTokens.derive(SECRET, 2, AnswerChannel.LINK) + "A")).isFalse();
        assertThat(SurveyTokens.wellFormed("../../../../etc/passwd/aaaaaaaaaaaaaaaaaaaaaaa")).isFalse();
    }
}
