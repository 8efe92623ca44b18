package com.loyaltykpi.core.incrementality;

import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.money.Money;
import com.loyaltykpi.core.support.SqlDialect;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;

/**
 * Reads what an estimate needs from the module's tables: the submitted orders in one currency of every customer
 * who ever enrolled (of every registered customer when the never-member comparison is on), up to the last day any
 * window needs, as business days and minor units, streamed in one read-only transaction; and every membership
 * period. Orders before the first window only tell how long a customer has been buying.
 *
 * <p>The read is one pass over the fact table joined to the members; on PostgreSQL the transaction gives that join
 * enough memory to stay off the disk (the default working memory made it spill to temporary files at 10M facts).
 */
final class FactHistoryLoader {

    private static final int FETCH_SIZE = 10000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    FactHistoryLoader(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    EstimationData load(EstimateRequest request, BusinessCalendar calendar, Instant now) {
        EstimateSettings settings = request.settings();
        Windows windows = new Windows(settings, true);
        int lastComplete = (int) calendar.dayOf(now).toEpochDay() - 1;
        int last = Math.min(lastComplete, (int) request.to().toEpochDay() + settings.cohortDays() + windows.daysAfter());
        int first = (int) request.from().toEpochDay() - 6 - Math.max(windows.daysBefore(),
                2 * settings.windowDays() + settings.excludedDays());
        EstimationData.Builder builder = new EstimationData.Builder(first, last);
        long before = calendar.startOf(LocalDate.ofEpochDay(last + 1)).toEpochMilli();
        BusinessDays days = new BusinessDays(calendar.zone(), calendar.startOf(LocalDate.ofEpochDay(first)).toEpochMilli(), before);
        String minor = BigDecimal.ONE.movePointRight(Money.scaleOf(Currency.getInstance(request.currency()))).toPlainString();
        String amounts = "ROUND(f.REVENUE * " + minor + ", 0), ROUND(f.COST_KNOWN_REVENUE * " + minor + ", 0), ROUND(f.COST * "
                + minor + ", 0) FROM LK_ORDER_FACT f ";
        String submitted = "f.STATUS = 'SUBMITTED' AND f.CURRENCY = ? AND f.SUBMITTED_AT < ?";
        readOnly.execute(status -> {
            SqlDialect.of(jdbc).setTransactionMemory(jdbc, 64);
            MemberKeys keys = new MemberKeys();
            jdbc.query("SELECT ID, CUSTOMER_ID, ENROLLED_AT, LEFT_AT FROM LK_MEMBERSHIP", (ResultSet rs) -> {
                String customer = rs.getString(2);
                int enrolled = days.dayOf(rs.getLong(3));
                long left = rs.getLong(4);
                builder.membership(customer, enrolled, rs.wasNull() ? EstimationData.NEVER : days.dayOf(left));
                keys.add(rs.getLong(1), builder.number(customer));
            });
            keys.sort();
            if (settings.neverMemberFallback()) {
                jdbc.query("SELECT f.CUSTOMER_ID, f.SUBMITTED_AT, " + amounts + "WHERE f.CUSTOMER_ID IS NOT NULL AND " + submitted,
                        (ResultSet rs) -> {
                            builder.order(rs.getString(1), days.dayOf(rs.getLong(2)), rs.getLong(3), rs.getLong(4), rs.getLong(5));
                        }, request.currency(), before);
            } else {
                // members' orders by the smallest id of their membership rows: no customer id to send, hash or look up
                jdbc.query("SELECT m.K, f.SUBMITTED_AT, " + amounts + "JOIN (SELECT CUSTOMER_ID, MIN(ID) AS K FROM LK_MEMBERSHIP "
                        + "GROUP BY CUSTOMER_ID) m ON m.CUSTOMER_ID = f.CUSTOMER_ID WHERE " + submitted, (ResultSet rs) -> {
                            int customer = keys.customer(rs.getLong(1));
                            if (customer >= 0) {
                                builder.order(customer, days.dayOf(rs.getLong(2)), rs.getLong(3), rs.getLong(4), rs.getLong(5));
                            }
                        }, request.currency(), before);
            }
            return null;
        });
        return builder.build();
    }

    /**
     * Each member's smallest membership row id, the key the orders query gives its rows, with the builder's number
     * of the member. Read in the same repeatable-read transaction as the orders, so the keys agree.
     */
    private static final class MemberKeys {
        private long[] smallest = new long[0];
        private long[] keys;
        private int[] customers;

        void add(long id, int customer) {
            if (customer >= smallest.length) {
                int before = smallest.length;
                smallest = Arrays.copyOf(smallest, Math.max(customer + 1, before * 2));
                Arrays.fill(smallest, before, smallest.length, Long.MAX_VALUE);
            }
            smallest[customer] = Math.min(smallest[customer], id);
        }

        /** Orders the keys for {@link #customer(long)}. */
        void sort() {
            Integer[] members = new Integer[smallest.length];
            int size = 0;
            for (int c = 0; c < smallest.length; c++) {
                if (smallest[c] != Long.MAX_VALUE) {
                    members[size++] = c;
                }
            }
            Arrays.sort(members, 0, size, (a, b) -> Long.compare(smallest[a], smallest[b]));
            keys = new long[size];
            customers = new int[size];
            for (int i = 0; i < size; i++) {
                customers[i] = members[i];
                keys[i] = smallest[members[i]];
            }
        }

        /** The builder's number of the member with this key, or -1 (a member who enrolled after the keys were read). */
        int customer(long key) {
            int position = Arrays.binarySearch(keys, key);
            return position < 0 ? -1 : customers[position];
        }
    }
}
