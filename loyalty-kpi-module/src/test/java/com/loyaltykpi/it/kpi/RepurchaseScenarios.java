package com.loyaltykpi.it.kpi;

import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.repurchase.NpsGroup;
import com.loyaltykpi.core.repurchase.Repurchase;
import com.loyaltykpi.core.repurchase.Repurchases;
import com.loyaltykpi.it.ShopScenarios;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What customers bought in the 90 days after answering, against numbers computed by hand (in the comments), on the
 * shop's database, for answers of January 2013 in a currency (ZAR) the suites use only for 2012 and now. Two members
 * promoted the shop; one bought twice within the 90 days (and once before answering, once on day 95, once in EUR
 * and once cancelled: none of which count). Thirty non-members promoted it and bought 0, 1 or 2 orders of 10.00
 * each, ten of each; one non-member was a detractor and bought once. Answers without a recommendation, of guests
 * and of the last 90 days are not counted.
 */
public abstract class RepurchaseScenarios extends ShopScenarios {

    private static final Instant ANSWERED = Instant.parse("2013-01-10T12:00:00Z");
    private static final Instant JANUARY = Instant.parse("2013-01-01T00:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2013-02-01T00:00:00Z");

    private Repurchases repurchases;

    @BeforeEach
    void loadFixture() {
        repurchases = shop.bean("lkRepurchases", Repurchases.class);
        shop.bean("lkMembershipsImport", MembershipsImport.class).importMemberships(csv("customer_id,enrolled_at,left_at,"
                + "source\nrp-m1,2012-01-01T00:00:00Z,,REGISTRATION\nrp-m2,2012-01-01T00:00:00Z,,REGISTRATION\n"), false);
        StringBuilder orders = new StringBuilder("order_id,customer_id,submitted_at,currency,revenue,cost,status\n");
        order(orders, "rp-o1", "rp-m1", days(1), "ZAR", "50.00", "SUBMITTED");
        order(orders, "rp-o2", "rp-m1", days(89), "ZAR", "70.00", "SUBMITTED");
        order(orders, "rp-o3", "rp-m1", days(-1), "ZAR", "500.00", "SUBMITTED");   // before answering
        order(orders, "rp-o4", "rp-m1", days(95), "ZAR", "500.00", "SUBMITTED");   // after the 90 days
        order(orders, "rp-o5", "rp-m1", days(2), "EUR", "500.00", "SUBMITTED");    // another currency
        order(orders, "rp-o6", "rp-m1", days(3), "ZAR", "500.00", "CANCELLED");
        order(orders, "rp-o7", "rp-n1", days(10), "ZAR", "20.00", "SUBMITTED");
        for (int p = 0; p < 30; p++) {
            for (int o = 0; o < p % 3; o++) {
                order(orders, "rp-p" + p + "-" + o, "rp-p" + p, days(5 + o), "ZAR", "10.00", "SUBMITTED");
            }
        }
        assertThat(shop.bean("lkOrdersImport", OrdersImport.class).importOrders(csv(orders.toString()), false).applied())
                .isTrue();
        shop.jdbc().update("DELETE FROM LK_SURVEY_ANSWER WHERE CUSTOMER_ID LIKE 'rp-%' OR INVITATION_ID <= -2000");
        long invitation = -2000;
        answer(invitation--, "rp-m1", "MEMBER", ANSWERED, 10);
        answer(invitation--, "rp-m2", "MEMBER", ANSWERED, 9);
        answer(invitation--, "rp-n1", "NON_MEMBER", ANSWERED, 3);
        for (int p = 0; p < 30; p++) {
            answer(invitation--, "rp-p" + p, "NON_MEMBER", ANSWERED, 9 + p % 2);
        }
        answer(invitation--, "rp-m2", "MEMBER", ANSWERED, null);                         // no recommendation
        answer(invitation--, null, "NON_MEMBER", ANSWERED, 10);                          // a guest
        answer(invitation--, "rp-m2", "MEMBER", Instant.now().minusSeconds(86400), 10);  // 90 days not passed yet
    }

