package com.loyaltykpi.it.privacy;

import com.loyaltykpi.broadleaf.offers.OfferGroupAttribute;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.imports.ImportReport;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.kpi.KpiCsv;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.membership.MembershipChange;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.privacy.AccessExport;
import com.loyaltykpi.core.followup.FollowUp;
import com.loyaltykpi.core.followup.FollowUpStore;
import com.loyaltykpi.core.privacy.Erasure;
import com.loyaltykpi.core.privacy.Retention;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.survey.AnswerChannel;
import com.loyaltykpi.core.survey.Answers;
import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.InvitationStore;
import com.loyaltykpi.core.survey.Invitations;
import com.loyaltykpi.core.survey.SurveyOutcome;
import com.loyaltykpi.it.BroadleafShop;
import com.loyaltykpi.it.ShopScenarios;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The right to be forgotten and the right of access, in a real Broadleaf shop on each database: a member with a
 * history (imported orders before and after joining, live orders, a survey answer with a comment) and a guest who
 * answered are erased. Every KPI of every period, at every granularity, is the same before and after the erasure,
 * and after a full rebuild of the rollups; the customer's id is left in no table but the erasure's own and the
 * audit log; erasing twice changes nothing; the customer is never enrolled or invited again.
 */
public abstract class PrivacyScenarios extends ShopScenarios {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    /** The members column of the KPI CSV (docs/KPIS.md, export formats). */
    private static final int MEMBERS_COLUMN = 21;

    @Test
    void erasureKeepsEveryKpiAndLeavesNothingBehind() throws Exception {
        Product product = fixture.product("Privacy lamp", "40.00", "18.00");
        Customer member = fixture.register(false, null);
        String id = idOf(member);
        Instant joined = Instant.parse("2026-03-01T10:00:00Z");
        assertThat(membership.enrol(id, MembershipSource.API, joined)).isEqualTo(MembershipChange.ENROLLED);
        Customer other = fixture.register(false, null);
        importOrders("order_id,customer_id,submitted_at,currency,revenue,cost,status\n"
                + "P-" + id + "-1," + id + ",2026-02-10T09:00:00Z,USD,120.00,50.00,SUBMITTED\n"
                + "P-" + id + "-2," + id + ",2026-03-15T09:00:00Z,USD,80.00,30.00,SUBMITTED\n"
                + "P-" + id + "-3," + id + ",2026-03-16T11:00:00Z,USD,60.00,,SUBMITTED\n"
                + "P-" + id + "-4," + idOf(other) + ",2026-03-16T12:00:00Z,USD,45.00,20.00,SUBMITTED\n"
                + "P-" + id + "-5,,2026-03-16T13:00:00Z,USD,30.00,10.00,SUBMITTED\n");
        Order live = fixture.checkout(member, product);
        answer(live, "2", "3", "Ask for Maria, my neighbour");
        fixture.checkout(other, product);
        Order guestOrder = shop.inRequest(() -> {
            Order cart = fixture.cart(fixture.guest(), product);
            cart.setEmailAddress("Guest.Privacy@Example.com");
            return fixture.submit(cart);
        });
        answer(guestOrder, "2", "3", "Late again, call me on 555-0199");
        // both answers were unhappy: operators closed their follow-ups with notes about the person
        FollowUpStore followUps = shop.bean("lkFollowUpStore", FollowUpStore.class);
        for (FollowUp followUp : followUps.openOldestFirst(100000)) {
            if (String.valueOf(live.getId()).equals(followUp.answer().orderId())
                    || String.valueOf(guestOrder.getId()).equals(followUp.answer().orderId())) {
                assertThat(followUps.close(followUp.id(), "Spoke to Maria on 555-0199", "operator", Instant.now())).isTrue();
            }
        }
        assertThat(shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_SURVEY_FOLLOW_UP WHERE NOTE_TEXT LIKE '%Maria%'",
                Long.class)).isEqualTo(2);
        // the customer is in an offer group, which Broadleaf keeps as a customer attribute
        shop.bean("lkOfferGroupAttribute", OfferGroupAttribute.class).publish(Collections.singletonMap(id, "WINBACK"));
        assertThat(offerGroupAttributes(id)).isEqualTo(1);
        Aggregator aggregator = shop.bean("lkAggregator", Aggregator.class);
        aggregator.rebuild(); // from the facts as they are (other suites share this shop and edit its tables)
        String kpisBefore = everyKpi();
        Map<String, Object> before = shop.bean("lkAccessExport", AccessExport.class).of(id);
        assertThat(before.get("memberships").toString()).contains("API");
        assertThat((List<?>) before.get("orders")).hasSize(4);
        assertThat(before.get("surveyAnswers").toString()).contains("Ask for Maria");
        assertThat(before.get("surveyFollowUps").toString()).contains("Spoke to Maria");

