package com.loyaltykpi.core.cohorts;

import com.loyaltykpi.core.capture.CustomerFactStream;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.privacy.Pseudonyms;
import com.loyaltykpi.core.settings.ShopTimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Retention cohorts (docs/CUSTOMERS.md), computed from the order facts and the membership history into LK_COHORT,
 * replaced whole: registered customers by the month of their first submitted order (members or not at that order,
 * as the fact recorded), and members by the month of their first enrolment; for each cohort, how many bought in each
 * of the 12 months after. Months are the shop's. Guests and erased customers are in no cohort.
 */
public class RetentionCohorts {

    private static final String COLUMNS;

    static {
        StringBuilder columns = new StringBuilder("KIND, COHORT_MONTH, SEGMENT, CUSTOMERS");
        for (int k = 1; k <= Cohort.MONTHS; k++) {
            columns.append(", ACTIVE_").append(k);
        }
        COLUMNS = columns.toString();
    }

    private final JdbcTemplate jdbc;
    private final ShopTimeZone timeZone;
    private final TransactionTemplate newTransaction;

    public RetentionCohorts(JdbcTemplate jdbc, ShopTimeZone timeZone, TransactionTemplate newTransaction) {
        this.jdbc = jdbc;
        this.timeZone = timeZone;
        this.newTransaction = newTransaction;
    }

    /** Recomputes every cohort; returns them. */
    public List<Cohort> refresh() {
        final ZoneId zone = timeZone.current();
        final Map<String, YearMonth> enrolled = enrolments(zone);
        final CohortCounter counter = new CohortCounter();
        final Customer current = new Customer();
        new CustomerFactStream(jdbc, newTransaction).read("SUBMITTED_AT, IS_MEMBER",
                new CustomerFactStream.FactHandler() {
                    @Override
                    public void fact(String customer, ResultSet rs) throws SQLException {
                        if (!customer.equals(current.id)) {
                            current.countInto(counter, enrolled);
                            current.start(customer, rs.getBoolean(3));
                        }
                        current.months.add(YearMonth.from(Instant.ofEpochMilli(rs.getLong(2)).atZone(zone)));
                    }
                });
        current.countInto(counter, enrolled);
        for (Map.Entry<String, YearMonth> member : enrolled.entrySet()) { // members who never bought
            counter.add(CohortKind.ENROLMENT, member.getValue(), Segment.MEMBER, Collections.<YearMonth>emptySet());
        }
        final List<Cohort> cohorts = counter.cohorts();
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                jdbc.update("DELETE FROM LK_COHORT");
                String marks = COLUMNS.replaceAll("[A-Z_0-9]+", "?");
                for (Cohort c : cohorts) {
                    Object[] row = new Object[4 + Cohort.MONTHS];
                    row[0] = c.kind().name();
                    row[1] = c.month().toString();
                    row[2] = c.segment().name();
                    row[3] = c.customers();
                    for (int k = 1; k <= Cohort.MONTHS; k++) {
                        row[3 + k] = c.active(k);
                    }
                    jdbc.update("INSERT INTO LK_COHORT (" + COLUMNS + ") VALUES (" + marks + ")", row);
                }
            }
        });
        return cohorts;
    }

    /** The stored cohorts of this kind, the latest month first. */
    public List<Cohort> of(CohortKind kind) {
        return jdbc.query("SELECT " + COLUMNS + " FROM LK_COHORT WHERE KIND = ? ORDER BY COHORT_MONTH DESC, SEGMENT",
                new RowMapper<Cohort>() {
                    @Override
                    public Cohort mapRow(ResultSet rs, int rowNum) throws SQLException {
                        int[] active = new int[Cohort.MONTHS];
                        for (int k = 1; k <= Cohort.MONTHS; k++) {
                            active[k - 1] = rs.getInt(4 + k);
                        }
                        return new Cohort(CohortKind.valueOf(rs.getString(1)), YearMonth.parse(rs.getString(2)),
                                Segment.valueOf(rs.getString(3)), rs.getInt(4), active);
                    }
                }, kind.name());
    }

    /** Each member's first enrolment month (members erased on request have none: their id is replaced). */
    private Map<String, YearMonth> enrolments(final ZoneId zone) {
        final Map<String, YearMonth> first = new HashMap<String, YearMonth>();
        jdbc.query("SELECT CUSTOMER_ID, MIN(ENROLLED_AT) FROM LK_MEMBERSHIP GROUP BY CUSTOMER_ID",
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        if (!Pseudonyms.isPseudonym(rs.getString(1))) {
                            first.put(rs.getString(1), YearMonth.from(Instant.ofEpochMilli(rs.getLong(2)).atZone(zone)));
                        }
                    }
                });
        return first;
    }

    /** The customer being read: their months with a purchase, and whether their first order was a member's. */
    private static final class Customer {
        String id;
        boolean memberAtFirstOrder;
        final Set<YearMonth> months = new HashSet<YearMonth>();

        void start(String customer, boolean member) {
            id = customer;
            memberAtFirstOrder = member;
            months.clear();
        }

        /** Counts the customer read so far into their cohorts (nothing before the first). */
        void countInto(CohortCounter counter, Map<String, YearMonth> enrolled) {
            if (id == null) {
                return;
            }
            YearMonth first = Collections.min(months);
            counter.add(CohortKind.FIRST_ORDER, first, Segment.of(memberAtFirstOrder), months);
            YearMonth enrolment = enrolled.remove(id);
            if (enrolment != null) {
                counter.add(CohortKind.ENROLMENT, enrolment, Segment.MEMBER, months);
            }
        }
    }
}
