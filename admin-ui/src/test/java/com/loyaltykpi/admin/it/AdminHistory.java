package com.loyaltykpi.admin.it;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.domain.CustomerAttributeImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.loyaltykpi.core.imports.ImportReport;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.incrementality.SimulatedShopFiles;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.survey.AnswerChannel;
import com.loyaltykpi.core.survey.Answers;
import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.Invitations;

/**
 * A small, seeded shop history for the admin console tests, written through the module's own paths: Broadleaf
 * customers (one with markup in the name, one with a loyalty card), enrolments through the API, fourteen months
 * of orders in two currencies through the orders import, survey answers to the recent orders through invitation
 * links (one comment carries a script tag), then an aggregation. Beside it, in currencies of its own (rand and
 * kwacha, after the others), a simulated shop of 2,000 customers over 2024-2025 whose program adds 20% more orders
 * and 10% larger baskets: enough members who join over months for the incremental-revenue estimate.
 */
final class AdminHistory {

    static final int CUSTOMERS = 24;
    static final int PLATFORM_ORDERS = 3000;
    static final String HOSTILE_NAME = "<b>Bold</b>";
    static final String HOSTILE_COMMENT = "<script>alert('x')</script> great & cheap";
    static final String CARD = "LK-000123";
    /** The simulated shop's currency, and its enrolments estimated by the tests. */
    static final String SIMULATED = "ZAR";
    static final LocalDate SIMULATED_FROM = SimulatedShopFiles.rangeFrom();
    static final LocalDate SIMULATED_TO = SimulatedShopFiles.rangeTo();

    private static AdminHistory history;

    final List<String> customerIds = new ArrayList<String>();
    String hostileCustomerId;
    String cardCustomerId;

    private AdminHistory() {
    }

    static synchronized AdminHistory of(AdminConsole console) {
        if (history == null) {
            history = new AdminHistory();
            history.seed(console);
        }
        return history;
    }

