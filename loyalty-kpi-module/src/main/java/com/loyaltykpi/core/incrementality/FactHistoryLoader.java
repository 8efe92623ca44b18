package com.loyaltykpi.core.incrementality;

import com.loyaltykpi.core.kpi.BusinessCalendar;
import com.loyaltykpi.core.money.Money;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what an estimate needs from the module's tables: registered customers' submitted orders in one currency
 * from a year and a window before the enrolment window to a window after it (as business days and minor units),
 * every customer's first enrolment, and the enrolments of the window (each customer's first there).
 */
final class FactHistoryLoader {

    private static final int FETCH_SIZE = 10000;

    private final JdbcTemplate jdbc;

    FactHistoryLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    EstimationData load(EstimateRequest request, BusinessCalendar calendar, Instant now) {
        int w = request.windowDays();
        LocalDate first = request.from().minusDays(w + EstimateRequest.TENURE_LOOKBACK_DAYS);
        LocalDate last = request.to().plusDays(w);
        Map<String, Purchases> purchases = purchases(request.currency(), calendar, calendar.startOf(first),
                calendar.startOf(last.plusDays(1)));
        Map<String, Integer> firstEnrolment = new HashMap<String, Integer>();
        for (Map<String, Object> row : jdbc.queryForList("SELECT CUSTOMER_ID, MIN(ENROLLED_AT) AS FIRST_AT "
                + "FROM LK_MEMBERSHIP GROUP BY CUSTOMER_ID")) {
            firstEnrolment.put((String) row.get("CUSTOMER_ID"),
                    (int) calendar.dayOf(Instant.ofEpochMilli(((Number) row.get("FIRST_AT")).longValue())).toEpochDay());
        }
        List<EstimationData.Enrolment> enrolments = new ArrayList<EstimationData.Enrolment>();
        for (Map<String, Object> row : jdbc.queryForList("SELECT CUSTOMER_ID, MIN(ENROLLED_AT) AS FIRST_AT FROM LK_MEMBERSHIP "
                + "WHERE ENROLLED_AT >= ? AND ENROLLED_AT < ? GROUP BY CUSTOMER_ID",
                calendar.startOf(request.from()).toEpochMilli(), calendar.startOf(request.to().plusDays(1)).toEpochMilli())) {
            enrolments.add(new EstimationData.Enrolment((String) row.get("CUSTOMER_ID"),
                    (int) calendar.dayOf(Instant.ofEpochMilli(((Number) row.get("FIRST_AT")).longValue())).toEpochDay()));
        }
        int lastCompleteDay = (int) calendar.dayOf(now).toEpochDay() - 1;
        return new EstimationData(purchases, firstEnrolment, enrolments, lastCompleteDay);
    }

    private Map<String, Purchases> purchases(String currency, final BusinessCalendar calendar, Instant from, Instant to) {
        final int scale = Money.scaleOf(Currency.getInstance(currency));
        final Map<String, Growing> growing = new HashMap<String, Growing>();
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        streaming.query("SELECT CUSTOMER_ID, SUBMITTED_AT, REVENUE FROM LK_ORDER_FACT WHERE STATUS = 'SUBMITTED' "
                + "AND CURRENCY = ? AND CUSTOMER_ID IS NOT NULL AND SUBMITTED_AT >= ? AND SUBMITTED_AT < ?",
                new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        String customer = rs.getString(1);
                        Growing orders = growing.get(customer);
                        if (orders == null) {
                            orders = new Growing();
                            growing.put(customer, orders);
                        }
                        int day = (int) calendar.dayOf(Instant.ofEpochMilli(rs.getLong(2))).toEpochDay();
                        BigDecimal revenue = rs.getBigDecimal(3);
                        orders.add(day, revenue.movePointRight(scale).setScale(0, RoundingMode.HALF_EVEN).longValue());
                    }
                }, currency, from.toEpochMilli(), to.toEpochMilli());
        Map<String, Purchases> purchases = new HashMap<String, Purchases>();
        for (Map.Entry<String, Growing> entry : growing.entrySet()) {
            purchases.put(entry.getKey(), entry.getValue().sorted());
        }
        return purchases;
    }

    /** A customer's orders as they stream in, in no order. */
    private static final class Growing {
        private int[] days = new int[4];
        private long[] revenue = new long[4];
        private int size;

        void add(int day, long minor) {
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                revenue = Arrays.copyOf(revenue, size * 2);
            }
            days[size] = day;
            revenue[size] = minor;
            size++;
        }

        Purchases sorted() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(days[a], days[b]));
            int[] sortedDays = new int[size];
            long[] sortedRevenue = new long[size];
            for (int i = 0; i < size; i++) {
                sortedDays[i] = days[order[i]];
                sortedRevenue[i] = revenue[order[i]];
            }
            return new Purchases(sortedDays, sortedRevenue);
        }
    }
}
