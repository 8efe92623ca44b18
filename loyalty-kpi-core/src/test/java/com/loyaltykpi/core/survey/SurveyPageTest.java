package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.survey.page.SurveyPage;
import com.loyaltykpi.core.survey.page.SurveyPrompt;
import com.loyaltykpi.core.survey.page.SurveyView;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The survey page's decisions, the same on the storefront and on the KPI server. */
class SurveyPageTest {

    private static final String TOKEN = "t0k3n";
    private final Answers answers = mock(Answers.class);
    private final SurveyConfiguration configuration = mock(SurveyConfiguration.class);
    private final SurveyPage page = new SurveyPage(answers, configuration, "/survey.css");
    private final SurveyPrompt.CsrfField csrf = new SurveyPrompt.CsrfField("csrfToken", "abc");

    @BeforeEach
    void settings() {
        when(configuration.current()).thenReturn(SurveySettings.defaults());
    }

    /** The outcome of this status (INVALID with these problems). */
    private static SurveyOutcome outcome(SurveyOutcome.Status status, AnswerProblem... problems) {
        return status == SurveyOutcome.Status.INVALID ? SurveyOutcome.invalid(null, Arrays.asList(problems))
                : SurveyOutcome.of(status, null);
    }

    private static SurveyPage.Submission rating(String score, String returnTo) {
        return new SurveyPage.Submission("rate", score, null, null, returnTo);
    }

    @Test
    void anOpenLinkShowsTheFirstQuestionWithTheHostsCsrfField() {
        when(answers.open(TOKEN, "10.0.0.1")).thenReturn(outcome(SurveyOutcome.Status.OPEN));
        SurveyView view = page.show(TOKEN, "10.0.0.1", csrf);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.survey().getState()).isEqualTo("OPEN");
        assertThat(view.survey().getCsrf().getValue()).isEqualTo("abc");
        assertThat(view.survey().getStylesheet()).isEqualTo("/survey.css");
        assertThat(view.survey().getCommentMaxLength()).isEqualTo(SurveySettings.defaults().commentMaxLength());
    }

    @Test
    void eachStateHasItsOwnPageAndStatus() {
        Object[][] cases = {{SurveyOutcome.Status.ALREADY_ANSWERED, 409}, {SurveyOutcome.Status.EXPIRED, 410},
            {SurveyOutcome.Status.UNKNOWN_LINK, 404}, {SurveyOutcome.Status.TOO_MANY_ATTEMPTS, 429}};
        for (Object[] c : cases) {
            SurveyOutcome.Status status = (SurveyOutcome.Status) c[0];
            when(answers.open(TOKEN, "a")).thenReturn(outcome(status));
            SurveyView view = page.show(TOKEN, "a", csrf);
            assertThat(view.status()).as(status.name()).isEqualTo(c[1]);
            assertThat(view.state()).isEqualTo(status.name());
            assertThat(view.survey()).as("no form").isNull();
        }
        assertThat(page.unknownLink().status()).isEqualTo(404);
        assertThat(SurveyPage.failed().status()).isEqualTo(500);
    }

    @Test
    void aStaleFormIsShownAgainWithWhatWasTypedAndNothingRecorded() {
        when(answers.open(TOKEN)).thenReturn(outcome(SurveyOutcome.Status.FOLLOW_UP));
        SurveyView view = page.answer(TOKEN, new SurveyPage.Submission("more", null, "7", "slow", null), "a", false,
                csrf);
        assertThat(view.status()).isEqualTo(403);
        assertThat(view.state()).isEqualTo("SESSION_EXPIRED");
        assertThat(view.survey().getState()).isEqualTo("FOLLOW_UP");
        assertThat(view.survey().value("comment")).isEqualTo("slow");
        assertThat(view.survey().value("recommend")).isEqualTo("7");
        verify(answers, never()).followUp(TOKEN, "7", "slow", "a");
    }

    @Test
    void aRatingFromAShopPageGoesBackThereAndAForeignReturnAddressIsIgnored() {
        when(answers.rate(TOKEN, "5", "a")).thenReturn(outcome(SurveyOutcome.Status.FOLLOW_UP));
        assertThat(page.answer(TOKEN, rating("5", "/checkout/confirmation/7"), "a", true, csrf).redirect())
                .isEqualTo("/checkout/confirmation/7#lk-survey");
        SurveyView shownHere = page.answer(TOKEN, rating("5", "//evil.example.com/"), "a", true, csrf);
        assertThat(shownHere.redirect()).isNull();
        assertThat(shownHere.survey().getState()).isEqualTo("FOLLOW_UP");
    }

    @Test
    void aRefusedFollowUpIsShownAtTheFollowUpAndAMissingRatingAtTheFirstQuestion() {
        when(answers.followUp(TOKEN, "11", "", "a")).thenReturn(
                outcome(SurveyOutcome.Status.INVALID, AnswerProblem.RECOMMEND_OUT_OF_RANGE));
        SurveyView followUp = page.answer(TOKEN, new SurveyPage.Submission("more", null, "11", "", null), "a", true,
                csrf);
        assertThat(followUp.status()).isEqualTo(422);
        assertThat(followUp.survey().getState()).isEqualTo("FOLLOW_UP");
        assertThat(followUp.survey().getProblems()).containsExactly(AnswerProblem.RECOMMEND_OUT_OF_RANGE.messageKey());

        when(answers.rate(TOKEN, null, "a")).thenReturn(
                outcome(SurveyOutcome.Status.INVALID, AnswerProblem.SATISFACTION_MISSING));
        SurveyView first = page.answer(TOKEN, rating(null, null), "a", true, csrf);
        assertThat(first.survey().getState()).isEqualTo("OPEN");
    }

    @Test
    void aWholeAnswerWithoutAStepIsSubmittedAtOnce() {
        when(answers.submit(TOKEN, "4", "9", "fine", "a")).thenReturn(outcome(SurveyOutcome.Status.ACCEPTED));
        SurveyView view = page.answer(TOKEN, new SurveyPage.Submission(null, "4", "9", "fine", null), "a", true, csrf);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.state()).isEqualTo("ACCEPTED");
        assertThat(view.survey()).isNull();
    }
}
