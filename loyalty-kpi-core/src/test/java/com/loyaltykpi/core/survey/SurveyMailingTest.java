package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.support.ClaimedSends;
import com.loyaltykpi.core.support.DirectTransactions;
import com.loyaltykpi.core.support.MailingReport;
import com.loyaltykpi.core.period.Segment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Survey e-mails: claimed before they are sent, marked once sent, given back when they could not be. */
@ExtendWith(MockitoExtension.class)
class SurveyMailingTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    @Mock
    private InvitationStore store;
    @Mock
    private Invitations invitations;
    @Mock
    private SurveyMailer mailer;

    private SurveyMailing mailing;

    @BeforeEach
    void wire() {
        mailing = new SurveyMailing(store, invitations, mailer, new SurveyLinks("https://shop.example.com/"),
                new DirectTransactions(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Invitation invitation(long id) {
        return new Invitation(id, "c" + id, null, null, InvitationChannel.WAVE, Segment.MEMBER, NOW, NOW, null);
    }

    @Test
    void eachClaimedEmailIsSentWithALinkOfItsChannelAndMarkedSent() {
        Invitation first = invitation(1);
        Invitation taken = invitation(2);
        when(store.claim(SurveyMail.INVITATION, 1, NOW, NOW.minus(ClaimedSends.ABANDONED_CLAIM))).thenReturn(true);
        when(store.claim(SurveyMail.INVITATION, 2, NOW, NOW.minus(ClaimedSends.ABANDONED_CLAIM))).thenReturn(false);
        when(invitations.token(first, AnswerChannel.LINK)).thenReturn("T1");

        MailingReport report = mailing.send(SurveyMail.INVITATION, Arrays.asList(first, taken));

        assertThat(report.sent()).isEqualTo(1);
        assertThat(report.failed()).isZero();
        verify(mailer).send(first, SurveyMail.INVITATION, "https://shop.example.com/loyalty/survey/T1");
        verify(store).markSent(SurveyMail.INVITATION, 1, NOW);
        verify(mailer, never()).send(eq(taken), any(), anyString());
    }

    @Test
    void anEmailThatCouldNotBeSentIsGivenBackForTheNextRun() {
        Invitation pending = invitation(2);
        when(store.claim(SurveyMail.INVITATION, 2, NOW, NOW.minus(ClaimedSends.ABANDONED_CLAIM))).thenReturn(true);
        when(invitations.token(pending, AnswerChannel.LINK)).thenReturn("T2");
        doThrow(new IllegalStateException("SMTP down")).when(mailer).send(any(), any(), anyString());

        MailingReport report = mailing.send(SurveyMail.INVITATION, Arrays.asList(pending));

        assertThat(report.sent()).isZero();
        assertThat(report.failed()).isEqualTo(1);
        verify(store, never()).markSent(any(), any(Long.class), any());
        verify(store).release(SurveyMail.INVITATION, 2);
    }
}
