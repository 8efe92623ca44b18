package com.loyaltykpi.bench;

import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.money.Money;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.TransactionStatus;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

/**
 * Synthetic facts for the benchmarks, from a fixed seed: two years of orders in submission order, one customer
 * for ten orders (a few buy much more often than most), 15% guest orders, a fifth of registered customers joining
 * the program over its first thirteen months, 5% of orders in USD, a fifth of orders without known cost.
 */
public final class SyntheticFacts {

    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    static final LocalDate LAUNCH = LocalDate.of(2024, 6, 1);
    static final LocalDate LAST_ENROLMENT = LAUNCH.plusMonths(7);
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final int BATCH = 10000;

    private final Random random;
    private final int facts;
    private final int customers;
    private final long[] enrolledAt;
    private int members;

    public SyntheticFacts(long seed, int facts) {
        this.random = new Random(seed);
        this.facts = facts;
        this.customers = Math.max(10, facts / 10);
        this.enrolledAt = new long[customers];
        long launch = LAUNCH.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long span = LAUNCH.plusMonths(13).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - launch;
        for (int c = 0; c < customers; c++) {
            enrolledAt[c] = random.nextInt(5) == 0 ? launch + (long) (random.nextDouble() * span) : Long.MAX_VALUE;
            members += enrolledAt[c] == Long.MAX_VALUE ? 0 : 1;
        }
    }

    public int customers() {
        return customers;
    }

    public int members() {
        return members;
    }

    /** Inserts the memberships and the facts in batches; returns the number of facts. */
    public int load(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Object[]> periods = new ArrayList<Object[]>();
        for (int c = 0; c < customers; c++) {
            if (enrolledAt[c] != Long.MAX_VALUE) {
                periods.add(new Object[] {"c" + c, enrolledAt[c], "REGISTRATION", 0L});
            }
            if (periods.size() == BATCH || c == customers - 1) {
                jdbc.batchUpdate("INSERT INTO LK_MEMBERSHIP (CUSTOMER_ID, ENROLLED_AT, SOURCE, OPEN_GUARD) VALUES (?, ?, ?, ?)", periods);
                periods.clear();
            }
        }
        long first = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long span = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - first - 86_400_000L;
        OrderFactStore store = new OrderFactStore(jdbc);
        List<OrderFact> batch = new ArrayList<OrderFact>();
        for (int i = 0; i < facts; i++) {
            batch.add(fact("o" + i, first + span * i / facts));
            if (batch.size() == BATCH || i == facts - 1) {
                store.insertAll(batch, Instant.now());
                batch.clear();
            }
        }
        return facts;
    }

    private OrderFact fact(String orderId, long at) {
        boolean guest = random.nextInt(100) < 15;
        int customer = (int) (customers * Math.pow(random.nextDouble(), 2)); // a few customers buy far more often
        Currency currency = random.nextInt(20) == 0 ? USD : EUR;
        Money revenue = Money.of(BigDecimal.valueOf(500 + random.nextInt(29500), 2), currency);
        boolean costKnown = random.nextInt(5) != 0;
        Money cost = costKnown ? Money.of(revenue.amount().multiply(new BigDecimal("0.6")), currency) : Money.zero(currency);
        boolean member = !guest && enrolledAt[customer] <= at;
        return new OrderFact("broadleaf", orderId, orderId, guest ? null : "c" + customer, Instant.ofEpochMilli(at), revenue,
                cost, costKnown ? revenue : Money.zero(currency), null, member, FactStatus.SUBMITTED, null);
    }

    /** Records new orders of the last day as the module's writer does: facts and their rollup changes, one transaction. */
    void addRecentOrders(DataSource dataSource, final KpiEngine engine, String prefix, int count) {
        final List<OrderFact> recent = new ArrayList<OrderFact>();
        long day = LAST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        for (int i = 0; i < count; i++) {
            recent.add(fact(prefix + i, day + random.nextInt(80_000_000)));
        }
        engine.newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                Instant now = Instant.now();
                engine.facts.insertAll(recent, now);
                engine.changes.countIn(recent, now);
            }
        });
    }

    /** An orders.csv of so many rows, all new order ids, over the two years. */
    public byte[] ordersCsv(int rows) {
        return ordersCsv("csv", rows);
    }

    /** An orders.csv of so many rows with order ids of this prefix (the file of another prefix has other ids). */
    public byte[] ordersCsv(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("order_id,customer_id,submitted_at,currency,revenue,cost,status\n");
        long first = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long span = 700L * 86_400_000L;
        for (int i = 0; i < rows; i++) {
            OrderFact fact = fact(prefix + i, first + (long) (random.nextDouble() * span));
            csv.append(fact.orderId()).append(',').append(fact.customerId() == null ? "" : fact.customerId()).append(',')
                    .append(fact.submittedAt()).append(',').append(fact.revenue().currency().getCurrencyCode()).append(',')
                    .append(fact.revenue().amount().toPlainString()).append(',')
                    .append(fact.cost().isZero() ? "" : fact.cost().amount().toPlainString()).append(",SUBMITTED\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A memberships.csv enrolling up to so many customers who never joined, each on a random day of 2025 (their
     * later orders are re-stamped as members' orders); the rows it holds.
     */
    int membershipsCsv(int rows, StringBuilder csv) {
        csv.append("customer_id,enrolled_at,left_at,source\n");
        long first = LocalDate.of(2025, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        int written = 0;
        for (int c = 0; c < customers && written < rows; c++) {
            if (enrolledAt[c] == Long.MAX_VALUE) {
                csv.append('c').append(c).append(',').append(Instant.ofEpochMilli(first + (long) (random.nextDouble() * 364 * 86_400_000L)))
                        .append(",,IMPORT\n");
                written++;
            }
        }
        return written;
    }
}
