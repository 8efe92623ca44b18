package com.loyaltykpi.it.membership;

import com.loyaltykpi.broadleaf.membership.CustomerAttributes;
import com.loyaltykpi.broadleaf.membership.CustomerMembershipSync;
import com.loyaltykpi.broadleaf.offers.OfferGroupAttribute;
import com.loyaltykpi.core.membership.CustomerDirectory;
import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipChange;
import com.loyaltykpi.core.membership.MembershipHistory;
import com.loyaltykpi.core.membership.MembershipPeriod;
import com.loyaltykpi.core.membership.MembershipSources;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.privacy.ErasureStore;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.it.RecordingAppender;
import com.loyaltykpi.it.ShopFixture;
import com.loyaltykpi.it.ShopScenarios;

import org.broadleafcommerce.common.rule.MvelHelper;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Membership as a history per customer, fed by registration, the loyalty card, the account page, admins and code. */
public abstract class MembershipScenarios extends ShopScenarios {

    @Test
    void optInAtRegistrationEnrolsTheCustomer() {
        Customer customer = fixture.register(true, null);

        MembershipHistory history = membership.history(idOf(customer));
        assertThat(history.periods()).hasSize(1);
        assertThat(history.openPeriod().source()).isEqualTo(MembershipSource.REGISTRATION);
        assertThat(membership.isMember(idOf(customer))).isTrue();
    }

    @Test
    void registrationWithoutOptInDoesNotEnrol() {
        Customer customer = fixture.register(false, null);

        assertThat(membership.history(idOf(customer)).periods()).isEmpty();
    }

    @Test
    void switchedOffSourceChangesNothing() {
        Customer customer = fixture.register(false, null);
        Membership adminOnly = new Membership(shop.bean("lkMembershipStore", MembershipStore.class), directory(),
                new MembershipSources(nothingStored(), "ADMIN"), shop.bean("lkDataVersion", DataVersion.class),
                shop.bean("lkNewTransaction", TransactionTemplate.class), Clock.systemUTC(),
                shop.bean("lkErasureStore", ErasureStore.class));

        assertThat(adminOnly.enrol(idOf(customer), MembershipSource.REGISTRATION)).isEqualTo(MembershipChange.SOURCE_DISABLED);
        assertThat(adminOnly.enrol(idOf(customer), MembershipSource.ADMIN)).isEqualTo(MembershipChange.ENROLLED);
        assertThat(adminOnly.leave(idOf(customer), MembershipSource.ACCOUNT_PAGE)).isEqualTo(MembershipChange.SOURCE_DISABLED);
        assertThat(membership.isMember(idOf(customer))).isTrue();
    }

    @Test
    void loyaltyCardNumberEnrolsAndRemovingItEndsThatMembership() throws Exception {
        Customer customer = fixture.register(false, null);

        fixture.updateAttribute(customer.getId(), ShopFixture.CARD, "LC-0001");
        sync().sweep(); // an attribute edit alone does not make Broadleaf publish a customer event
        assertThat(membership.history(idOf(customer)).openPeriod().source()).isEqualTo(MembershipSource.LOYALTY_CARD);

        fixture.updateAttribute(customer.getId(), ShopFixture.CARD, null);
        sync().sweep();
        MembershipPeriod ended = membership.history(idOf(customer)).periods().get(0);
        assertThat(ended.open()).isFalse();
        assertThat(ended.leftThrough()).isEqualTo(MembershipSource.LOYALTY_CARD);
        assertThat(RecordingAppender.recorded("HHH000174")).as("Hibernate's warning on a TRIM in JPQL").isEmpty();
    }

    @Test
    void cardGivenAtRegistrationEnrols() {
        Customer customer = fixture.register(false, "LC-0002");

        assertThat(membership.isMember(idOf(customer))).isTrue();
    }

    @Test
    void removingACardDoesNotEndAMembershipTheCardDidNotBegin() throws Exception {
        Customer customer = fixture.register(true, null);
        fixture.updateAttribute(customer.getId(), ShopFixture.CARD, "LC-0003");
        sync().sweep();

        fixture.updateAttribute(customer.getId(), ShopFixture.CARD, null);
        sync().sweep();

        assertThat(membership.history(idOf(customer)).openPeriod().source()).isEqualTo(MembershipSource.REGISTRATION);
    }

