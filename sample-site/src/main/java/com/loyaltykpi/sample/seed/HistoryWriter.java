package com.loyaltykpi.sample.seed;

import com.loyaltykpi.core.imports.ImportReport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.privacy.ErasureStore;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.core.payoff.ProgramCosts;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.survey.AnswerChannel;
import com.loyaltykpi.core.survey.AnswerStore;
import com.loyaltykpi.core.followup.FollowUpStore;
import com.loyaltykpi.core.survey.Answers;
import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.InvitationStore;
import com.loyaltykpi.core.survey.Invitations;
import com.loyaltykpi.core.survey.RateLimiter;
import com.loyaltykpi.core.survey.TokenSecret;
import com.loyaltykpi.core.survey.SurveyChangeStore;
import com.loyaltykpi.core.survey.SurveyConfiguration;
import com.loyaltykpi.core.survey.SurveyOutcome;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a {@link HistoryPlan} through the paths a real shop's history takes: customers through Broadleaf's
 * registration, enrolments and departures through the module's membership service at their moments, the orders
 * through the module's orders import (orders.csv, as an operator imports a previous system's history), and the
 * survey through the module's invitation and answer services living through the history on a replayed clock.
 */
final class HistoryWriter {

    private static final String PASSWORD = "coffee123";

    private final ApplicationContext site;
    private final Consumer<String> progress;
    private String[] customerIds;

    HistoryWriter(ApplicationContext site, Consumer<String> progress) {
        this.site = site;
        this.progress = progress;
    }

    void write(HistoryPlan plan) {
        customerIds = new String[plan.customers.size()];
        registerCustomers(plan);
        memberships(plan);
        importOrders(plan);
        answers(plan);
        programCosts(plan);
        site.getBean("lkAggregator", Aggregator.class).aggregate();
        progress.accept("KPI tables aggregated");
    }

    /**
     * What the program costs, for the dashboard's payoff: a fixed cost per month and rewards in each month since the
     * launch, in both currencies (an operator enters them in Loyalty, Settings).
     */
    private void programCosts(HistoryPlan plan) {
        YearMonth last = YearMonth.from(plan.end.atOffset(ZoneOffset.UTC));
        Map<YearMonth, BigDecimal> rewards = new HashMap<YearMonth, BigDecimal>();
        for (YearMonth month = YearMonth.from(plan.launch.atOffset(ZoneOffset.UTC)); !month.isAfter(last); month = month.plusMonths(1)) {
            rewards.put(month, new BigDecimal("40.00"));
        }
        ProgramCosts costs = site.getBean("lkProgramCosts", ProgramCosts.class);
        costs.save("USD", new BigDecimal("60.00"), rewards);
        costs.save("EUR", new BigDecimal("30.00"), Collections.<YearMonth, BigDecimal>emptyMap());
        progress.accept("program costs entered (fixed per month and rewards)");
    }

    private void registerCustomers(HistoryPlan plan) {
        CustomerService customers = site.getBean("blCustomerService", CustomerService.class);
        for (HistoryPlan.Customer planned : plan.customers) {
            Customer customer = customers.createCustomerFromId(null);
            customer.setUsername(planned.email);
            customer.setEmailAddress(planned.email);
            customer.setFirstName(planned.firstName);
            customer.setLastName(planned.lastName);
            customerIds[planned.index] = String.valueOf(customers.registerCustomer(customer, PASSWORD, PASSWORD).getId());
        }
        progress.accept(plan.customers.size() + " customers registered (password " + PASSWORD + ")");
    }