    @Test
    void ordersAndRevenueOfTheNinetyDaysAfterAnsweringPerGroupAndSegment() {
        List<Repurchase> rows = repurchases.of(JANUARY, FEBRUARY, "ZAR");

        // members who promoted: 2 answers; orders 2 + 0, revenue 120 + 0: means 1 and 60, too few for an interval
        Repurchase members = row(rows, NpsGroup.PROMOTER, Segment.MEMBER);
        assertThat(members.answers()).isEqualTo(2);
        assertThat(members.orders().mean()).isEqualTo(1.0);
        assertThat(members.revenue().mean()).isCloseTo(60.0, within(1e-9));
        assertThat(members.orders().hasInterval()).isFalse();
        // non-members who promoted: 30 answers, 0/1/2 orders ten times each (no skew: the plain interval): mean 1,
        // squares 50, variance 20/29,
        // half-width 1.96 x sqrt((20/29) / 30) = 0.297175; revenue ten times that
        Repurchase nonMembers = row(rows, NpsGroup.PROMOTER, Segment.NON_MEMBER);
        assertThat(nonMembers.answers()).isEqualTo(30);
        assertThat(nonMembers.orders().mean()).isCloseTo(1.0, within(1e-12));
        assertThat(nonMembers.orders().low()).isCloseTo(1 - 0.297175, within(1e-6));
        assertThat(nonMembers.orders().high()).isCloseTo(1 + 0.297175, within(1e-6));
        assertThat(nonMembers.revenue().low()).isCloseTo(10 - 2.97175, within(1e-5));
        // the detractor bought once, 20.00; nobody was passive
        Repurchase detractor = row(rows, NpsGroup.DETRACTOR, Segment.NON_MEMBER);
        assertThat(detractor.answers()).isEqualTo(1);
        assertThat(detractor.revenue().mean()).isCloseTo(20.0, within(1e-9));
        assertThat(row(rows, NpsGroup.PASSIVE, Segment.MEMBER).answers()).isZero();
        assertThat(Double.isNaN(row(rows, NpsGroup.PASSIVE, Segment.MEMBER).orders().mean())).isTrue();
    }

    @Test
    void answersWhoseNinetyDaysHaveNotPassedAreLeftOut() {
        List<Repurchase> untilNow = repurchases.of(JANUARY, Instant.now().plusSeconds(86400), "ZAR");

        assertThat(row(untilNow, NpsGroup.PROMOTER, Segment.MEMBER).answers()).isEqualTo(2);
        assertThat(repurchases.countedUntil(Instant.now().plusSeconds(86400)))
                .isBefore(Instant.now().minus(Repurchases.WINDOW).plusSeconds(60));
    }

    private void answer(long invitation, String customer, String segment, Instant at, Integer recommend) {
        shop.jdbc().update("INSERT INTO LK_SURVEY_ANSWER (INVITATION_ID, ANSWERED_AT, CHANNEL, SEGMENT, CUSTOMER_ID, "
                + "SATISFACTION, RECOMMEND) VALUES (?, ?, 'LINK', ?, ?, 4, ?)", invitation, at.toEpochMilli(), segment,
                customer, recommend);
    }

    private static void order(StringBuilder csv, String id, String customer, Instant at, String currency, String revenue,
                              String status) {
        csv.append(id).append(',').append(customer).append(',').append(at).append(',').append(currency).append(',')
                .append(revenue).append(",,").append(status).append('\n');
    }

    private static Instant days(int days) {
        return ANSWERED.plusSeconds(86400L * days);
    }

    private static Repurchase row(List<Repurchase> rows, NpsGroup group, Segment segment) {
        return rows.stream().filter(r -> r.group() == group && r.segment() == segment).findFirst().get();
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