    private void seed(AdminConsole console) {
        Random random = new Random(42);
        CustomerService customers = console.bean("blCustomerService", CustomerService.class);
        TransactionTemplate tx = new TransactionTemplate(console.bean("blTransactionManager", PlatformTransactionManager.class));
        for (int i = 0; i < CUSTOMERS; i++) {
            final int n = i;
            Customer saved = tx.execute(status -> {
                Customer c = customers.createCustomerFromId(null);
                c.setUsername("member" + n);
                c.setEmailAddress("member" + n + "@example.com");
                c.setFirstName(n == 1 ? HOSTILE_NAME : "Customer");
                c.setLastName("Number" + n);
                c.setRegistered(true);
                if (n == 2) {
                    CustomerAttribute card = new CustomerAttributeImpl();
                    card.setName("loyaltyCardNumber");
                    card.setValue(CARD);
                    card.setCustomer(c);
                    c.getCustomerAttributes().put(card.getName(), card);
                }
                return customers.saveCustomer(c);
            });
            customerIds.add(String.valueOf(saved.getId()));
        }
        hostileCustomerId = customerIds.get(1);
        cardCustomerId = customerIds.get(2);

        // half of them join, a year ago or later (customers 0 and 3 stay out: the tests enrol them)
        Membership membership = console.bean("lkMembership", Membership.class);
        Instant now = Instant.now();
        for (int i = 4; i < CUSTOMERS; i += 2) {
            membership.enrol(customerIds.get(i), MembershipSource.API, now.minus(Duration.ofDays(360 - i * 10)));
        }

        StringBuilder csv = new StringBuilder("order_id,customer_id,submitted_at,currency,revenue,cost,status\n");
        List<String[]> recent = new ArrayList<String[]>();
        for (int o = 0; o < 600; o++) {
            Instant at = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 420))).truncatedTo(ChronoUnit.SECONDS);
            boolean guest = random.nextInt(5) == 0;
            String customer = guest ? "" : customerIds.get(random.nextInt(CUSTOMERS));
            String currency = random.nextInt(6) == 0 ? "EUR" : "USD";
            BigDecimal revenue = BigDecimal.valueOf(20 + random.nextInt(180) + random.nextInt(100) / 100.0).setScale(2, RoundingMode.HALF_UP);
            BigDecimal cost = revenue.multiply(BigDecimal.valueOf(0.55 + random.nextInt(20) / 100.0)).setScale(2, RoundingMode.HALF_UP);
            String status = random.nextInt(30) == 0 ? "CANCELLED" : "SUBMITTED";
            String id = "seed-" + o;
            csv.append(id).append(',').append(customer).append(',').append(at.atOffset(ZoneOffset.UTC)).append(',')
                    .append(currency).append(',').append(revenue.toPlainString()).append(',').append(cost.toPlainString())
                    .append(',').append(status).append('\n');
            if (at.isAfter(now.minus(Duration.ofDays(20))) && !guest) {
                recent.add(new String[] {id, customer, at.toString()});
            }
        }
        ImportReport report = console.bean("lkOrdersImport", OrdersImport.class)
                .importOrders(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), false);
        if (!report.applied()) {
            throw new IllegalStateException("seed orders refused: " + report);
        }

        Invitations invitations = console.bean("lkInvitations", Invitations.class);
        Answers answers = console.bean("lkAnswers", Answers.class);
        boolean hostileWritten = false;
        for (String[] order : recent) {
            Invitation invitation = invitations.forOrder(OrdersImport.ORIGIN, order[0], order[1], Instant.parse(order[2]));
            if (invitation == null) {
                continue;
            }
            String comment = hostileWritten ? "fine" : HOSTILE_COMMENT;
            hostileWritten = true;
            answers.submit(invitations.token(invitation, AnswerChannel.LINK), String.valueOf(2 + random.nextInt(4)),
                    String.valueOf(4 + random.nextInt(7)), comment, "127.0.0.1");
        }
        simulatedShop(console);
        console.bean("lkAggregator", Aggregator.class).aggregate();
        platformOrders(console, tx, random);
    }

    private static void simulatedShop(AdminConsole console) {
        SimulatedShopFiles shop = new SimulatedShopFiles(2026L, 2000, 0.2, 0.1, SIMULATED, "ZMW");
        ImportReport memberships = console.bean("lkMembershipsImport", MembershipsImport.class)
                .importMemberships(new ByteArrayInputStream(shop.membershipsCsv("adm-")), false);
        ImportReport orders = console.bean("lkOrdersImport", OrdersImport.class)
                .importOrders(new ByteArrayInputStream(shop.ordersCsv("adm-")), false);
        if (!memberships.applied() || !orders.applied()) {
            throw new IllegalStateException("simulated shop refused: " + memberships + "; " + orders);
        }
    }

    /**
     * Orders in Broadleaf's own tables, three years old, that the module has not recorded: what the backfill is
     * for. (Bare orders: no items, so they count as orders without revenue, outside every range the tests read.)
     */
    private void platformOrders(AdminConsole console, TransactionTemplate tx, Random random) {
        EntityManagerFactory emf = console.bean("entityManagerFactory", EntityManagerFactory.class);
        Instant threeYearsAgo = Instant.now().minus(Duration.ofDays(3 * 365));
        for (int chunk = 0; chunk < PLATFORM_ORDERS / 500; chunk++) {
            final int first = chunk * 500;
            tx.execute(status -> {
                EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(emf);
                BroadleafCurrency usd = em.find(BroadleafCurrencyImpl.class, "USD");
                for (int o = first; o < first + 500; o++) {
                    Order order = new OrderImpl();
                    order.setCustomer(em.find(CustomerImpl.class, Long.valueOf(customerIds.get(random.nextInt(CUSTOMERS)))));
                    order.setCurrency(usd);
                    order.setStatus(OrderStatus.SUBMITTED);
                    order.setOrderNumber("BL-" + o);
                    order.setSubmitDate(Date.from(threeYearsAgo.plus(Duration.ofMinutes(o))));
                    em.persist(order);
                }
                return null;
            });
        }
    }
}
