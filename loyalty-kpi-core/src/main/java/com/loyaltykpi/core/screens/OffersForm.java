package com.loyaltykpi.core.screens;

import com.loyaltykpi.core.behaviour.BehaviourSegment;
import com.loyaltykpi.core.offers.Audience;
import com.loyaltykpi.core.offers.OfferPolicy;
import com.loyaltykpi.core.offers.OfferRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The offer policy's form on the settings screen: its rules as typed (a row per rule, blank rows to add more) and the
 * share held out; after {@link #check()} either the policy to save or, per field, the message key and arguments of
 * what is wrong, and for overlapping rules both rules named (nothing is saved while anything is).
 */
public final class OffersForm {

    /** Blank rows offered below the rules, to add new ones. */
    static final int BLANK_ROWS = 3;
    private static final String GROUP = "[A-Z0-9_-]{1,32}";

    private final List<Row> rows;
    private final String holdoutPercent;
    private final Map<String, List<Object>> errors = new LinkedHashMap<String, List<Object>>();
    private OfferPolicy policy;

    private OffersForm(List<Row> rows, String holdoutPercent) {
        this.rows = rows;
        this.holdoutPercent = holdoutPercent;
    }

    /** The form showing the stored policy. */
    public static OffersForm of(OfferPolicy policy) {
        List<Row> rows = new ArrayList<Row>();
        for (OfferRule rule : policy.rules()) {
            rows.add(new Row(rows.size(), rule.groupCode(), rule.segment().name(), rule.audience().name(),
                    rule.currency(), plain(rule.minValue()), plain(rule.maxValue())));
        }
        return new OffersForm(rows, plain(BigDecimal.valueOf(policy.holdoutShare() * 100)));
    }

    /** The form as posted: fields offer.{i}.group, .segment, .audience, .currency, .min, .max, and holdoutPercent. */
    public static OffersForm posted(Map<String, String[]> posted) {
        List<Row> rows = new ArrayList<Row>();
        for (int i = 0; i < OfferPolicy.MAX_RULES + BLANK_ROWS; i++) {
            String prefix = "offer." + i + ".";
            Row row = new Row(rows.size(), field(posted, prefix + "group").toUpperCase(Locale.ROOT),
                    field(posted, prefix + "segment"), field(posted, prefix + "audience"),
                    field(posted, prefix + "currency").toUpperCase(Locale.ROOT), field(posted, prefix + "min"),
                    field(posted, prefix + "max"));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return new OffersForm(rows, field(posted, "holdoutPercent"));
    }

    /** Checks every field, then the rules against each other; true when the policy may be saved. */
    public boolean check() {
        errors.clear();
        List<OfferRule> rules = new ArrayList<OfferRule>();
        if (rows.size() > OfferPolicy.MAX_RULES) {
            errors.put("offers", Arrays.<Object>asList("lk.offers.error.tooMany", OfferPolicy.MAX_RULES));
        }
        for (Row row : rows) {
            OfferRule rule = row.check(errors);
            if (rule != null) {
                rules.add(rule);
            }
        }
        BigDecimal percent = amount(holdoutPercent);
        if (percent == null || percent.doubleValue() < OfferPolicy.MIN_HOLDOUT * 100
                || percent.doubleValue() > OfferPolicy.MAX_HOLDOUT * 100) {
            errors.put("holdoutPercent", Arrays.<Object>asList("lk.offers.error.holdout",
                    (int) (OfferPolicy.MIN_HOLDOUT * 100), (int) (OfferPolicy.MAX_HOLDOUT * 100)));
        }
        if (!errors.isEmpty()) {
            return false;
        }
        policy = new OfferPolicy(rules, percent.doubleValue() / 100);
        List<int[]> overlaps = policy.overlaps();
        if (!overlaps.isEmpty()) {
            int[] first = overlaps.get(0);
            errors.put("offers", Arrays.<Object>asList("lk.offers.error.overlap", first[0] + 1,
                    rules.get(first[0]).groupCode(), first[1] + 1, rules.get(first[1]).groupCode()));
            policy = null;
        }
        return errors.isEmpty();
    }

    /** The checked policy (after a successful {@link #check()}). */
    public OfferPolicy policy() {
        return policy;
    }

    /** The rows to show: the rules, then blank rows. */
    public List<Row> getRows() {
        List<Row> shown = new ArrayList<Row>(rows);
        addBlank(shown);
        return shown;
    }

    public String getHoldoutPercent() {
        return holdoutPercent;
    }

    /** Field name to [message key, arguments...]. */
    public Map<String, List<Object>> getErrors() {
        return errors;
    }

    private static void addBlank(List<Row> rows) {
        for (int i = 0; i < BLANK_ROWS && rows.size() < OfferPolicy.MAX_RULES; i++) {
            rows.add(new Row(rows.size(), "", BehaviourSegment.AT_RISK.name(), Audience.ALL.name(), "", "", ""));
        }
    }

    private static String field(Map<String, String[]> posted, String name) {
        String[] values = posted.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0].trim();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A non-negative amount as typed (a comma taken for the decimal point), or null. */
    private static BigDecimal amount(String value) {
        try {
            BigDecimal parsed = new BigDecimal(value.trim().replace(',', '.'));
            return parsed.signum() < 0 || parsed.scale() > 5 || parsed.precision() - parsed.scale() > 14 ? null : parsed;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One rule's row as typed. */
    public static final class Row {
        private final int index;
        private final String group;
        private final String segment;
        private final String audience;
        private final String currency;
        private final String min;
        private final String max;

        Row(int index, String group, String segment, String audience, String currency, String min, String max) {
            this.index = index;
            this.group = group;
            this.segment = segment;
            this.audience = audience;
            this.currency = currency;
            this.min = min;
            this.max = max;
        }

        boolean blank() {
            return group.isEmpty() && currency.isEmpty() && min.isEmpty() && max.isEmpty();
        }

        /** The rule, or null with its fields' problems added. */
        OfferRule check(Map<String, List<Object>> errors) {
            String prefix = "offer." + index + ".";
            int before = errors.size();
            if (!group.matches(GROUP)) {
                errors.put(prefix + "group", Arrays.<Object>asList("lk.offers.error.group"));
            }
            BehaviourSegment parsedSegment = parse(BehaviourSegment.class, segment);
            Audience parsedAudience = parse(Audience.class, audience);
            if (parsedSegment == null || parsedAudience == null) {
                errors.put(prefix + "segment", Arrays.<Object>asList("lk.offers.error.choice"));
            }
            if (!currency.matches("[A-Z]{3}")) {
                errors.put(prefix + "currency", Arrays.<Object>asList("lk.offers.error.currency"));
            }
            BigDecimal low = min.isEmpty() ? null : amount(min);
            BigDecimal high = max.isEmpty() ? null : amount(max);
            if (!min.isEmpty() && low == null) {
                errors.put(prefix + "min", Arrays.<Object>asList("lk.offers.error.amount"));
            }
            if (!max.isEmpty() && high == null) {
                errors.put(prefix + "max", Arrays.<Object>asList("lk.offers.error.amount"));
            } else if (low != null && high != null && high.compareTo(low) <= 0) {
                errors.put(prefix + "max", Arrays.<Object>asList("lk.offers.error.range"));
            }
            return errors.size() > before ? null
                    : new OfferRule(group, parsedSegment, parsedAudience, currency, low, high);
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String name) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            return null;
        }

        public int getIndex() {
            return index;
        }

        public String getGroup() {
            return group;
        }

        public String getSegment() {
            return segment;
        }

        public String getAudience() {
            return audience;
        }

        public String getCurrency() {
            return currency;
        }

        public String getMin() {
            return min;
        }

        public String getMax() {
            return max;
        }
    }
}
