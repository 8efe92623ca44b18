package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.support.DirectTransactions;
import com.loyaltykpi.core.followup.FollowUpStore;
import com.loyaltykpi.core.period.Segment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Answering: the token, expiry, single use, the checks of the answer, the two steps, the rate limits. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class AnswersTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final String TOKEN = SurveyTokens.derive(new byte[32], 1, AnswerChannel.LINK);

    @Mock
    private InvitationStore invitations;
    @Mock
    private AnswerStore answerStore;
    @Mock
    private SurveyChangeStore changes;
    @Mock
    private SurveyConfiguration configuration;
    @Mock
    private FollowUpStore followUps;

    private Answers answers;

    @BeforeEach
    void wire() {
        when(configuration.current()).thenReturn(SurveySettings.defaults());
        answers = answers(new RateLimiter(1000, 60000));
    }

    private Answers answers(RateLimiter perAddress) {
        return new Answers(invitations, answerStore, changes, followUps, configuration, perAddress, new RateLimiter(10, 60000),
                new DirectTransactions(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Invitation invitation(Instant expiresAt, Instant answeredAt) {
        return new Invitation(5, "c1", "broadleaf", "o1", InvitationChannel.CHECKOUT, Segment.MEMBER,
                NOW.minus(Duration.ofDays(1)), expiresAt, answeredAt);
    }

    private void linkOpens(Invitation invitation) {
        when(invitations.open(SurveyTokens.hash(TOKEN))).thenReturn(new InvitationStore.Opened(invitation, AnswerChannel.LINK));
    }

    @Test
    void aMalformedTokenIsAnUnknownLinkWithoutALookup() {
        assertThat(answers.submit("abc<script>", "5", "9", null, "10.0.0.1").status())
                .isEqualTo(SurveyOutcome.Status.UNKNOWN_LINK);
        assertThat(answers.open(TOKEN + "x").status()).isEqualTo(SurveyOutcome.Status.UNKNOWN_LINK);
        verifyNoInteractions(invitations);
    }

    @Test
    void aWellFormedTokenNobodyIssuedIsAnUnknownLink() {
        assertThat(answers.submit(TOKEN, "5", "9", null, "10.0.0.1").status()).isEqualTo(SurveyOutcome.Status.UNKNOWN_LINK);
    }

    @Test
    void anExpiredOrAnsweredSurveyTakesNoAnswer() {
        linkOpens(invitation(NOW, null));
        assertThat(answers.submit(TOKEN, "5", "9", null, "10.0.0.1").status()).isEqualTo(SurveyOutcome.Status.EXPIRED);

        linkOpens(invitation(NOW.plusSeconds(60), NOW.minusSeconds(60)));
        assertThat(answers.submit(TOKEN, "5", "9", null, "10.0.0.1").status())
                .isEqualTo(SurveyOutcome.Status.ALREADY_ANSWERED);
        verify(invitations, never()).markAnswered(anyLong(), any());
    }

    @Test
    void anInvalidAnswerSaysWhyAndWritesNothing() {
        linkOpens(invitation(NOW.plusSeconds(60), null));

        SurveyOutcome outcome = answers.submit(TOKEN, "7", "", null, "10.0.0.1");

        assertThat(outcome.status()).isEqualTo(SurveyOutcome.Status.INVALID);
        assertThat(outcome.problems()).containsExactly(AnswerProblem.SATISFACTION_OUT_OF_RANGE,
                AnswerProblem.RECOMMEND_MISSING);
        verify(invitations, never()).markAnswered(anyLong(), any());
    }

    @Test
    void anAcceptedAnswerIsWrittenWithTheChangeForTheRollups() {
        Invitation open = invitation(NOW.plusSeconds(60), null);
        linkOpens(open);
        when(invitations.markAnswered(5, NOW)).thenReturn(true);
        when(answerStore.insert(open, AnswerChannel.LINK, NOW, 4, 10, "Great", true)).thenReturn(true);

        assertThat(answers.submit(TOKEN, "4", "10", " Great ", "10.0.0.1").status())
                .isEqualTo(SurveyOutcome.Status.ACCEPTED);
        verify(changes).answered(open, NOW, 4, 10);
        verify(followUps, never()).open(anyLong(), any(), any());
    }

    @Test
    void anUnhappyAnswerOpensItsFollowUpWithTheAnswer() {
        Invitation open = invitation(NOW.plusSeconds(60), null);
        linkOpens(open);
        when(invitations.markAnswered(5, NOW)).thenReturn(true);
        when(answerStore.insert(open, AnswerChannel.LINK, NOW, 2, null, null, false)).thenReturn(true);

        assertThat(answers.rate(TOKEN, "2", "10.0.0.1").status()).isEqualTo(SurveyOutcome.Status.FOLLOW_UP);
        verify(followUps).open(5, Segment.MEMBER, NOW);
    }

    @Test
    void aDetractorsRecommendationInTheFollowUpStepOpensTheFollowUp() {
        Invitation rated = invitation(NOW.plusSeconds(60), NOW.minusSeconds(5));
        linkOpens(rated);
        when(answerStore.awaitingFollowUp(5)).thenReturn(NOW.minusSeconds(5));
        when(answerStore.followUp(5, 6, "Late", NOW)).thenReturn(true);

        assertThat(answers.followUp(TOKEN, "6", "Late", "10.0.0.1").status()).isEqualTo(SurveyOutcome.Status.ACCEPTED);
        verify(followUps).open(5, Segment.MEMBER, NOW);
    }

    @Test
    void anAnswerRacingAnotherThroughASecondLinkCountsOnce() {
        linkOpens(invitation(NOW.plusSeconds(60), null));
        when(invitations.markAnswered(5, NOW)).thenReturn(false);

        assertThat(answers.submit(TOKEN, "4", "10", null, "10.0.0.1").status())
                .isEqualTo(SurveyOutcome.Status.ALREADY_ANSWERED);
        verify(answerStore, never()).insert(any(), any(), any(), anyInt(), any(), any(), anyBoolean());
        verify(changes, never()).answered(any(), any(), anyInt(), any());
    }

    @Test
    void submissionsAreLimitedPerAddressAndPerLink() {
        Answers limited = answers(new RateLimiter(3, 60000));
        for (int i = 0; i < 3; i++) {
            limited.submit("bad", "5", "9", null, "10.0.0.9");
        }
        assertThat(limited.submit(TOKEN, "5", "9", null, "10.0.0.9").status())
                .isEqualTo(SurveyOutcome.Status.TOO_MANY_ATTEMPTS);

        linkOpens(invitation(NOW.plusSeconds(60), null));
        for (int i = 0; i < 10; i++) {
            assertThat(answers.submit(TOKEN, "9", "9", null, "10.0.1." + i).status())
                    .isEqualTo(SurveyOutcome.Status.INVALID);
        }
        assertThat(answers.submit(TOKEN, "5", "9", null, "10.0.2.1").status())
                .isEqualTo(SurveyOutcome.Status.TOO_MANY_ATTEMPTS);
    }

    @Test
    void pageViewsAreLimitedPerAddressAndIpv6PerNetwork() {
        Answers limited = answers(new RateLimiter(3, 60000));
        linkOpens(invitation(NOW.plusSeconds(60), null));
        for (int i = 0; i < 3; i++) {
            assertThat(limited.open(TOKEN, "2001:db8:7:7::" + (i + 1)).status()).isEqualTo(SurveyOutcome.Status.OPEN);
        }
        assertThat(limited.open(TOKEN, "2001:db8:7:7:ffff::9").status()).as("the same /64")
                .isEqualTo(SurveyOutcome.Status.TOO_MANY_ATTEMPTS);
        assertThat(limited.open(TOKEN, "2001:db8:7:8::1").status()).as("another /64").isEqualTo(SurveyOutcome.Status.OPEN);
        assertThat(limited.submit(TOKEN, "5", "9", null, "2001:db8:7:7::1").status()).as("answers count apart")
                .isNotEqualTo(SurveyOutcome.Status.TOO_MANY_ATTEMPTS);
    }

    @Test
    void oneClickRecordsTheSatisfactionScoreAloneAndAsksForTheRest() {
        Invitation open = invitation(NOW.plusSeconds(60), null);
        linkOpens(open);
        when(invitations.markAnswered(5, NOW)).thenReturn(true);
        when(answerStore.insert(open, AnswerChannel.LINK, NOW, 2, null, null, false)).thenReturn(true);

        assertThat(answers.rate(TOKEN, "2", "10.0.0.1").status()).isEqualTo(SurveyOutcome.Status.FOLLOW_UP);
        verify(changes).answered(open, NOW, 2, null);
    }

    @Test
    void aSecondClickFromAnotherTabIsRefusedAndWritesNothing() {
        linkOpens(invitation(NOW.plusSeconds(60), NOW.minusSeconds(5)));
        when(answerStore.awaitingFollowUp(5)).thenReturn(NOW.minusSeconds(5));

        assertThat(answers.rate(TOKEN, "5", "10.0.0.1").status()).isEqualTo(SurveyOutcome.Status.ALREADY_ANSWERED);
        assertThat(answers.open(TOKEN).status()).as("the first tab goes on").isEqualTo(SurveyOutcome.Status.FOLLOW_UP);
        verify(invitations, never()).markAnswered(anyLong(), any());
        verify(answerStore, never()).insert(any(), any(), any(), anyInt(), any(), any(), anyBoolean());
    }

    @Test
    void theFollowUpAddsTheRecommendationDatedLikeTheAnswer() {
        Instant rated = NOW.minusSeconds(30);
        Invitation answered = invitation(NOW.plusSeconds(60), rated);
        linkOpens(answered);
        when(answerStore.awaitingFollowUp(5)).thenReturn(rated);
        when(answerStore.followUp(5, 3, "Late delivery", NOW)).thenReturn(true);

        assertThat(answers.followUp(TOKEN, "3", " Late delivery ", "10.0.0.1").status())
                .isEqualTo(SurveyOutcome.Status.ACCEPTED);
        verify(changes).recommended(answered, rated, 3);
    }

    @Test
    void aFollowUpWithACommentAloneChangesNoScore() {
        linkOpens(invitation(NOW.plusSeconds(60), NOW.minusSeconds(30)));
        when(answerStore.awaitingFollowUp(5)).thenReturn(NOW.minusSeconds(30));
        when(answerStore.followUp(5, null, "ok", NOW)).thenReturn(true);

        assertThat(answers.followUp(TOKEN, "", "ok", "10.0.0.1").status()).isEqualTo(SurveyOutcome.Status.ACCEPTED);
        verify(changes, never()).recommended(any(), any(), anyInt());
    }

    @Test
    void anEmptyFollowUpClosesTheAnswerWithoutAScore() {
        Invitation answered = invitation(NOW.plusSeconds(60), NOW.minusSeconds(30));
        linkOpens(answered);
        when(answerStore.awaitingFollowUp(5)).thenReturn(NOW.minusSeconds(30));
        when(answerStore.followUp(5, null, null, NOW)).thenReturn(true);

        assertThat(answers.followUp(TOKEN, null, "  ", "10.0.0.1").status()).isEqualTo(SurveyOutcome.Status.ACCEPTED);
        verify(answerStore).followUp(5, null, null, NOW);
        verify(changes, never()).recommended(any(), any(), anyInt());
    }

    @Test
    void aFollowUpIsTakenOnceAndOnlyAfterTheRating() {
        linkOpens(invitation(NOW.plusSeconds(60), null));
        SurveyOutcome notRated = answers.followUp(TOKEN, "9", null, "10.0.0.1");
        assertThat(notRated.status()).isEqualTo(SurveyOutcome.Status.INVALID);
        assertThat(notRated.problems()).containsExactly(AnswerProblem.SATISFACTION_MISSING);

        linkOpens(invitation(NOW.plusSeconds(60), NOW.minusSeconds(30)));
        when(answerStore.awaitingFollowUp(5)).thenReturn(null);
        assertThat(answers.followUp(TOKEN, "9", null, "10.0.0.1").status()).as("followed up before")
                .isEqualTo(SurveyOutcome.Status.ALREADY_ANSWERED);

        linkOpens(invitation(NOW, NOW.minusSeconds(30)));
        when(answerStore.awaitingFollowUp(5)).thenReturn(NOW.minusSeconds(30));
        assertThat(answers.followUp(TOKEN, "9", null, "10.0.0.1").status()).as("the link expired")
                .isEqualTo(SurveyOutcome.Status.ALREADY_ANSWERED);
        verify(answerStore, never()).followUp(anyLong(), any(), any(), any());
    }

    @Test
    void anInvalidFollowUpSaysWhyAndWritesNothing() {
        linkOpens(invitation(NOW.plusSeconds(60), NOW.minusSeconds(30)));
        when(answerStore.awaitingFollowUp(5)).thenReturn(NOW.minusSeconds(30));

        SurveyOutcome outcome = answers.followUp(TOKEN, "11", new String(new char[1001]).replace('\0', 'x'), "10.0.0.1");

        assertThat(outcome.status()).isEqualTo(SurveyOutcome.Status.INVALID);
        assertThat(outcome.problems()).containsExactly(AnswerProblem.RECOMMEND_OUT_OF_RANGE, AnswerProblem.COMMENT_TOO_LONG);
        verify(answerStore, never()).followUp(anyLong(), any(), any(), any());
    }
}