        Erasure erasure = shop.bean("lkErasure", Erasure.class);
        assertThat(erasure.eraseCustomer(id, "privacy-test")).isPositive();
        assertThat(erasure.eraseGuest("guest.privacy@example.com", "privacy-test")).isEqualTo(1);
        aggregator.aggregate();

        assertThat(everyKpi()).as("every KPI after the erasure").isEqualTo(kpisBefore);
        aggregator.rebuild();
        assertThat(everyKpi()).as("every KPI after a rebuild").isEqualTo(kpisBefore);
        assertThat(tablesHolding(id)).as("tables still holding the customer's id").isEmpty();
        assertThat(offerGroupAttributes(id)).as("Broadleaf's copy of the offer group").isZero();
        assertThat(shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_SURVEY_ANSWER WHERE COMMENT_TEXT LIKE "
                + "'%555-0199%' OR COMMENT_TEXT LIKE '%Maria%'", Long.class)).as("comments left").isZero();
        assertThat(shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_SURVEY_FOLLOW_UP WHERE NOTE_TEXT LIKE '%Maria%'",
                Long.class)).as("operators' notes left").isZero();
        assertThat(shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE ORDER_ID = ? AND ORDER_NUMBER "
                + "IS NOT NULL", Long.class, String.valueOf(guestOrder.getId()))).as("the guest's order number").isZero();
        Map<String, Object> after = shop.bean("lkAccessExport", AccessExport.class).of(id);
        assertThat(after.get("erasedOnRequest")).isEqualTo(true);
        assertThat((List<?>) after.get("orders")).isEmpty();
        assertThat((List<?>) after.get("memberships")).isEmpty();

        // twice is harmless; never enrolled or invited again
        assertThat(erasure.eraseCustomer(id, "privacy-test")).isZero();
        aggregator.aggregate();
        assertThat(everyKpi()).isEqualTo(kpisBefore);
        assertThat(membership.enrol(id, MembershipSource.ADMIN)).isEqualTo(MembershipChange.ERASED);
        ImportReport reimport = shop.bean("lkMembershipsImport", MembershipsImport.class).importMemberships(
                new ByteArrayInputStream(("customer_id,enrolled_at,left_at,source\n" + id + ",2026-01-05T10:00:00Z,,IMPORT\n")
                        .getBytes(StandardCharsets.UTF_8)), false);
        assertThat(reimport.applied()).as("an import does not bring an erased customer back").isFalse();
        assertThat(reimport.rejected().get(0).reason()).contains("erased on request");
        Order later = fixture.checkout(member, product);
        assertThat(shop.bean("lkInvitationStore", InvitationStore.class).ofOrder(ORIGIN, String.valueOf(later.getId())))
                .as("an order after the erasure is not invited").isNull();
        assertThat(shop.jdbc().queryForList("SELECT ACTION FROM LK_AUDIT_EVENT WHERE ACTOR = 'privacy-test'",
                String.class)).containsExactly("ERASE", "ERASE_GUEST", "ERASE");
    }

    /** How many offer group attributes Broadleaf keeps for the customer (0 or 1). */
    private long offerGroupAttributes(String customerId) {
        return shop.jdbc().queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER_ATTRIBUTE WHERE CUSTOMER_ID = ? "
                + "AND NAME = 'loyaltyOfferGroup'", Long.class, Long.valueOf(customerId));
    }

    @Test
    void retentionPurgesOldCommentsLinksAndTokensAndKeepsTheAggregates() throws Exception {
        Product product = fixture.product("Retention lamp", "25.00", "10.00");
        Customer customer = fixture.register(true, null);
        Order order = fixture.checkout(customer, product);
        answer(order, "3", "6", "Ring twice, I am Carla");
        Aggregator aggregator = shop.bean("lkAggregator", Aggregator.class);
        aggregator.rebuild(); // from the facts as they are (other suites share this shop and edit its tables)
        String kpisBefore = everyKpi();
        Retention now = retention(Clock.systemUTC());
        now.purge();
        assertThat(commentsContaining("Carla")).as("nothing is older than 24 months yet").isEqualTo(1);

        Retention later = retention(Clock.offset(Clock.systemUTC(), Duration.ofDays(25 * 31)));
        assertThat(later.purge()).isPositive();

        assertThat(commentsContaining("Carla")).isZero();
        for (String table : new String[] {"LK_SURVEY_INVITATION", "LK_SURVEY_ANSWER"}) {
            assertThat(shop.jdbc().queryForObject("SELECT COUNT(*) FROM " + table + " WHERE CUSTOMER_ID = ? OR ORDER_ID = ?",
                    Long.class, idOf(customer), String.valueOf(order.getId()))).as(table).isZero();
        }
        assertThat(shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_SURVEY_TOKEN t JOIN LK_SURVEY_INVITATION i ON "
                + "i.ID = t.INVITATION_ID WHERE i.ORDER_ID = ?", Long.class, String.valueOf(order.getId()))).isZero();
        aggregator.rebuild();
        assertThat(everyKpi()).as("aggregates after the purge and a rebuild").isEqualTo(kpisBefore);
        assertThat(later.purge()).as("a second run finds nothing").isZero();
    }

    private Retention retention(Clock clock) {
        return new Retention(shop.jdbc(), 24, shop.bean("lkNewTransaction", TransactionTemplate.class), clock);
    }

    private long commentsContaining(String text) {
        return shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_SURVEY_ANSWER WHERE COMMENT_TEXT LIKE ?", Long.class,
                "%" + text + "%");
    }

    private void importOrders(String csv) {
        assertThat(shop.bean("lkOrdersImport", OrdersImport.class).importOrders(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false).applied()).isTrue();
    }

    /** Answers the order's survey through its link, as the shopper would. */
    private void answer(Order order, String satisfaction, String recommend, String comment) {
        OrderFact fact = factOf(order);
        Invitations invitations = shop.bean("lkInvitations", Invitations.class);
        Invitation invitation = invitations.forFact(fact);
        assertThat(invitation).as("invitation of order %s", order.getId()).isNotNull();
        String token = invitations.token(invitation, AnswerChannel.LINK);
        SurveyOutcome outcome = shop.bean("lkAnswers", Answers.class).submit(token, satisfaction, recommend, comment,
                "192.0.2.7");
        assertThat(outcome.status()).isEqualTo(SurveyOutcome.Status.ACCEPTED);
    }

    /**
     * Every KPI of every period since 2025, at every granularity and in both currencies, as CSV, with one figure
     * left out: the members at the end of a period that is not over (the erasure ends the membership today, so the
     * current month, quarter and year end with one member fewer); and every rollup row as stored (but rows of zeros).
     */
    private String everyKpi() throws Exception {
        KpiService kpis = shop.bean("lkKpiService", KpiService.class);
        StringBuilder all = new StringBuilder();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        for (Granularity granularity : Granularity.values()) {
            for (String currency : new String[] {BroadleafShop.USD, BroadleafShop.EUR}) {
                StringBuilder csv = new StringBuilder();
                KpiCsv.write(kpis.query(new KpiQuery(FROM, yesterday, granularity, currency)), csv);
                for (String line : csv.toString().split("\n")) {
                    all.append(withoutMembersOfCurrentPeriod(line, granularity)).append('\n');
                }
            }
        }
        // a rebuild also writes the empty segments that incremental aggregation never touched: rows of zeros
        all.append(shop.jdbc().queryForList("SELECT * FROM LK_ROLLUP WHERE ORDERS <> 0 OR CUSTOMERS <> 0 "
                + "ORDER BY GRANULARITY, PERIOD_START, SEGMENT, CURRENCY"));
        all.append(shop.jdbc().queryForList("SELECT * FROM LK_SURVEY_ROLLUP ORDER BY GRANULARITY, PERIOD_START, SEGMENT"));
        return all.toString();
    }

    private static String withoutMembersOfCurrentPeriod(String line, Granularity granularity) {
        String[] cells = line.split(",", -1);
        if (!cells[0].matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") || granularity.plus(LocalDate.parse(cells[0]), 1)
                .isBefore(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            return line;
        }
        cells[MEMBERS_COLUMN] = "(members at the end of a current period)";
        return String.join(",", cells);
    }

    /** The module's tables with a customer column still holding this id (the erasure's own record aside). */
    private List<String> tablesHolding(String customerId) {
        List<String> holding = new ArrayList<String>();
        for (String table : new String[] {"LK_ORDER_FACT", "LK_MEMBERSHIP", "LK_FACT_CHANGE", "LK_SURVEY_INVITATION",
                "LK_SURVEY_ANSWER"}) {
            if (shop.jdbc().queryForObject("SELECT COUNT(*) FROM " + table + " WHERE CUSTOMER_ID = ?", Long.class,
                    customerId) > 0) {
                holding.add(table);
            }
        }
        return holding;
    }
}
