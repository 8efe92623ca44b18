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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The one reminder: off by default, sent for the invitations due to customers who can be reached. */
@ExtendWith(MockitoExtension.class)
class SurveyRemindersTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    @Mock
    private InvitationStore store;
    @Mock
    private Invitations invitations;
    @Mock
    private SurveyMailer mailer;
    @Mock
    private SurveyConfiguration configuration;

    private SurveyReminders reminders;

    @BeforeEach
    void wire() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SurveyMailing mailing = new SurveyMailing(store, invitations, mailer, new SurveyLinks("https://shop.example.com"),
                new DirectTransactions(), clock);
        reminders = new SurveyReminders(store, mailing, configuration, clock);
    }

    private static SurveySettings remindAfter(int days) {
        return new SurveySettings(30, 1.0, 90, 30, 1000, days);
    }

    @Test
    void remindersAreOffByDefault() {
        when(configuration.current()).thenReturn(SurveySettings.defaults());

        assertThat(reminders.run().sent()).isZero();
        verifyNoInteractions(store, mailer);
    }

    @Test
    void theInvitationsDueAreRemindedOnceWithALinkOfTheirOwnWhereAnEmailCanReach() {
        when(configuration.current()).thenReturn(remindAfter(3));
        Instant until = NOW.minus(Duration.ofDays(3));
        Invitation reachable = new Invitation(1, "c1", "broadleaf", "o1", InvitationChannel.CHECKOUT, Segment.MEMBER,
                until, NOW.plus(Duration.ofDays(27)), null);
        Invitation noAddress = new Invitation(2, "c2", "broadleaf", "o2", InvitationChannel.CHECKOUT, Segment.NON_MEMBER,
                until, NOW.plus(Duration.ofDays(27)), null);
        when(store.dueReminders(NOW, until.minus(SurveyReminders.LATE), until, NOW.minus(ClaimedSends.ABANDONED_CLAIM)))
                .thenReturn(Arrays.asList(reachable, noAddress));
        when(mailer.reachable(new HashSet<String>(Arrays.asList("c1", "c2")))).thenReturn(Collections.singleton("c1"));
        when(store.claim(SurveyMail.REMINDER, 1, NOW, NOW.minus(ClaimedSends.ABANDONED_CLAIM))).thenReturn(true);
        when(invitations.token(reachable, AnswerChannel.REMINDER)).thenReturn("R1");

        MailingReport report = reminders.run();

        assertThat(report.sent()).isEqualTo(1);
        verify(mailer).send(reachable, SurveyMail.REMINDER, "https://shop.example.com/loyalty/survey/R1");
        verify(store).markSent(SurveyMail.REMINDER, 1, NOW);
        verify(mailer, never()).send(eq(noAddress), any(), anyString());
    }

    @Test
    void aReminderComesBeforeTheLinkExpires() {
        assertThatThrownBy(() -> new SurveySettings(30, 1.0, 90, 7, 1000, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the survey link expires");
        assertThat(new SurveySettings(30, 1.0, 90, 7, 1000, 6).reminderDays()).isEqualTo(6);
    }
}
