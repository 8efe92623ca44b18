package com.loyaltykpi.core.membership;

import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.SettingsStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class MembershipTest {

    private static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");

    @Mock
    private MembershipStore store;
    @Mock
    private CustomerDirectory customers;
    @Mock
    private TransactionTemplate transactions;
    @Mock
    private DataVersion dataVersion;
    @Mock
    private ErasedCustomers erasures;

    private Membership membership(String sources) {
        lenient().doAnswer(call -> ((TransactionCallback<?>) call.getArgument(0)).doInTransaction(null))
                .when(transactions).execute(any());
        return new Membership(store, customers, new MembershipSources(mock(SettingsStore.class), sources), dataVersion, transactions,
                Clock.fixed(NOW, ZoneOffset.UTC), erasures);
    }

    @Test
    void enrolsARegisteredCustomerNow() {
        when(customers.isRegistered("7")).thenReturn(true);
        when(store.open("7", MembershipSource.ADMIN, NOW)).thenReturn(true);

        assertThat(membership("ADMIN").enrol("7", MembershipSource.ADMIN)).isEqualTo(MembershipChange.ENROLLED);
        verify(dataVersion).bumpMembership(); // the KPIs' caches learn that membership changed
    }

    @Test
    void aMemberAlreadyStaysInTheirPeriod() {
        when(customers.isRegistered("7")).thenReturn(true);
        when(store.open("7", MembershipSource.API, NOW)).thenReturn(false);

        assertThat(membership("API").enrol("7", MembershipSource.API)).isEqualTo(MembershipChange.ALREADY_MEMBER);
    }

    @Test
    void aSwitchedOffSourceTouchesNothing() {
        assertThat(membership("ADMIN").enrol("7", MembershipSource.REGISTRATION)).isEqualTo(MembershipChange.SOURCE_DISABLED);
        assertThat(membership("ADMIN").leave("7", MembershipSource.LOYALTY_CARD)).isEqualTo(MembershipChange.SOURCE_DISABLED);
        verifyNoInteractions(store, customers);
    }

    @Test
    void guestsAndUnknownIdsNeverJoin() {
        when(customers.isRegistered("guest-1")).thenReturn(false);

        assertThat(membership("API").enrol("guest-1", MembershipSource.API)).isEqualTo(MembershipChange.NOT_REGISTERED);
        assertThat(membership("API").enrol(null, MembershipSource.API)).isEqualTo(MembershipChange.NOT_REGISTERED);
        assertThat(membership("API").isMemberAt(null, NOW)).isFalse();
    }

    @Test
    void leavingClosesTheOpenPeriod() {
        when(store.historyOf("7")).thenReturn(new MembershipHistory(Collections.singletonList(
                new MembershipPeriod("7", NOW.minusSeconds(3600), null, MembershipSource.REGISTRATION, null))));
        when(store.close("7", MembershipSource.ACCOUNT_PAGE, NOW)).thenReturn(true);

        assertThat(membership("ACCOUNT_PAGE").leave("7", MembershipSource.ACCOUNT_PAGE)).isEqualTo(MembershipChange.LEFT);
        verify(store).close("7", MembershipSource.ACCOUNT_PAGE, NOW);
    }

    @Test
    void leavingWithoutAnOpenPeriodChangesNothing() {
        when(store.historyOf("7")).thenReturn(MembershipHistory.none());

        assertThat(membership("ADMIN").leave("7", MembershipSource.ADMIN)).isEqualTo(MembershipChange.NOT_A_MEMBER);
    }

    @Test
    void leavingBeforeEnrollingIsRefused() {
        when(store.historyOf("7")).thenReturn(new MembershipHistory(Collections.singletonList(
                new MembershipPeriod("7", NOW, null, MembershipSource.REGISTRATION, null))));

        assertThatThrownBy(() -> membership("ADMIN").leave("7", MembershipSource.ADMIN, NOW.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before enrolling");
    }
}
