package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.support.DirectTransactions;
import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.privacy.ErasureStore;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.money.Money;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The invitation rules: one per order, the frequency cap, the sampling rate, no invitation for old orders. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class InvitationsTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    @Mock
    private InvitationStore store;
    @Mock
    private SurveyChangeStore changes;
    @Mock
    private MembershipStore memberships;
    @Mock
    private SurveyConfiguration configuration;
    @Mock
    private ErasureStore erasures;
    @Mock
    private TokenSecret secret;

    private Invitations invitations;

    @BeforeEach
    void wire() {
        when(configuration.current()).thenReturn(SurveySettings.defaults());
        invitations = new Invitations(store, changes, memberships, configuration, new DirectTransactions(),
                Clock.fixed(NOW, ZoneOffset.UTC), erasures, secret);
    }

    private static OrderFact fact(String orderId, String customerId, Instant submittedAt, boolean member) {
        Money zero = Money.of(BigDecimal.ZERO, Currency.getInstance("EUR"));
        return new OrderFact("broadleaf", orderId, "N" + orderId, customerId, submittedAt, zero, zero, zero, null, member,
                FactStatus.SUBMITTED, null);
    }

    @Test
    void anOrderIsInvitedInTheSegmentOfItsFact() {
        when(store.insert(eq("c1"), eq("broadleaf"), eq("o1"), eq(InvitationChannel.CHECKOUT), eq(Segment.MEMBER),
                eq(NOW), eq(NOW.plus(Duration.ofDays(30))), isNull())).thenReturn(7L);

        Invitation invitation = invitations.forFact(fact("o1", "c1", NOW.minusSeconds(5), true));

        assertThat(invitation.id()).isEqualTo(7);
        assertThat(invitation.segment()).isEqualTo(Segment.MEMBER);
        verify(changes).invited(invitation);
    }

    @Test
    void anOrderWithAnInvitationKeepsIt() {
        Invitation existing = new Invitation(3, "c1", "broadleaf", "o1", InvitationChannel.CHECKOUT, Segment.NON_MEMBER,
                NOW, NOW, null);
        when(store.ofOrder("broadleaf", "o1")).thenReturn(existing);

        assertThat(invitations.forFact(fact("o1", "c1", NOW, false))).isSameAs(existing);
        verify(store, never()).insert(any(), any(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void aCustomerInvitedWithinTheCapIsNotInvitedAgain() {
        when(store.lastInvited("c1")).thenReturn(NOW.minus(Duration.ofDays(29)));
        assertThat(invitations.forFact(fact("o2", "c1", NOW, false))).isNull();

        when(store.lastInvited("c1")).thenReturn(NOW.minus(Duration.ofDays(30)).minusSeconds(1));
        when(store.insert(any(), any(), any(), any(), any(), any(), any(), any())).thenReturn(8L);
        assertThat(invitations.forFact(fact("o3", "c1", NOW, false))).isNotNull();
    }

    @Test
    void guestsAreNeverCapped() {
        when(store.insert(any(), any(), any(), any(), any(), any(), any(), any())).thenReturn(9L);

        assertThat(invitations.forFact(fact("o4", null, NOW, false)).customerId()).isNull();
        verify(store, never()).lastInvited(anyString());
    }

    @Test
    void ordersOlderThanALinkLivesAreNotInvited() {
        assertThat(invitations.forFact(fact("o5", "c2", NOW.minus(Duration.ofDays(31)), false))).isNull();
        verify(store, never()).insert(any(), any(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void anInvitationIssuedMeanwhileByAnotherNodeIsTheOneReturned() {
        Invitation winner = new Invitation(11, "c3", "broadleaf", "o6", InvitationChannel.CHECKOUT, Segment.MEMBER,
                NOW, NOW, null);
        when(store.ofOrder("broadleaf", "o6")).thenReturn(null, winner);
        when(store.insert(any(), any(), any(), any(), any(), any(), any(), any())).thenReturn(-1L);

        assertThat(invitations.forFact(fact("o6", "c3", NOW, true))).isSameAs(winner);
        verify(changes, never()).invited(any());
    }

    @Test
    void samplingKeepsTheRateEvenForConsecutiveIdsAndDecidesAlikeEveryTime() {
        int sampled = 0;
        for (int id = 1; id <= 100000; id++) {
            boolean in = Invitations.sampled(String.valueOf(id), 0.3);
            assertThat(Invitations.sampled(String.valueOf(id), 0.3)).isEqualTo(in);
            sampled += in ? 1 : 0;
        }
        assertThat(sampled).isBetween(29000, 31000);
        assertThat(Invitations.sampled("42", 0)).isFalse();
        assertThat(Invitations.sampled("42", 1)).isTrue();
    }

    @Test
    void anOrderOutsideTheSampleIsNotInvited() {
        when(configuration.current()).thenReturn(new SurveySettings(30, 0.0, 90, 30, 1000, 0));

        assertThat(invitations.forFact(fact("o7", "c4", NOW, false))).isNull();
    }
}