    private void memberships(HistoryPlan plan) {
        Membership membership = site.getBean("lkMembership", Membership.class);
        int members = 0;
        for (HistoryPlan.Customer planned : plan.customers) {
            if (planned.joinedAt == null) {
                continue;
            }
            String id = customerIds[planned.index];
            membership.enrol(id, planned.joinedAtRegistration ? MembershipSource.REGISTRATION : MembershipSource.ACCOUNT_PAGE,
                    planned.joinedAt);
            members++;
            if (planned.leftAt != null) {
                membership.leave(id, MembershipSource.ACCOUNT_PAGE, planned.leftAt);
            }
        }
        progress.accept(members + " members enrolled since the program's launch on "
                + plan.launch.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private void importOrders(HistoryPlan plan) {
        StringBuilder csv = new StringBuilder("order_id,customer_id,submitted_at,currency,revenue,cost,status\n");
        for (HistoryPlan.Order order : plan.orders) {
            csv.append(order.id).append(',').append(order.customer < 0 ? "" : customerIds[order.customer]).append(',')
                    .append(order.at.atOffset(ZoneOffset.UTC)).append(',').append(order.currency).append(',')
                    .append(order.revenue.toPlainString()).append(',').append(order.cost.toPlainString()).append(',')
                    .append(order.cancelled ? "CANCELLED" : "SUBMITTED").append('\n');
        }
        ImportReport report = site.getBean("lkOrdersImport", OrdersImport.class)
                .importOrders(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), false);
        if (!report.applied()) {
            throw new IllegalStateException("the sample's orders were refused: " + report);
        }
        progress.accept(plan.orders.size() + " orders imported (two years, two currencies, guests and cancellations)");
    }

    private void answers(HistoryPlan plan) {
        ReplayClock clock = new ReplayClock(plan.start);
        TransactionTemplate newTransaction = site.getBean("lkNewTransaction", TransactionTemplate.class);
        SurveyConfiguration configuration = site.getBean("lkSurveyConfiguration", SurveyConfiguration.class);
        InvitationStore invitationStore = site.getBean("lkInvitationStore", InvitationStore.class);
        SurveyChangeStore changes = site.getBean("lkSurveyChangeStore", SurveyChangeStore.class);
        Invitations invitations = new Invitations(invitationStore, changes, site.getBean("lkMembershipStore", MembershipStore.class),
                configuration, newTransaction, clock, site.getBean("lkErasureStore", ErasureStore.class),
                new TokenSecret(site.getBean("lkSettingsStore", SettingsStore.class), newTransaction));
        RateLimiter unlimited = new RateLimiter(Integer.MAX_VALUE, 60000);
        Answers answers = new Answers(invitationStore, site.getBean("lkAnswerStore", AnswerStore.class), changes,
                site.getBean("lkFollowUpStore", FollowUpStore.class), configuration, unlimited, unlimited, newTransaction,
                clock);
        int invited = 0;
        int answered = 0;
        for (HistoryPlan.Order order : plan.orders) {
            if (order.cancelled) {
                continue;
            }
            clock.set(order.at.plus(Duration.ofMinutes(1)));
            String customerId = order.customer < 0 ? null : customerIds[order.customer];
            Invitation invitation = invitations.forOrder(OrdersImport.ORIGIN, order.id, customerId, order.at);
            if (invitation == null) {
                continue; // the survey's cap: this customer was asked recently
            }
            invited++;
            if (order.answer == null) {
                continue;
            }
            String token = invitations.token(invitation, AnswerChannel.LINK);
            clock.set(order.at.plus(order.answer.after));
            SurveyOutcome outcome = answers.submit(token, String.valueOf(order.answer.satisfaction),
                    String.valueOf(order.answer.recommend), order.answer.comment, "127.0.0.1");
            if (outcome.status() == SurveyOutcome.Status.ACCEPTED) {
                answered++;
            }
        }
        progress.accept(invited + " survey invitations, " + answered + " answers");
        closeFollowUps(site.getBean("lkJdbcTemplate", JdbcTemplate.class), plan.start);
    }

    /**
     * The history's unhappy answers opened follow-ups: an operator closed each within half an hour to three days,
     * with a note (spread by the follow-up's id, so every seed writes the same); those of the last three days stay
     * open, as a shop's would.
     */
    private void closeFollowUps(JdbcTemplate jdbc, Instant historyStart) {
        int closed = jdbc.update("UPDATE LK_SURVEY_FOLLOW_UP SET CLOSED_AT = OPENED_AT + 1800000 + MOD(ID * 7919, 72) "
                + "* 3600000, CLOSED_BY = 'sample', NOTE_TEXT = CASE MOD(ID, 3) WHEN 0 THEN 'Called the customer and "
                + "apologised; sent a voucher.' WHEN 1 THEN 'Replied by e-mail; the parcel was found and delivered.' "
                + "ELSE 'Refunded the shipping and thanked them for telling us.' END WHERE CLOSED_AT IS NULL AND "
                + "OPENED_AT >= ? AND OPENED_AT < ?", historyStart.toEpochMilli(),
                Instant.now().minus(Duration.ofDays(3)).toEpochMilli());
        progress.accept(closed + " follow-ups of unhappy answers closed by the sample's operators");
    }
}
