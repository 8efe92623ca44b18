package com.loyaltykpi.core.survey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerFormTest {

    @Test
    void acceptsTheWholeScales() {
        for (int s = 1; s <= 5; s++) {
            for (int r = 0; r <= 10; r++) {
                AnswerForm form = AnswerForm.parse(String.valueOf(s), " " + r + " ", null, 1000);
                assertThat(form.valid()).isTrue();
                assertThat(form.satisfaction()).isEqualTo(s);
                assertThat(form.recommend()).isEqualTo(r);
            }
        }
    }

    @Test
    void rejectsWhatIsOutsideTheScalesWithAReasonEach() {
        assertThat(AnswerForm.parse("0", "11", null, 1000).problems()).containsExactly(
                AnswerProblem.SATISFACTION_OUT_OF_RANGE, AnswerProblem.RECOMMEND_OUT_OF_RANGE);
        assertThat(AnswerForm.parse("", null, null, 1000).problems()).containsExactly(
                AnswerProblem.SATISFACTION_MISSING, AnswerProblem.RECOMMEND_MISSING);
        for (String bad : new String[] {"4.5", "-1", "+3", "3 5", "x", "999999999999999999999", "٣"}) {
            assertThat(AnswerForm.parse(bad, "5", null, 1000).problems()).as(bad)
                    .containsExactly(AnswerProblem.SATISFACTION_OUT_OF_RANGE);
        }
    }

    @Test
    void commentsAreLimitedInCharactersNotBytesOrUnits() {
        String emoji = new String(Character.toChars(0x1F600));
        assertThat(AnswerForm.parse("5", "9", emoji.repeat(10), 10).valid()).isTrue(); // 10 characters, 20 chars
        assertThat(AnswerForm.parse("5", "9", emoji.repeat(11), 10).problems())
                .containsExactly(AnswerProblem.COMMENT_TOO_LONG);
    }

    @Test
    void commentsLoseControlCharactersAndSurroundingBlanks() {
        AnswerForm form = AnswerForm.parse("5", "9", "  fine\u0000 service\r\n\tthanks\u0007 \ud800 ", 1000);
        assertThat(form.comment()).isEqualTo("fine service\r\n\tthanks");
        assertThat(AnswerForm.parse("5", "9", "   ", 1000).comment()).isNull();
    }
}
