package com.loyaltykpi.core.incrementality;

import com.loyaltykpi.core.kpi.BusinessCalendar;
import com.loyaltykpi.core.money.Money;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Reads what an estimate needs from the module's tables: the submitted orders in one currency of every customer
 * who ever enrolled (of every registered customer when the never-member comparison is on), up to the last day any
 * window needs, as business days and minor units, streamed in one read-only transaction; and every membership
 * period. Orders before the first window only tell how long a customer has been buying.
 */
final class FactHistoryLoader {

    private static final int FETCH_SIZE = 10000;
    private static final String ORDERS = "SELECT CUSTOMER_ID, SUBMITTED_AT, REVENUE, COST_KNOWN_REVENUE, COST FROM LK_ORDER_FACT "
            + "WHERE STATUS = 'SUBMITTED' AND CURRENCY = ? AND SUBMITTED_AT < ? AND CUSTOMER_ID ";
    private static final String OF_MEMBERS = "IN (SELECT CUSTOMER_ID FROM LK_MEMBERSHIP)";
    private static final String OF_EVERYONE = "IS NOT NULL";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    FactHistoryLoader(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    EstimationData load(EstimateRequest request, BusinessCalendar calendar, Instant now) {
        EstimateSettings settings = request.settings();
        int lastComplete = (int) calendar.dayOf(now).toEpochDay() - 1;
        int last = Math.min(lastComplete, (int) request.to().toEpochDay() + settings.cohortDays()
                + new Windows(settings, true).daysAfter());
        int first = (int) request.from().toEpochDay() - 6 - Math.max(new Windows(settings, true).daysBefore(),
                2 * settings.windowDays() + settings.excludedDays());
        EstimationData.Builder builder = new EstimationData.Builder(first, last);
        int scale = Money.scaleOf(Currency.getInstance(request.currency()));
        long before = calendar.startOf(LocalDate.ofEpochDay(last + 1)).toEpochMilli();
        readOnly.execute(status -> {
            jdbc.query(ORDERS + (settings.neverMemberFallback() ? OF_EVERYONE : OF_MEMBERS), (ResultSet rs) -> {
                builder.order(rs.getString(1), (int) calendar.dayOf(Instant.ofEpochMilli(rs.getLong(2))).toEpochDay(),
                        minor(rs.getBigDecimal(3), scale), minor(rs.getBigDecimal(4), scale), minor(rs.getBigDecimal(5), scale));
            }, request.currency(), before);
            jdbc.query("SELECT CUSTOMER_ID, ENROLLED_AT, LEFT_AT FROM LK_MEMBERSHIP", (ResultSet rs) -> {
                long left = rs.getLong(3);
                builder.membership(rs.getString(1), day(calendar, rs.getLong(2)),
                        rs.wasNull() ? EstimationData.NEVER : day(calendar, left));
            });
            return null;
        });
        return builder.build();
    }

    private static int day(BusinessCalendar calendar, long epochMillis) {
        return (int) calendar.dayOf(Instant.ofEpochMilli(epochMillis)).toEpochDay();
    }

    private static long minor(BigDecimal amount, int scale) throws SQLException {
        return amount.movePointRight(scale).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