    @Test
    void optInWhoseEnrolmentWasLostIsEnrolledByTheSweepAsOfRegistration() {
        Customer customer = fixture.register(true, null);
        shop.jdbc().update("DELETE FROM LK_MEMBERSHIP WHERE CUSTOMER_ID = ?", idOf(customer));

        sync().sweep();

        MembershipPeriod period = membership.history(idOf(customer)).openPeriod();
        assertThat(period.source()).isEqualTo(MembershipSource.REGISTRATION);
        // as Broadleaf stored the creation date: MariaDB's DATETIME keeps whole seconds
        assertThat(period.enrolledAt().toEpochMilli()).isCloseTo(customer.getAuditable().getDateCreated().getTime(),
                org.assertj.core.data.Offset.offset(1000L));
    }

    @Test
    void sweepLeavesAlonePeopleWhoOptedInAndLaterLeft() {
        String customer = idOf(fixture.register(true, null));
        membership.leave(customer, MembershipSource.ACCOUNT_PAGE);

        sync().sweep();

        assertThat(membership.isMember(customer)).isFalse();
    }

    @Test
    void customerWhoLeavesAndRejoinsHasTwoPeriods() {
        String customer = idOf(fixture.register(true, null));

        assertThat(membership.leave(customer, MembershipSource.ACCOUNT_PAGE)).isEqualTo(MembershipChange.LEFT);
        assertThat(membership.leave(customer, MembershipSource.ACCOUNT_PAGE)).isEqualTo(MembershipChange.NOT_A_MEMBER);
        assertThat(membership.enrol(customer, MembershipSource.ADMIN)).isEqualTo(MembershipChange.ENROLLED);
        assertThat(membership.enrol(customer, MembershipSource.API)).isEqualTo(MembershipChange.ALREADY_MEMBER);

        List<MembershipPeriod> periods = membership.history(customer).periods();
        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).source()).isEqualTo(MembershipSource.REGISTRATION);
        assertThat(periods.get(0).leftThrough()).isEqualTo(MembershipSource.ACCOUNT_PAGE);
        assertThat(periods.get(1).source()).isEqualTo(MembershipSource.ADMIN);
        assertThat(periods.get(1).open()).isTrue();
    }

    @Test
    void membershipIsAnsweredAtAnyInstant() {
        String customer = idOf(fixture.register(false, null));
        Instant enrolled = Instant.parse("2025-03-01T10:00:00Z");
        Instant left = Instant.parse("2025-06-01T10:00:00Z");
        membership.enrol(customer, MembershipSource.IMPORT, enrolled);
        membership.leave(customer, MembershipSource.ADMIN, left);

        assertThat(membership.isMemberAt(customer, enrolled.minusMillis(1))).isFalse();
        assertThat(membership.isMemberAt(customer, enrolled)).isTrue();
        assertThat(membership.isMemberAt(customer, left.minusMillis(1))).isTrue();
        assertThat(membership.isMemberAt(customer, left)).isFalse();
    }

    @Test
    void leavingBeforeEnrollingIsRefused() {
        String customer = idOf(fixture.register(true, null));

        assertThatThrownBy(() -> membership.leave(customer, MembershipSource.ADMIN, Instant.parse("2000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before enrolling");
        assertThat(membership.isMember(customer)).isTrue();
    }

    @Test
    void theOfferGroupIsACustomerAttributeAnOffersCustomerRuleReads() throws Exception {
        Customer targeted = fixture.register(false, null);
        Customer heldOut = fixture.register(false, null);
        OfferGroupAttribute attribute = new OfferGroupAttribute(shop.bean("entityManagerFactory",
                EntityManagerFactory.class), "loyaltyOfferGroup");
        Map<String, String> groups = new LinkedHashMap<String, String>();
        groups.put(idOf(targeted), "WINBACK");
        groups.put(idOf(heldOut), null);
        groups.put("imported-7", "WINBACK"); // not a Broadleaf customer: left alone
        attribute.publish(groups);
        attribute.publish(groups); // told twice: the same

        assertThat(groupAndRule(targeted)).isEqualTo("WINBACK true");
        assertThat(groupAndRule(heldOut)).isEqualTo("null false");

        attribute.publish(Collections.<String, String>singletonMap(idOf(targeted), null)); // left the group
        assertThat(groupAndRule(targeted)).isEqualTo("null false");
    }

    /** The customer's offer group attribute as Broadleaf loads it, and whether the documented offer rule matches. */
    private String groupAndRule(Customer customer) throws Exception {
        CustomerService customers = shop.bean("blCustomerService", CustomerService.class);
        String rule = OfferGroupAttribute.customerRule("loyaltyOfferGroup", "WINBACK");
        return shop.inRequest(() -> {
            Customer loaded = customers.readCustomerById(customer.getId());
            return CustomerAttributes.valueOf(loaded, "loyaltyOfferGroup") + " "
                    + MvelHelper.evaluateRule(rule, Collections.<String, Object>singletonMap("customer", loaded));
        });
    }

    @Test
    void deactivatedCustomerCannotJoin() throws Exception {
        Customer customer = fixture.register(false, null);
        CustomerService customers = shop.bean("blCustomerService", CustomerService.class);
        shop.inRequest(() -> {
            Customer loaded = customers.readCustomerById(customer.getId());
            loaded.setDeactivated(true);
            return customers.saveCustomer(loaded);
        });

        assertThat(membership.enrol(idOf(customer), MembershipSource.ADMIN)).isEqualTo(MembershipChange.NOT_REGISTERED);
    }

    @Test
    void concurrentEnrolmentsOpenOnePeriod() throws Exception {
        final String customer = idOf(fixture.register(false, null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MembershipChange>> results = new ArrayList<Future<MembershipChange>>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit((Callable<MembershipChange>) () -> membership.enrol(customer, MembershipSource.ADMIN)));
            }
            int enrolled = 0;
            for (Future<MembershipChange> result : results) {
                enrolled += result.get() == MembershipChange.ENROLLED ? 1 : 0;
            }
            assertThat(enrolled).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(membership.history(customer).periods()).hasSize(1);
    }

    private CustomerMembershipSync sync() {
        return shop.bean("lkCustomerMembershipSync", CustomerMembershipSync.class);
    }

    private CustomerDirectory directory() {
        CustomerService customers = shop.bean("blCustomerService", CustomerService.class);
        return id -> {
            Customer customer = customers.readCustomerById(Long.valueOf(id));
            return customer != null && customer.isRegistered();
        };
    }

    @Test
    void membersAtBoundariesAreCountedAlikeByIntervalsAndBySlots() {
        MembershipStore store = shop.bean("lkMembershipStore", MembershipStore.class);
        Instant day = Instant.parse("2026-02-10T00:00:00Z");
        String prefix = "count-" + System.nanoTime() + "-";
        for (int i = 0; i < 6; i++) {
            Instant enrolled = day.plusSeconds(i * 37 * 60L);
            Instant left = i % 2 == 0 ? enrolled.plusSeconds(3 * 3600L + i * 60L) : null;
            store.insert(new MembershipPeriod(prefix + i, enrolled, left, MembershipSource.API, left == null ? null : MembershipSource.API));
        }
        long[] boundaries = new long[100]; // beyond the few a dashboard asks for: counted by 15-minute slot
        for (int i = 0; i < boundaries.length; i++) {
            boundaries[i] = day.minusSeconds(7200).plusSeconds(i * 900L).toEpochMilli();
        }
        List<Long[]> periods = shop.jdbc().query("SELECT ENROLLED_AT, LEFT_AT FROM LK_MEMBERSHIP",
                (rs, n) -> new Long[] {rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2)});
        long[] enrolledExpected = new long[boundaries.length];
        long[] leftExpected = new long[boundaries.length];
        for (int i = 0; i < boundaries.length; i++) {
            for (Long[] period : periods) {
                enrolledExpected[i] += period[0] < boundaries[i] ? 1 : 0;
                leftExpected[i] += period[1] != null && period[1] < boundaries[i] ? 1 : 0;
            }
        }
        assertThat(store.enrolledBefore(boundaries)).containsExactly(enrolledExpected);
        assertThat(store.leftBefore(boundaries)).containsExactly(leftExpected);
        long[] few = java.util.Arrays.copyOfRange(boundaries, 0, 30); // a dashboard's few: one count per interval
        assertThat(store.enrolledBefore(few)).containsExactly(java.util.Arrays.copyOfRange(enrolledExpected, 0, 30));
        assertThat(store.leftBefore(few)).containsExactly(java.util.Arrays.copyOfRange(leftExpected, 0, 30));
        assertThat(enrolledExpected[99] - enrolledExpected[0]).isGreaterThanOrEqualTo(6);
    }

    /** Settings with nothing stored: the sources are the defaults given. */
    private static SettingsStore nothingStored() {
        return new SettingsStore(null) {
            @Override
            public String get(String name) {
                return null;
            }
        };
    }
}
