package com.loyaltykpi.core.dashboard;

import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.repurchase.MeanInterval;
import com.loyaltykpi.core.repurchase.Repurchase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * One NPS group's line of the dashboard's "after answering" table: for members and for non-members, the answers
 * and, per answer, the orders and the revenue of the next 90 days with their 95% intervals, written for the operator.
 */
public final class RepurchaseRow {

    private final String group;
    private final List<Cell> cells;

    private RepurchaseRow(String group, List<Cell> cells) {
        this.group = group;
        this.cells = cells;
    }

    /** The rows of these figures (promoters, passives, detractors), members' cell first. */
    static List<RepurchaseRow> of(List<Repurchase> figures, Figures format) {
        List<RepurchaseRow> rows = new ArrayList<RepurchaseRow>();
        RepurchaseRow open = null;
        for (Repurchase figure : figures) {
            if (open == null || !open.group.equals(figure.group().name())) {
                open = new RepurchaseRow(figure.group().name(), new ArrayList<Cell>());
                rows.add(open);
            }
            open.cells.add(new Cell(figure.segment(), figure.answers(),
                    shown(figure.orders(), format::perCustomer),
                    shown(figure.revenue(), v -> format.value(Kpi.Kind.MONEY, BigDecimal.valueOf(v)))));
        }
        return rows;
    }

    /** "mean (low – high)", the mean alone without an interval, null without answers. */
    private static String shown(MeanInterval figure, DoubleFunction<String> format) {
        if (figure.n() == 0) {
            return null;
        }
        String mean = format.apply(figure.mean());
        return figure.hasInterval()
                ? mean + " (" + format.apply(Math.max(0, figure.low())) + " – " + format.apply(figure.high()) + ")" : mean;
    }

    /** PROMOTER, PASSIVE or DETRACTOR. */
    public String getGroup() {
        return group;
    }

    /** The message of the group's name. */
    public String getLabelKey() {
        return "lk.repurchase." + group.toLowerCase(Locale.ROOT);
    }

    public List<Cell> getCells() {
        return cells;
    }

    /** One segment's figures. */
    public static final class Cell {
        private final String segment;
        private final long answers;
        private final String orders;
        private final String revenue;

        Cell(Segment segment, long answers, String orders, String revenue) {
            this.segment = segment.name();
            this.answers = answers;
            this.orders = orders;
            this.revenue = revenue;
        }

        public String getSegment() {
            return segment;
        }

        public long getAnswers() {
            return answers;
        }

        public String getOrders() {
            return orders;
        }

        public String getRevenue() {
            return revenue;
        }
    }
}
