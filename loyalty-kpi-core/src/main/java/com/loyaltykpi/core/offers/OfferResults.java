package com.loyaltykpi.core.offers;

import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.settings.ShopTimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The offer groups against their holdout, per group and campaign period (a calendar month): the customers in the
 * group at some time in the month (targeted, or held out at random), their revenue and margin per customer in one
 * currency from the later of the month's start and their entry to the month's end, zero for those who bought
 * nothing, and the differences with their 95% intervals ({@link Difference}). A customer who leaves the group during
 * the month stays counted to its end: the comparison is of the groups as drawn, and as the draw does not depend on
 * when anyone enters, both sides are alike in that too. A customer who leaves and enters again within the month counts
 * once, from their first entry. The margin is that of the revenue whose cost is known; the offer's discount
 * is already taken off the revenue. The discounts given per customer are compared the same way: their difference
 * times the customers targeted is what the offer cost in discounts (orders whose discount the source did not give
 * count as none, and are counted).
 */
public class OfferResults {

    private final JdbcTemplate jdbc;
    private final ShopTimeZone timeZone;
    private final Clock clock;

    public OfferResults(JdbcTemplate jdbc, ShopTimeZone timeZone, Clock clock) {
        this.jdbc = jdbc;
        this.timeZone = timeZone;
        this.clock = clock;
    }

    /** One group's comparison in one month. */
    public static final class Period {
        private final String groupCode;
        private final YearMonth month;
        private final boolean partial;
        private final int targeted;
        private final int heldOut;
        private final Difference revenue;
        private final Difference margin;
        private final Difference discount;
        private final int orders;
        private final int ordersWithoutDiscount;

        Period(String groupCode, YearMonth month, boolean partial, Arms arms) {
            this.groupCode = groupCode;
            this.month = month;
            this.partial = partial;
            this.targeted = arms.targetedRevenue.size();
            this.heldOut = arms.heldOutRevenue.size();
            this.revenue = Difference.of(arms.targetedRevenue, arms.heldOutRevenue);
            this.margin = Difference.of(arms.targetedMargin, arms.heldOutMargin);
            this.discount = Difference.of(arms.targetedDiscount, arms.heldOutDiscount);
            this.orders = arms.orders;
            this.ordersWithoutDiscount = arms.ordersWithoutDiscount;
        }

        public String groupCode() {
            return groupCode;
        }

        public YearMonth month() {
            return month;
        }

        /** Whether the month is still running (its figures so far). */
        public boolean partial() {
            return partial;
        }

        public int targeted() {
            return targeted;
        }

        public int heldOut() {
            return heldOut;
        }

        /** Revenue per customer, targeted against held out. */
        public Difference revenue() {
            return revenue;
        }

        /** Margin per customer, targeted against held out. */
        public Difference margin() {
            return margin;
        }

        /** Discounts given per customer, targeted against held out. */
        public Difference discount() {
            return discount;
        }

        /** The orders of the month on both sides. */
        public int orders() {
            return orders;
        }

        /** Of {@link #orders()}, those whose discount the source did not give (counted as none). */
        public int ordersWithoutDiscount() {
            return ordersWithoutDiscount;
        }

        /** Whether no order of the month has its discount recorded (there were orders). */
        public boolean discountNotRecorded() {
            return orders > 0 && ordersWithoutDiscount == orders;
        }

        /** What the offer cost in discounts: the discount difference per customer times the customers targeted. */
        public double discountCost() {
            return discount.difference() * targeted;
        }

        public double discountCostLower() {
            return discount.lower() * targeted;
        }

        public double discountCostUpper() {
            return discount.upper() * targeted;
        }

        /** The net result of the month: the margin difference per customer times the customers targeted. */
        public double net() {
            return margin.difference() * targeted;
        }

        public double netLower() {
            return margin.lower() * targeted;
        }

        public double netUpper() {
            return margin.upper() * targeted;
        }
    }

    /** Every group's comparison in each month from {@code from} to {@code to} (shop days) that has begun. */
    public List<Period> of(LocalDate from, LocalDate to, String currency) {
        ZoneId zone = timeZone.current();
        Instant now = clock.instant();
        List<Period> periods = new ArrayList<Period>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
            if (!start.isBefore(now)) {
                break;
            }
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            periods.addAll(month(month, start, end.isAfter(now) ? now : end, end.isAfter(now), currency));
        }
        return periods;
    }

    private List<Period> month(YearMonth month, Instant start, Instant end, boolean partial, String currency) {
        final Map<String, Arms> groups = new TreeMap<String, Arms>();
        jdbc.query("SELECT a.GROUP_CODE, a.HELD_OUT, a.CUSTOMER_ID, SUM(f.REVENUE), SUM(f.COST_KNOWN_REVENUE - f.COST), "
                + "SUM(f.DISCOUNT), COUNT(f.ID), COUNT(f.DISCOUNT) "
                // a customer's spells in the month as one, from the first entry: who leaves and enters again is
                // counted once, and so is each of their orders
                + "FROM (SELECT GROUP_CODE, HELD_OUT, CUSTOMER_ID, MIN(FROM_AT) AS FROM_AT FROM LK_OFFER_ASSIGNMENT "
                + "WHERE FROM_AT < ? AND (TO_AT IS NULL OR TO_AT > ?) GROUP BY GROUP_CODE, HELD_OUT, CUSTOMER_ID) a "
                + "LEFT JOIN LK_ORDER_FACT f ON f.CUSTOMER_ID = a.CUSTOMER_ID "
                + "AND f.CURRENCY = ? AND f.STATUS = ? AND f.SUBMITTED_AT >= ? AND f.SUBMITTED_AT >= a.FROM_AT "
                + "AND f.SUBMITTED_AT < ? "
                + "GROUP BY a.GROUP_CODE, a.HELD_OUT, a.CUSTOMER_ID", new RowCallbackHandler() {
                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        Arms arms = groups.get(rs.getString(1));
                        if (arms == null) {
                            arms = new Arms();
                            groups.put(rs.getString(1), arms);
                        }
                        arms.add(rs.getBoolean(2), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getInt(7),
                                rs.getInt(8));
                    }
                }, end.toEpochMilli(), start.toEpochMilli(), currency, FactStatus.SUBMITTED.name(),
                start.toEpochMilli(), end.toEpochMilli());
        List<Period> periods = new ArrayList<Period>();
        for (Map.Entry<String, Arms> group : groups.entrySet()) {
            periods.add(new Period(group.getKey(), month, partial, group.getValue()));
        }
        return periods;
    }

    /**
     * A group's customers in a month: each one's revenue, margin and discounts, targeted and held out apart, and
     * their orders (those without a recorded discount apart).
     */
    private static final class Arms {
        final List<Double> targetedRevenue = new ArrayList<Double>();
        final List<Double> targetedMargin = new ArrayList<Double>();
        final List<Double> targetedDiscount = new ArrayList<Double>();
        final List<Double> heldOutRevenue = new ArrayList<Double>();
        final List<Double> heldOutMargin = new ArrayList<Double>();
        final List<Double> heldOutDiscount = new ArrayList<Double>();
        int orders;
        int ordersWithoutDiscount;

        void add(boolean heldOut, double revenue, double margin, double discount, int customerOrders,
                 int withDiscount) {
            (heldOut ? heldOutRevenue : targetedRevenue).add(revenue);
            (heldOut ? heldOutMargin : targetedMargin).add(margin);
            (heldOut ? heldOutDiscount : targetedDiscount).add(discount);
            orders += customerOrders;
            ordersWithoutDiscount += customerOrders - withDiscount;
        }
    }
}
