package com.loyaltykpi.core.followup;

import com.loyaltykpi.core.support.ClaimedSends;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.support.DirectTransactions;
import com.loyaltykpi.core.support.MailingReport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Operators' alerts: none without recipients, one e-mail per follow-up, a failure counted and retried. */
@ExtendWith(MockitoExtension.class)
class FollowUpAlertsTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final List<String> OPERATORS = Arrays.asList("care@shop.example", "boss@shop.example");

    @Mock
    private FollowUpStore store;
    @Mock
    private AlertRecipients recipients;
    @Mock
    private AlertMailer mailer;

    private FollowUpAlerts alerts;

    @BeforeEach
    void wire() {
        alerts = new FollowUpAlerts(store, recipients, mailer, new DirectTransactions(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static FollowUp followUp(long id) {
        return new FollowUp(id, Segment.MEMBER, NOW.minusSeconds(900), new FollowUp.Answer(NOW.minusSeconds(900), "PAGE",
                "c1", "o1", "O-1", 1, 3, "Broken"), new FollowUp.Alert(null, 0, null), null, null, null);
    }

    private void due(FollowUp... followUps) {
        when(store.dueAlerts(NOW.minus(FollowUpAlerts.LATE), NOW.minus(FollowUpAlerts.SETTLE),
                NOW.minus(ClaimedSends.ABANDONED_CLAIM))).thenReturn(Arrays.asList(followUps));
    }

    @Test
    void withoutOperatorsNoAlertIsSent() {
        when(recipients.current()).thenReturn(Collections.<String>emptyList());

        assertThat(alerts.run().sent()).isZero();
        verifyNoInteractions(store, mailer);
    }

    @Test
    void aNodeThatSendsNoEmailClaimsNoAlert() {
        when(recipients.current()).thenReturn(OPERATORS);
        when(mailer.canSend()).thenReturn(false);

        assertThat(alerts.run().sent()).isZero();
        verifyNoInteractions(store);
    }

    @Test
    void eachClaimedFollowUpIsSentOnceToEveryOperator() {
        when(recipients.current()).thenReturn(OPERATORS);
        when(mailer.canSend()).thenReturn(true);
        FollowUp first = followUp(1);
        FollowUp taken = followUp(2);
        due(first, taken);
        when(store.claimAlert(1, NOW, NOW.minus(ClaimedSends.ABANDONED_CLAIM))).thenReturn(true);
        when(store.claimAlert(2, NOW, NOW.minus(ClaimedSends.ABANDONED_CLAIM))).thenReturn(false);

        MailingReport report = alerts.run();

        assertThat(report.sent()).isEqualTo(1);
        verify(mailer).send(OPERATORS, first);
        verify(mailer, never()).send(OPERATORS, taken);
        verify(store).alerted(1, NOW);
    }

    @Test
    void anAlertThatCouldNotBeSentCountsTheAttemptAndIsRetried() {
        when(recipients.current()).thenReturn(OPERATORS);
        when(mailer.canSend()).thenReturn(true);
        FollowUp pending = followUp(3);
        due(pending);
        when(store.claimAlert(3, NOW, NOW.minus(ClaimedSends.ABANDONED_CLAIM))).thenReturn(true);
        doThrow(new IllegalStateException("550 no such user bob@shop.example")).when(mailer).send(any(), any());

        MailingReport report = alerts.run();

        assertThat(report.failed()).isEqualTo(1);
        verify(store).alertFailed(3, "java.lang.IllegalStateException");
        verify(store, never()).alerted(3, NOW);
    }

    @Test
    void addressesAreSplitAndChecked() {
        List<String> addresses = AlertRecipients.split(" care@shop.example, boss@shop.example;\nthird@x.it ");
        assertThat(addresses).containsExactly("care@shop.example", "boss@shop.example", "third@x.it");
        assertThat(AlertRecipients.firstInvalid(addresses)).isNull();
        assertThat(AlertRecipients.firstInvalid(Arrays.asList("care@shop.example", "not-an-address"))).isEqualTo("not-an-address");
        assertThat(AlertRecipients.firstInvalid(Collections.singletonList("<script>@x.it"))).isEqualTo("<script>@x.it");
        assertThat(FollowUpRule.unhappy(2, null)).isTrue();
        assertThat(FollowUpRule.unhappy(3, 7)).isFalse();
        assertThat(FollowUpRule.unhappy(5, 6)).isTrue();
        assertThat(FollowUpRule.unhappy(null, null)).isFalse();
    }
}
