package com.loyaltykpi.server.ingest;

import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.capture.OrderFigures;
import com.loyaltykpi.core.capture.PlatformOrder;
import com.loyaltykpi.core.imports.Fields;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a batch of orders and turns the valid ones into facts, with the checks and figures of the CSV import and of
 * live capture (items' revenue after all discounts, cost where known). Each problem names its field, as
 * {@code orders[3].items[0].revenue}.
 */
final class OrderBatchReader {

    /** The facts of the valid orders, and the problems of the others. */
    record Read(List<OrderFact> facts, List<FieldProblem> problems) {
    }

    private OrderBatchReader() {
    }

    static Read read(String origin, List<OrderIn> orders, Instant now) {
        List<OrderFact> facts = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < orders.size(); i++) {
            String path = "orders[" + i + "]";
            List<FieldProblem> own = new ArrayList<>();
            OrderFact fact = fact(origin, orders.get(i), path, now, own);
            if (fact != null) {
                Integer seen = first.putIfAbsent(fact.orderId(), i);
                if (seen != null) {
                    own.add(new FieldProblem(path + ".orderId", "orderId " + Fields.shorten(fact.orderId())
                            + " appears again (first at orders[" + seen + "])"));
                }
            }
            if (own.isEmpty()) {
                facts.add(fact);
            }
            problems.addAll(own);
        }
        return new Read(facts, problems);
    }

    private static OrderFact fact(String origin, OrderIn in, String path, Instant now, List<FieldProblem> problems) {
        if (in == null) {
            problems.add(new FieldProblem(path, "is null"));
            return null;
        }
        String orderId = check(() -> Fields.id(text(in.orderId()), "orderId", true), path + ".orderId", problems);
        String customerId = check(() -> Fields.id(text(in.customerId()), "customerId", false), path + ".customerId",
                problems);
        Instant submittedAt = in.submittedAt() == null
                ? problem(path + ".submittedAt", "submittedAt is missing", problems)
                : check(() -> Fields.instant(in.submittedAt(), "submittedAt"), path + ".submittedAt", problems);
        Currency currency = in.currency() == null
                ? problem(path + ".currency", "currency is missing", problems)
                : check(() -> Fields.currency(in.currency()), path + ".currency", problems);
        FactStatus status = check(() -> status(in.status()), path + ".status", problems);
        if (currency == null) {
            return null;
        }
        BigDecimal discount = in.orderDiscount() == null ? BigDecimal.ZERO
                : check(() -> Fields.amount(in.orderDiscount().toPlainString(), "orderDiscount", currency),
                        path + ".orderDiscount", problems);
        BigDecimal itemDiscount = in.itemDiscount() == null ? null
                : check(() -> Fields.amount(in.itemDiscount().toPlainString(), "itemDiscount", currency),
                        path + ".itemDiscount", problems);
        PlatformOrder.Builder order = PlatformOrder.builder(orderId == null ? "?" : orderId).customer(customerId)
                .submittedAt(submittedAt).currency(currency.getCurrencyCode()).orderDiscount(discount)
                .itemDiscount(itemDiscount)
                .cancelled(status == FactStatus.CANCELLED);
        if (in.items() == null || in.items().isEmpty()) {
            problems.add(new FieldProblem(path + ".items", "an order needs at least one item"));
            return null;
        }
        for (int j = 0; j < in.items().size(); j++) {
            String item = path + ".items[" + j + "]";
            OrderIn.ItemIn line = in.items().get(j);
            if (line == null || line.revenue() == null) {
                problems.add(new FieldProblem(item + ".revenue", "revenue is missing"));
                continue;
            }
            BigDecimal revenue = check(() -> Fields.amount(line.revenue().toPlainString(), "revenue", currency),
                    item + ".revenue", problems);
            BigDecimal cost = line.cost() == null ? null
                    : check(() -> Fields.amount(line.cost().toPlainString(), "cost", currency), item + ".cost", problems);
            order.line(revenue == null ? BigDecimal.ZERO : revenue, cost);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        PlatformOrder built = order.number(orderId).build();
        OrderFigures.Judgement judgement = OrderFigures.judge(built);
        if (!judgement.recordable()) {
            problems.add(new FieldProblem(path, judgement.skipReason()));
            return null;
        }
        return judgement.factFor(origin, built, null, now); // member flags are stamped when written
    }

    private static FactStatus status(String value) {
        if (value == null) {
            return FactStatus.SUBMITTED;
        }
        try {
            return FactStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status '" + Fields.shorten(value) + "' is not SUBMITTED or CANCELLED");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private interface Check<T> {
        T get();
    }

    private static <T> T check(Check<T> check, String field, List<FieldProblem> problems) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    private static <T> T problem(String field, String message, List<FieldProblem> problems) {
        problems.add(new FieldProblem(field, message));
        return null;
    }
}
